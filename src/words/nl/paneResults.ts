import { type ResultsText, chart } from "../sections/paneResults";

export const PANE_RESULTS: ResultsText = {
  summaryHeading: "Overzicht",
  noSummary: "Evalueer de inventaris om het overzicht te zien.",
  chartLabel: chart("Posten per indicatieve klasse", "rijen in fout", "lege rijen", ":"),
  selectRow: (row) => `Rij ${row} selecteren`,
  problemsHeading: (count) => `Problemen (${count})`,
  problemsMore: (shown, total) => `De eerste ${shown} van ${total} problemen; de kolom Signalen van de inventaris toont ze allemaal.`,
  noProblems: "Alle ingevulde cellen konden gelezen worden.",
  notEvaluated: "Nog niet geëvalueerd.",
};
