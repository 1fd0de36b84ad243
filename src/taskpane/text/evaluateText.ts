import type { Language } from "../../domain";
import type { RunStep } from "../../usecases/paneJobs.types";

/** The Evaluate & highlight panel's words. */
export interface EvaluateText {
  readonly heading: string;
  readonly liveFormulas: string;
  readonly liveFormulasHint: string;
  readonly valuesHint: string;
  readonly formulasNeedExcel: string;
  readonly evaluate: string;
  readonly cancel: string;
  readonly needSource: string;
  readonly steps: Readonly<Record<RunStep, string>>;
  readonly progress: (step: string, done: number, total: number) => string;
  readonly results: (evaluated: number, invalid: number, blank: number) => string;
  readonly keptValidation: (columns: string) => string;
}

/** The Evaluate & highlight panel's words per language. */
export const EVALUATE_TEXT: Readonly<Record<Language, EvaluateText>> = {
  nl: {
    heading: "Evalueren en markeren",
    liveFormulas: "Live formules (=HR.…)",
    liveFormulasHint: "De resultaten rekenen mee wanneer een cel verandert.",
    valuesHint: "De resultaten worden als vaste waarden geschreven.",
    formulasNeedExcel: "Live formules rekenen alleen in Excel met de invoegtoepassing; hier worden vaste waarden geschreven.",
    evaluate: "Evalueren",
    cancel: "Annuleren",
    needSource: "Kies eerst een inventaris met herkende kolommen.",
    steps: {
      map: "Kolommen herkennen",
      read: "Inventaris lezen",
      evaluate: "Evalueren",
      write: "Resultaten schrijven",
      highlight: "Markeren",
      matrix: "Matrixblad",
      summary: "Overzicht",
      audit: "Logboek",
    },
    progress: (step, done, total) => (total > 0 ? `${step}: ${done} van ${total}` : step),
    results: (evaluated, invalid, blank) => `${evaluated} geëvalueerd · ${invalid} ongeldig · ${blank} leeg`,
    keptValidation: (columns) => `Eigen validatie behouden in kolom ${columns}.`,
  },
  fr: {
    heading: "Évaluer et surligner",
    liveFormulas: "Formules dynamiques (=HR.…)",
    liveFormulasHint: "Les résultats se recalculent quand une cellule change.",
    valuesHint: "Les résultats sont écrits comme valeurs fixes.",
    formulasNeedExcel: "Les formules dynamiques ne calculent que dans Excel avec le complément ; ici, des valeurs fixes sont écrites.",
    evaluate: "Évaluer",
    cancel: "Annuler",
    needSource: "Choisissez d'abord un inventaire dont les colonnes sont reconnues.",
    steps: {
      map: "Reconnaissance des colonnes",
      read: "Lecture de l'inventaire",
      evaluate: "Évaluation",
      write: "Écriture des résultats",
      highlight: "Surlignage",
      matrix: "Feuille matrice",
      summary: "Synthèse",
      audit: "Journal",
    },
    progress: (step, done, total) => (total > 0 ? `${step} : ${done} sur ${total}` : step),
    results: (evaluated, invalid, blank) => `${evaluated} évalués · ${invalid} non valides · ${blank} vides`,
    keptValidation: (columns) => `Validation existante conservée en colonne ${columns}.`,
  },
  en: {
    heading: "Evaluate & highlight",
    liveFormulas: "Live formulas (=HR.…)",
    liveFormulasHint: "Results recalculate when a cell changes.",
    valuesHint: "Results are written as plain values.",
    formulasNeedExcel: "Live formulas calculate only in Excel with the add-in; plain values are written here.",
    evaluate: "Evaluate",
    cancel: "Cancel",
    needSource: "First pick an inventory whose columns are recognised.",
    steps: {
      map: "Recognising columns",
      read: "Reading the inventory",
      evaluate: "Evaluating",
      write: "Writing results",
      highlight: "Highlighting",
      matrix: "Matrix sheet",
      summary: "Summary",
      audit: "Audit log",
    },
    progress: (step, done, total) => (total > 0 ? `${step}: ${done} of ${total}` : step),
    results: (evaluated, invalid, blank) => `${evaluated} evaluated · ${invalid} invalid · ${blank} blank`,
    keptValidation: (columns) => `Your own validation kept in column ${columns}.`,
  },
};
