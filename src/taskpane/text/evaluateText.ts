import type { Language } from "../../domain";
import type { RunStep } from "../../usecases/paneJobs.types";

/** The Evaluate & highlight panel's words. */
export interface EvaluateText {
  readonly heading: string;
  /** The label of the choice of result modes, and each mode's name and one-line hint. */
  readonly resultMode: string;
  readonly values: string;
  readonly valuesHint: string;
  readonly liveFormulas: string;
  readonly liveFormulasHint: string;
  readonly portableFormulas: string;
  readonly portableFormulasHint: string;
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
    resultMode: "Resultaten schrijven als",
    values: "Waarden",
    valuesHint: "De resultaten worden als vaste waarden geschreven.",
    liveFormulas: "Live formules (=HR.…)",
    liveFormulasHint: "De resultaten rekenen mee wanneer een cel verandert.",
    portableFormulas: "Draagbare formules (geen invoegtoepassing nodig)",
    portableFormulasHint:
      "De resultaten zijn gewone formules die blijven rekenen in Excel, LibreOffice en Google Sheets, zonder de invoegtoepassing; het overzichtsblad telt zoals bij deze uitvoering.",
    formulasNeedExcel: "Live formules rekenen alleen in Excel met de invoegtoepassing; kies hier waarden of draagbare formules.",
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
    resultMode: "Écrire les résultats comme",
    values: "Valeurs",
    valuesHint: "Les résultats sont écrits comme valeurs fixes.",
    liveFormulas: "Formules dynamiques (=HR.…)",
    liveFormulasHint: "Les résultats se recalculent quand une cellule change.",
    portableFormulas: "Formules portables (sans complément)",
    portableFormulasHint:
      "Les résultats sont des formules natives qui continuent de calculer dans Excel, LibreOffice et Google Sheets, sans le complément ; la feuille de synthèse compte à la date de cette exécution.",
    formulasNeedExcel: "Les formules dynamiques ne calculent que dans Excel avec le complément ; choisissez ici des valeurs ou des formules portables.",
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
    resultMode: "Write results as",
    values: "Values",
    valuesHint: "Results are written as plain values.",
    liveFormulas: "Live formulas (=HR.…)",
    liveFormulasHint: "Results recalculate when a cell changes.",
    portableFormulas: "Portable formulas (no add-in needed)",
    portableFormulasHint:
      "Results are native formulas that keep working in Excel, LibreOffice and Google Sheets without the add-in; the summary sheet counts as of this run.",
    formulasNeedExcel: "Live formulas calculate only in Excel with the add-in; here, choose values or portable formulas.",
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
