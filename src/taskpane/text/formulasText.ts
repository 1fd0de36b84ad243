import type { Language } from "../domain";

/** The task pane's own words, per language. */
export interface PaneText {
  readonly title: string;
  readonly intro: string;
  readonly indicative: string;
  readonly functionsHeading: string;
  readonly functions: readonly { readonly formula: string; readonly what: string }[];
  readonly comingHeading: string;
  readonly coming: string;
  readonly version: (version: string) => string;
  readonly startupFailed: (reason: string) => string;
}

const FORMULAS = {
  level: "=HR.ASSISTLEVEL(B2:B500, C2:C500, D2:D500)",
  detail: "=HR.ASSISTDETAIL(B2, C2, D2, E2)",
  explain: '=HR.ASSISTEXPLAIN(B2, C2, D2, E2, F2, G2, "nl")',
  descriptor: '=HR.DESCRIPTOR("advies", "A3", "fr")',
  meets: '=HR.MEETS("support", "A3", B2, E2)',
};

export const PANE_TEXT: Readonly<Record<Language, PaneText>> = {
  en: {
    title: "AssistLevel",
    intro: "Gives the indicative class (A1–A4) of management-support posts from the five distinguishing criteria, and says why.",
    indicative: "The class is indicative: the official class is set by the weighting committee.",
    functionsHeading: "Formulas",
    functions: [
      { formula: FORMULAS.level, what: "class per post; a range spills one class per row" },
      { formula: FORMULAS.detail, what: "class, band of each criterion, misfit, flags" },
      { formula: FORMULAS.explain, what: "a sentence quoting the descriptors met" },
      { formula: FORMULAS.descriptor, what: "the matrix text of a criterion at a class" },
      { formula: FORMULAS.meets, what: "TRUE when a value meets a descriptor" },
    ],
    comingHeading: "In this pane soon",
    coming: "Load the matrix sheet, map an inventory, evaluate and highlight it, and a summary.",
    version: (v) => `Matrix ${v}`,
    startupFailed: (reason) => `Excel did not agree to load AssistLevel with this workbook (${reason}); HR formulas will calculate once the pane is opened.`,
  },
  nl: {
    title: "AssistLevel",
    intro: "Geeft de indicatieve klasse (A1–A4) van functies ondersteuning van het management volgens de vijf onderscheidende criteria, en zegt waarom.",
    indicative: "De klasse is indicatief: de officiële klasse wordt door het wegingscomité vastgesteld.",
    functionsHeading: "Formules",
    functions: [
      { formula: FORMULAS.level, what: "klasse per functie; een bereik geeft één klasse per rij" },
      { formula: FORMULAS.detail, what: "klasse, band per criterium, afwijking, signalen" },
      { formula: FORMULAS.explain, what: "een zin met de descriptoren waaraan voldaan is" },
      { formula: FORMULAS.descriptor, what: "de tekst van de matrix voor een criterium en klasse" },
      { formula: FORMULAS.meets, what: "WAAR als een waarde aan een descriptor voldoet" },
    ],
    comingHeading: "Binnenkort in dit deelvenster",
    coming: "De matrix als blad laden, een inventaris koppelen, evalueren en markeren, en een overzicht.",
    version: (v) => `Matrix ${v}`,
    startupFailed: (reason) => `Excel wil AssistLevel niet met deze werkmap laden (${reason}); de HR-formules rekenen zodra het deelvenster geopend is.`,
  },
  fr: {
    title: "AssistLevel",
    intro: "Donne la classe indicative (A1–A4) des fonctions de soutien au management selon les cinq critères distinctifs, et explique pourquoi.",
    indicative: "La classe est indicative : la classe officielle est fixée par le comité de pondération.",
    functionsHeading: "Formules",
    functions: [
      { formula: FORMULAS.level, what: "classe par fonction ; une plage donne une classe par ligne" },
      { formula: FORMULAS.detail, what: "classe, bande par critère, écart, signaux" },
      { formula: FORMULAS.explain, what: "une phrase citant les descripteurs satisfaits" },
      { formula: FORMULAS.descriptor, what: "le texte de la matrice pour un critère et une classe" },
      { formula: FORMULAS.meets, what: "VRAI si une valeur satisfait à un descripteur" },
    ],
    comingHeading: "Bientôt dans ce volet",
    coming: "Charger la matrice dans une feuille, associer un inventaire, l'évaluer et le surligner, et une synthèse.",
    version: (v) => `Matrice ${v}`,
    startupFailed: (reason) => `Excel refuse de charger AssistLevel avec ce classeur (${reason}) ; les formules HR se calculeront dès l'ouverture du volet.`,
  },
};
