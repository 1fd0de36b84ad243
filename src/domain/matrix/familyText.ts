import type { FamilyText } from "./familyText.types";

/**
 * The function family "Ondersteuning van het management" (management support):
 * its name, purpose ("Doel") and result areas with example tasks.
 *
 * Dutch texts are verbatim from the seed (line breaks joined with single
 * spaces, the seed's own wording and typos kept); French and English are
 * translations. The criteria matrix lives elsewhere.
 */
export const FAMILY_TEXT: FamilyText = {
  familyName: {
    nl: "Ondersteuning van het management",
    fr: "Soutien au management",
    en: "Management support",
  },
  purpose: {
    nl: "Het management adviseren en ondersteunen op organisatorisch, administratief en/of inhoudelijk vlak teneinde optimaal bij te dragen tot de dienstverlening en de doelstellingen van het managementplan.",
    fr: "Conseiller et soutenir le management sur le plan organisationnel, administratif et/ou du contenu afin de contribuer de manière optimale à la prestation de services et aux objectifs du plan de management.",
    en: "Advise and support management on organisational, administrative and/or substantive matters in order to contribute optimally to service delivery and to the objectives of the management plan.",
  },
  resultAreas: [
    {
      key: "coordinator",
      title: { nl: "Als coördinator", fr: "En tant que coordinateur", en: "As coordinator" },
      description: {
        nl: "de dossiers en de opdrachten in de dienst(en) van de manager opvolgen en coördineren teneinde te waarborgen dat ze afgewerkt worden in overeenstemming met de richtlijnen, termijnen en kwaliteitsvereisten en bij te dragen tot de coherentie van het beleid van de directie.",
        fr: "assurer le suivi et la coordination des dossiers et des missions au sein du/des service(s) du manager afin de garantir qu'ils soient finalisés conformément aux directives, aux délais et aux exigences de qualité et de contribuer à la cohérence de la politique de la direction.",
        en: "follow up and coordinate the files and assignments in the manager's service(s) in order to ensure that they are completed in accordance with the guidelines, deadlines and quality requirements, and to contribute to the coherence of the directorate's policy.",
      },
      optional: false,
      exampleTasks: [
        {
          nl: "De standpunten over de procedures, de methodes en de uitvoering van een gemeenschappelijke werkmethode op elkaar afstemmen",
          fr: "Harmoniser les points de vue sur les procédures, les méthodes et la mise en œuvre d'une méthode de travail commune",
          en: "Align the positions on procedures, methods and the implementation of a common working method",
        },
        {
          nl: "De acties en de informatie coördineren en op elkaar afstemmen",
          fr: "Coordonner et harmoniser les actions et les informations",
          en: "Coordinate and align actions and information",
        },
        {
          nl: "Initiatief nemen voor coördinatievergaderingen, ze voorbereiden en eventueel leiden",
          fr: "Prendre l'initiative de réunions de coordination, les préparer et éventuellement les présider",
          en: "Take the initiative for coordination meetings, prepare them and, where appropriate, chair them",
        },
        {
          nl: "De opdrachten van verschillende diensten of cellen coördineren en opvolgen",
          fr: "Coordonner et assurer le suivi des missions de différents services ou cellules",
          en: "Coordinate and follow up the assignments of different services or units",
        },
        {
          nl: "Verbeterings- en moderniseringsprojecten opvolgen",
          fr: "Assurer le suivi des projets d'amélioration et de modernisation",
          en: "Follow up improvement and modernisation projects",
        },
        {
          nl: "De informatie die afkomstig is van de directies en de diensten inzamelen en synthetiseren",
          fr: "Collecter et synthétiser les informations provenant des directions et des services",
          en: "Collect and summarise the information coming from the directorates and services",
        },
        {
          nl: "De projecten en werkgroepen over de organisatie en het beleid van de organisatie opvolgen",
          fr: "Assurer le suivi des projets et des groupes de travail relatifs à l'organisation et à la politique de l'organisation",
          en: "Follow up the projects and working groups on the organisation and the policy of the organisation",
        },
      ],
    },
    {
      key: "internalAdvisor",
      title: { nl: "Als intern adviseur", fr: "En tant que conseiller interne", en: "As internal advisor" },
      description: {
        nl: "het management adviseren over de organisatie van de dienst(en) en/of het domein teneinde de besluitvorming te vergemakkelijken en bij te dragen tot een efficiënt beheer van de directie.",
        fr: "conseiller le management sur l'organisation du/des service(s) et/ou du domaine afin de faciliter la prise de décision et de contribuer à une gestion efficace de la direction.",
        en: "advise management on the organisation of the service(s) and/or the field in order to facilitate decision-making and to contribute to efficient management of the directorate.",
      },
      optional: false,
      exampleTasks: [
        {
          nl: "Advies geven tijdens de opmaak en/of de uitvoering van de strategische en operationele plannen",
          fr: "Donner des avis lors de l'élaboration et/ou de l'exécution des plans stratégiques et opérationnels",
          en: "Give advice during the preparation and/or implementation of the strategic and operational plans",
        },
        {
          nl: "Onderzoeken uitvoeren voor de manager, zoals een vergelijkende analyse (benchmarking...)",
          fr: "Réaliser des études pour le manager, telles qu'une analyse comparative (benchmarking...)",
          en: "Carry out studies for the manager, such as a comparative analysis (benchmarking...)",
        },
        {
          nl: "Adviseren over de moderniserings- en verbeteringsprojecten",
          fr: "Donner des avis sur les projets de modernisation et d'amélioration",
          en: "Advise on the modernisation and improvement projects",
        },
        {
          nl: "De manager adviseren over de agenda van het directiecomité",
          fr: "Conseiller le manager sur l'ordre du jour du comité de direction",
          en: "Advise the manager on the agenda of the management committee",
        },
        {
          nl: "De parlementaire vragen beantwoorden",
          fr: "Répondre aux questions parlementaires",
          en: "Answer parliamentary questions",
        },
        {
          nl: "Voorstellen doen voor de strategische en operationele doelstellingen van de organisatie",
          fr: "Formuler des propositions pour les objectifs stratégiques et opérationnels de l'organisation",
          en: "Make proposals for the strategic and operational objectives of the organisation",
        },
      ],
    },
    {
      key: "organiser",
      title: { nl: "Als organisator", fr: "En tant qu'organisateur", en: "As organiser" },
      description: {
        nl: "verschillende evenementen en vergaderingen op initiatief van de manager organiseren en opvolgen teneinde ze vlot te doen verlopen.",
        fr: "organiser et assurer le suivi de divers événements et réunions à l'initiative du manager afin qu'ils se déroulent sans difficulté.",
        en: "organise and follow up various events and meetings at the manager's initiative in order to ensure that they run smoothly.",
      },
      optional: false,
      exampleTasks: [
        {
          nl: "De logistieke aspecten van contactdagen regelen",
          fr: "Régler les aspects logistiques des journées de contact",
          en: "Arrange the logistical aspects of contact days",
        },
        {
          nl: "Een agenda of een programma opstellen in overleg met de manager en de andere partijen (het directiecomité, de politieke overheid, de directies en de diensten...)",
          fr: "Établir un ordre du jour ou un programme en concertation avec le manager et les autres parties (le comité de direction, l'autorité politique, les directions et les services...)",
          en: "Draw up an agenda or a programme in consultation with the manager and the other parties (the management committee, the political authorities, the directorates and the services...)",
        },
        {
          nl: "Vergaderingen en infosessies voorbereiden",
          fr: "Préparer des réunions et des séances d'information",
          en: "Prepare meetings and information sessions",
        },
        {
          nl: "Dienstvergaderingen organiseren om de sectiechefs te debriefen",
          fr: "Organiser des réunions de service afin de débriefer les chefs de section",
          en: "Organise service meetings to debrief the section heads",
        },
        {
          nl: "De beslissingen opvolgen die werden genomen tijdens de vergaderingen",
          fr: "Assurer le suivi des décisions prises lors des réunions",
          en: "Follow up the decisions taken during the meetings",
        },
      ],
    },
    {
      key: "administrativeManager",
      title: { nl: "Als administratief beheerder", fr: "En tant que gestionnaire administratif", en: "As administrative manager" },
      description: {
        nl: "complexe administratieve taken uitvoeren en/of de medewerkers van het secretariaat aansturen teneinde de manager op administratieve vlak te ondersteunen.",
        fr: "exécuter des tâches administratives complexes et/ou diriger les collaborateurs du secrétariat afin de soutenir le manager sur le plan administratif.",
        en: "carry out complex administrative tasks and/or direct the secretariat staff in order to support the manager on the administrative level.",
      },
      optional: false,
      exampleTasks: [
        {
          nl: "Presentaties en toespraken van de manager voorbereiden",
          fr: "Préparer les présentations et les discours du manager",
          en: "Prepare the manager's presentations and speeches",
        },
        {
          nl: "Dossiers, documenten of andere informatie verstrekken tijdens vergaderingen",
          fr: "Fournir des dossiers, des documents ou d'autres informations lors des réunions",
          en: "Provide files, documents or other information during meetings",
        },
        {
          nl: "Alle documenten en gegevens centraliseren en archiveren",
          fr: "Centraliser et archiver l'ensemble des documents et des données",
          en: "Centralise and archive all documents and data",
        },
        {
          nl: "Het secretariaatswerk of het werk van de administratieve medewerkers coördineren",
          fr: "Coordonner le travail de secrétariat ou le travail des collaborateurs administratifs",
          en: "Coordinate the secretarial work or the work of the administrative staff",
        },
        {
          nl: "De correspondentie en de dossiers opvolgen en verspreiden",
          fr: "Assurer le suivi et la diffusion de la correspondance et des dossiers",
          en: "Follow up and distribute the correspondence and the files",
        },
        {
          nl: "De verslagen opstellen van vergaderingen en bijeenkomsten die worden voorgezeten door de manager of zijn/haar vertegenwoordiger",
          fr: "Rédiger les procès-verbaux des réunions et des rencontres présidées par le manager ou son représentant",
          en: "Draw up the minutes of meetings and gatherings chaired by the manager or his/her representative",
        },
        {
          nl: "Administratieve teksten opstellen (instructies aan de directies, de diensten, het personeel...)",
          fr: "Rédiger des textes administratifs (instructions aux directions, aux services, au personnel...)",
          en: "Draft administrative texts (instructions to the directorates, the services, the staff...)",
        },
      ],
    },
    {
      key: "contactPerson",
      title: { nl: "Als contactpersoon", fr: "En tant que personne de contact", en: "As contact person" },
      description: {
        nl: "de communicatie met de interne en externe partners organiseren teneinde de informatie-uitwisseling te verzekeren en de activiteiten of verwachtingen op elkaar af te stemmen.",
        fr: "organiser la communication avec les partenaires internes et externes afin d'assurer l'échange d'informations et d'harmoniser les activités ou les attentes.",
        en: "organise communication with internal and external partners in order to ensure the exchange of information and to align activities or expectations.",
      },
      optional: false,
      exampleTasks: [
        {
          nl: "Interne en/of externe overlegvergaderingen organiseren en/of eraan deelnemen",
          fr: "Organiser des réunions de concertation internes et/ou externes et/ou y participer",
          en: "Organise and/or take part in internal and/or external consultation meetings",
        },
        {
          nl: "Informatie uitwisselen tussen de klanten, diensten, departementen, organisaties",
          fr: "Échanger des informations entre les clients, services, départements, organisations",
          en: "Exchange information between clients, services, departments, organisations",
        },
        {
          nl: "De vragen van particulieren en ondernemingen beantwoorden",
          fr: "Répondre aux questions des particuliers et des entreprises",
          en: "Answer questions from individuals and businesses",
        },
        {
          nl: "De informatie verzamelen, ze filteren en ze verspreiden binnen en buiten de directie",
          fr: "Rassembler les informations, les filtrer et les diffuser au sein de la direction et en dehors de celle-ci",
          en: "Gather information, filter it and disseminate it inside and outside the directorate",
        },
        {
          nl: "Optreden als contactpersoon voor de stafdiensten en andere diensten",
          fr: "Faire office de personne de contact pour les services d'encadrement et les autres services",
          en: "Act as contact person for the staff services and other services",
        },
        {
          nl: "Relaties en netwerken ontwikkelen",
          fr: "Développer des relations et des réseaux",
          en: "Develop relationships and networks",
        },
        {
          nl: "De richtlijnen van de manager omzetten naar dienstnota's en instructies voor de medewerkers",
          fr: "Traduire les directives du manager en notes de service et en instructions destinées aux collaborateurs",
          en: "Turn the manager's guidelines into service notes and instructions for staff",
        },
      ],
    },
    {
      key: "knowledgeManager",
      title: { nl: "Als kennisbeheerder", fr: "En tant que gestionnaire des connaissances", en: "As knowledge manager" },
      description: {
        nl: "zijn/haar kennis ontwikkelen en op de hoogte blijven van de evolutie in het domein en aanverwante domeinen teneinde de werking van de dienst(en) continu te verbeteren en ontwikkelen.",
        fr: "développer ses connaissances et se tenir informé de l'évolution dans le domaine et les domaines connexes afin d'améliorer et de développer en continu le fonctionnement du/des service(s).",
        en: "develop his/her knowledge and keep abreast of developments in the field and related fields in order to continuously improve and develop the functioning of the service(s).",
      },
      optional: true,
      exampleTasks: [
        {
          nl: "Deelnemen aan werkgroepen, infosessies, congressen, netwerkvergaderingen…",
          fr: "Participer à des groupes de travail, séances d'information, congrès, réunions de réseau…",
          en: "Take part in working groups, information sessions, conferences, networking meetings…",
        },
        {
          nl: "De meest recente ontwikkelingen op het vlak van wetgeving in het domein volgen",
          fr: "Suivre les développements les plus récents en matière de législation dans le domaine",
          en: "Keep track of the latest legislative developments in the field",
        },
        {
          nl: "De verworven kennis doorgeven aan de medewerkers en de betrokken personen",
          fr: "Transmettre les connaissances acquises aux collaborateurs et aux personnes concernées",
          en: "Pass on the acquired knowledge to colleagues and the persons concerned",
        },
        {
          nl: "Deelnemen aan projecten en ontwikkelingen in zijn/haar domein",
          fr: "Participer à des projets et à des développements dans son domaine",
          en: "Take part in projects and developments in his/her field",
        },
        {
          nl: "Tussenkomen in de meest complexe dossiers en vragen",
          fr: "Intervenir dans les dossiers et les questions les plus complexes",
          en: "Intervene in the most complex files and questions",
        },
        {
          nl: "Verbeteringsprojecten voorstellen",
          fr: "Proposer des projets d'amélioration",
          en: "Propose improvement projects",
        },
      ],
    },
  ],
};
