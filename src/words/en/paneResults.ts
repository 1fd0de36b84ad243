import { type ResultsText, chart } from "../sections/paneResults";

export const PANE_RESULTS: ResultsText = {
  summaryHeading: "Summary",
  noSummary: "Evaluate the inventory to see the summary.",
  chartLabel: chart("Posts per indicative class", "rows in error", "blank rows", ":"),
  selectRow: (row) => `Select row ${row}`,
  problemsHeading: (count) => `Problems (${count})`,
  problemsMore: (shown, total) => `The first ${shown} of ${total} problems; the inventory's Flags column shows them all.`,
  noProblems: "Every filled cell could be read.",
  notEvaluated: "Not evaluated yet.",
};
