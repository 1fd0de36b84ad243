import type { CriterionKey } from "../criteria";
import type { Localized } from "../language";

/**
 * The 20 cells of the distinguishing-criteria matrix: for each criterion, the
 * descriptor of A1, A2, A3 and A4. Dutch is the seed's text verbatim (its line
 * breaks joined by spaces); French and English are the project's translations.
 * Adjacent levels that carry the same text in the seed share one constant.
 */
type FourCells = readonly [Localized, Localized, Localized, Localized];

const ADVICE_SERVICE: Localized = {
  nl: "Het management adviseren over de organisatie van de dienst(en) en/of het domein.",
  fr: "Conseiller le management sur l'organisation du (des) service(s) et/ou du domaine.",
  en: "Advise management on the organisation of the service(s) and/or the domain.",
};
const ADVICE_STRATEGY: Localized = {
  nl: "Het management adviseren over de organisatie van de diensten, over de verschillende domeinen en/of over het managementplan en op die manier bijdragen tot de strategie van de organisatie.",
  fr: "Conseiller le management sur l'organisation des services, sur les différents domaines et/ou sur le plan de management, et contribuer ainsi à la stratégie de l'organisation.",
  en: "Advise management on the organisation of the services, across the different domains and/or on the management plan, and so contribute to the organisation's strategy.",
};
const IMPROVE_AND_DEVELOP: Localized = {
  nl: "De procedures, werkprocessen en methodes continu verbeteren en ontwikkelen.",
  fr: "Améliorer et développer en continu les procédures, les processus de travail et les méthodes.",
  en: "Continuously improve and develop procedures, work processes and methods.",
};
const CONTACT_PERSON: Localized = {
  nl: "Als contactpersoon optreden voor de diensten en de interne en externe communicatie bevorderen.",
  fr: "Agir comme personne de contact pour les services et favoriser la communication interne et externe.",
  en: "Act as contact person for the services and promote internal and external communication.",
};

export const MATRIX_CELLS: Readonly<Record<CriterionKey, FourCells>> = {
  coordination: [
    {
      nl: "De dossiers en activiteiten die in de dienst(en) van de manager worden uitgevoerd opvolgen en coördineren.",
      fr: "Assurer le suivi et la coordination des dossiers et des activités menés dans le(s) service(s) du manager.",
      en: "Follow up and coordinate the dossiers and activities carried out in the manager's service(s).",
    },
    {
      nl: "De dossiers en activiteiten die in de dienst(en) van de manager worden uitgevoerd plannen, verdelen en coördineren.",
      fr: "Planifier, répartir et coordonner les dossiers et les activités menés dans le(s) service(s) du manager.",
      en: "Plan, distribute and coordinate the dossiers and activities carried out in the manager's service(s).",
    },
    {
      nl: "De opdrachten die in de diensten van de manager worden uitgevoerd plannen, verdelen en coördineren.",
      fr: "Planifier, répartir et coordonner les missions menées dans les services du manager.",
      en: "Plan, distribute and coordinate the missions carried out in the manager's services.",
    },
    {
      nl: "De opdrachten van de verschillende diensten coördineren en organiseren en projecten en werkgroepen sturen.",
      fr: "Coordonner et organiser les missions des différents services et piloter des projets et des groupes de travail.",
      en: "Coordinate and organise the missions of the different services and steer projects and working groups.",
    },
  ],
  support: [
    {
      nl: "Bijdragen aan de ondersteuning van de manager van een directie (-generaal) / organisatie van minder dan 200 personen.",
      fr: "Contribuer au soutien du manager d'une direction (générale) / organisation de moins de 200 personnes.",
      en: "Contribute to supporting the manager of a (general) directorate / organisation of fewer than 200 people.",
    },
    {
      nl: "Verantwoordelijk zijn voor de ondersteuning van de manager van een directie (-generaal) / organisatie van minder dan 200 personen OF bijdragen aan de ondersteuning van de manager van een directie (-generaal) / organisatie van meer dan 200 personen.",
      fr: "Être responsable du soutien du manager d'une direction (générale) / organisation de moins de 200 personnes OU contribuer au soutien du manager d'une direction (générale) / organisation de plus de 200 personnes.",
      en: "Be responsible for supporting the manager of a (general) directorate / organisation of fewer than 200 people OR contribute to supporting the manager of a (general) directorate / organisation of more than 200 people.",
    },
    {
      nl: "Verantwoordelijk zijn voor de ondersteuning van de manager van een directie (-generaal) / organisatie van meer dan 200 personen.",
      fr: "Être responsable du soutien du manager d'une direction (générale) / organisation de plus de 200 personnes.",
      en: "Be responsible for supporting the manager of a (general) directorate / organisation of more than 200 people.",
    },
    {
      nl: "Verantwoordelijk zijn voor de ondersteuning van de manager van een directie (-generaal) / organisatie van meer dan 1000 personen.",
      fr: "Être responsable du soutien du manager d'une direction (générale) / organisation de plus de 1000 personnes.",
      en: "Be responsible for supporting the manager of a (general) directorate / organisation of more than 1000 people.",
    },
  ],
  advice: [ADVICE_SERVICE, ADVICE_SERVICE, ADVICE_STRATEGY, ADVICE_STRATEGY],
  improvement: [
    {
      nl: "De procedures, werkprocessen en methodes continu verbeteren.",
      fr: "Améliorer en continu les procédures, les processus de travail et les méthodes.",
      en: "Continuously improve procedures, work processes and methods.",
    },
    IMPROVE_AND_DEVELOP,
    IMPROVE_AND_DEVELOP,
    {
      nl: "Moderniseringsprojecten uitwerken en uitrollen in de organisatie.",
      fr: "Élaborer et déployer des projets de modernisation dans l'organisation.",
      en: "Develop and roll out modernisation projects in the organisation.",
    },
  ],
  contacts: [
    CONTACT_PERSON,
    CONTACT_PERSON,
    {
      nl: "Een netwerk onderhouden en de manager vertegenwoordigen bij interne en/of externe instanties.",
      fr: "Entretenir un réseau et représenter le manager auprès d'instances internes et/ou externes.",
      en: "Maintain a network and represent the manager with internal and/or external bodies.",
    },
    {
      nl: "Een netwerk opbouwen en de strategie van de organisatie verdedigen bij interne en/of externe instanties.",
      fr: "Construire un réseau et défendre la stratégie de l'organisation auprès d'instances internes et/ou externes.",
      en: "Build a network and defend the organisation's strategy with internal and/or external bodies.",
    },
  ],
};
