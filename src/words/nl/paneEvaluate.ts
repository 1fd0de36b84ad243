import type { EvaluateText } from "../sections/paneEvaluate";

export const PANE_EVALUATE: EvaluateText = {
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
};
