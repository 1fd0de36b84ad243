import { type ResultsText, chart } from "../sections/paneResults";

export const PANE_RESULTS: ResultsText = {
  summaryHeading: "Synthèse",
  noSummary: "Évaluez l'inventaire pour voir la synthèse.",
  chartLabel: chart("Postes par classe indicative", "lignes en erreur", "lignes vides", " :"),
  selectRow: (row) => `Sélectionner la ligne ${row}`,
  problemsHeading: (count) => `Problèmes (${count})`,
  problemsMore: (shown, total) => `Les ${shown} premiers des ${total} problèmes ; la colonne Signaux de l'inventaire les montre tous.`,
  noProblems: "Toutes les cellules remplies ont pu être lues.",
  notEvaluated: "Pas encore évalué.",
};
