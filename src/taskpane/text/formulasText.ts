import type { Language } from "../../domain";

/** The Formulas panel's words: what the add-in offers as worksheet functions. */
export interface FormulasText {
  readonly intro: string;
  readonly functionsHeading: string;
  readonly functions: readonly { readonly formula: string; readonly what: string }[];
  readonly version: (version: string) => string;
}

const FORMULAS = {
  level: "=HR.ASSISTLEVEL(B2:B500, C2:C500, D2:D500)",
  detail: "=HR.ASSISTDETAIL(B2, C2, D2, E2)",
  explain: '=HR.ASSISTEXPLAIN(B2, C2, D2, E2, F2, G2, "nl")',
  descriptor: '=HR.DESCRIPTOR("advies", "A3", "fr")',
  meets: '=HR.MEETS("support", "A3", B2, E2)',
};

/** The Formulas panel's words per language. */
export const FORMULAS_TEXT: Readonly<Record<Language, FormulasText>> = {
  en: {
    intro: "Gives the indicative class (A1–A4) of management-support posts from the five distinguishing criteria, and says why.",
    functionsHeading: "Formulas",
    functions: [
      { formula: FORMULAS.level, what: "class per post; a range spills one class per row" },
      { formula: FORMULAS.detail, what: "class, band of each criterion, misfit, flags" },
      { formula: FORMULAS.explain, what: "a sentence quoting the descriptors met" },
      { formula: FORMULAS.descriptor, what: "the matrix text of a criterion at a class" },
      { formula: FORMULAS.meets, what: "TRUE when a value meets a descriptor" },
    ],
    version: (v) => `Matrix ${v}`,
  },
  nl: {
    intro: "Geeft de indicatieve klasse (A1–A4) van functies ondersteuning van het management volgens de vijf onderscheidende criteria, en zegt waarom.",
    functionsHeading: "Formules",
    functions: [
      { formula: FORMULAS.level, what: "klasse per functie; een bereik geeft één klasse per rij" },
      { formula: FORMULAS.detail, what: "klasse, band per criterium, afwijking, signalen" },
      { formula: FORMULAS.explain, what: "een zin met de descriptoren waaraan voldaan is" },
      { formula: FORMULAS.descriptor, what: "de tekst van de matrix voor een criterium en klasse" },
      { formula: FORMULAS.meets, what: "WAAR als een waarde aan een descriptor voldoet" },
    ],
    version: (v) => `Matrix ${v}`,
  },
  fr: {
    intro: "Donne la classe indicative (A1–A4) des fonctions de soutien au management selon les cinq critères distinctifs, et explique pourquoi.",
    functionsHeading: "Formules",
    functions: [
      { formula: FORMULAS.level, what: "classe par fonction ; une plage donne une classe par ligne" },
      { formula: FORMULAS.detail, what: "classe, bande par critère, écart, signaux" },
      { formula: FORMULAS.explain, what: "une phrase citant les descripteurs satisfaits" },
      { formula: FORMULAS.descriptor, what: "le texte de la matrice pour un critère et une classe" },
      { formula: FORMULAS.meets, what: "VRAI si une valeur satisfait à un descripteur" },
    ],
    version: (v) => `Matrice ${v}`,
  },
};
