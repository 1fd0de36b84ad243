import type { Language } from "../../domain";
import type { InventoryInput } from "../../usecases/inventoryHeaders";

/** Words every panel shares: the pane's title, languages, inventory inputs, errors. */
export interface CommonText {
  readonly title: string;
  readonly indicative: string;
  readonly paneLanguage: string;
  readonly inputs: Readonly<Record<InventoryInput, string>>;
  readonly unexpected: (message: string) => string;
  readonly dismiss: string;
  /** Titles of the MessageBars, which also name them for screen readers. */
  readonly errorTitle: string;
  readonly warningTitle: string;
  readonly startupFailed: (reason: string) => string;
}

/** Each language named in itself, as language pickers do. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { nl: "Nederlands", fr: "Français", en: "English" };

/** Shared words per language. */
export const COMMON_TEXT: Readonly<Record<Language, CommonText>> = {
  nl: {
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
  },
  fr: {
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
  },
  en: {
    title: "AssistLevel",
    indicative: "The class is indicative: the official class is set by the weighting committee.",
    paneLanguage: "Pane language",
    inputs: {
      staff: "Staff (headcount)",
      scope: "Coordination",
      advice: "Advice",
      role: "Role",
      improvement: "Improvement / Innovation",
      contacts: "Contacts",
      postId: "Post ID",
      title: "Title",
      currentClass: "Current class",
    },
    unexpected: (message) => `Unexpected problem: ${message}`,
    dismiss: "Dismiss",
    errorTitle: "Problem",
    warningTitle: "Warning",
    startupFailed: (reason) => `Excel did not agree to load AssistLevel with this workbook (${reason}); HR formulas will calculate once the pane is opened.`,
  },
};
