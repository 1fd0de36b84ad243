import type { CommonText } from "../sections/paneCommon";

export const PANE_COMMON: CommonText = {
  title: "AssistLevel",
  indicative: "La classe est indicative : la classe officielle est fixée par le comité de pondération.",
  paneLanguage: "Langue du volet",
  inputs: {
    staff: "Effectif",
    scope: "Coordination",
    advice: "Conseil",
    role: "Rôle",
    improvement: "Amélioration / Innovation",
    contacts: "Contacts",
    postId: "ID du poste",
    title: "Intitulé",
    currentClass: "Classe actuelle",
  },
  unexpected: (message) => `Problème inattendu : ${message}`,
  dismiss: "Fermer",
  errorTitle: "Problème",
  warningTitle: "Attention",
  startupFailed: (reason) => `Excel refuse de charger AssistLevel avec ce classeur (${reason}) ; les formules HR se calculeront dès l'ouverture du volet.`,
};
