import type { CommonText } from "../sections/paneCommon";

export const PANE_COMMON: CommonText = {
  title: "AssistLevel",
  indicative: "De klasse is indicatief: de officiële klasse wordt door het wegingscomité vastgesteld.",
  paneLanguage: "Taal van het deelvenster",
  inputs: {
    staff: "Personeel (aantal)",
    scope: "Coördinatie",
    advice: "Advies",
    role: "Rol",
    improvement: "Verbetering / Innovatie",
    contacts: "Contacten",
    postId: "Post-ID",
    title: "Titel",
    currentClass: "Huidige klasse",
  },
  unexpected: (message) => `Onverwacht probleem: ${message}`,
  dismiss: "Sluiten",
  errorTitle: "Probleem",
  warningTitle: "Let op",
  startupFailed: (reason) => `Excel wil AssistLevel niet met deze werkmap laden (${reason}); de HR-formules rekenen zodra het deelvenster geopend is.`,
};
