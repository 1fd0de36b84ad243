import type { EvaluateText } from "../sections/paneEvaluate";

export const PANE_EVALUATE: EvaluateText = {
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
};
