import type { Language } from "../../domain";

/** The Summary and Problems panels' own words (the summary's labels come from SUMMARY_TEXT). */
export interface ResultsText {
  readonly summaryHeading: string;
  readonly noSummary: string;
  readonly chartLabel: (counts: readonly number[], invalid: number, blank: number) => string;
  readonly selectRow: (row: number) => string;
  readonly problemsHeading: (count: number) => string;
  readonly problemsMore: (shown: number, total: number) => string;
  readonly noProblems: string;
  readonly notEvaluated: string;
}

/** "Posts per indicative class: A1 3, A2 5, A3 0, A4 1; rows in error: 2; blank rows: 0" (French puts a space before a colon). */
const chart = (title: string, invalid: string, blank: string, colon: string) => (counts: readonly number[], inError: number, empty: number) =>
  `${title}${colon} ${counts.map((count, i) => `A${i + 1} ${count}`).join(", ")}; ${invalid}${colon} ${inError}; ${blank}${colon} ${empty}`;

/** The Summary and Problems panels' own words per language. */
export const RESULTS_TEXT: Readonly<Record<Language, ResultsText>> = {
  nl: {
    summaryHeading: "Overzicht",
    noSummary: "Evalueer de inventaris om het overzicht te zien.",
    chartLabel: chart("Posten per indicatieve klasse", "rijen in fout", "lege rijen", ":"),
    selectRow: (row) => `Rij ${row} selecteren`,
    problemsHeading: (count) => `Problemen (${count})`,
    problemsMore: (shown, total) => `De eerste ${shown} van ${total} problemen; de kolom Signalen van de inventaris toont ze allemaal.`,
    noProblems: "Alle ingevulde cellen konden gelezen worden.",
    notEvaluated: "Nog niet geëvalueerd.",
  },
  fr: {
    summaryHeading: "Synthèse",
    noSummary: "Évaluez l'inventaire pour voir la synthèse.",
    chartLabel: chart("Postes par classe indicative", "lignes en erreur", "lignes vides", " :"),
    selectRow: (row) => `Sélectionner la ligne ${row}`,
    problemsHeading: (count) => `Problèmes (${count})`,
    problemsMore: (shown, total) => `Les ${shown} premiers des ${total} problèmes ; la colonne Signaux de l'inventaire les montre tous.`,
    noProblems: "Toutes les cellules remplies ont pu être lues.",
    notEvaluated: "Pas encore évalué.",
  },
  en: {
    summaryHeading: "Summary",
    noSummary: "Evaluate the inventory to see the summary.",
    chartLabel: chart("Posts per indicative class", "rows in error", "blank rows", ":"),
    selectRow: (row) => `Select row ${row}`,
    problemsHeading: (count) => `Problems (${count})`,
    problemsMore: (shown, total) => `The first ${shown} of ${total} problems; the inventory's Flags column shows them all.`,
    noProblems: "Every filled cell could be read.",
    notEvaluated: "Not evaluated yet.",
  },
};
