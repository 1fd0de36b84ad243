import type { SheetNamesWords } from "../sections/sheetNames";

export const SHEET_NAMES: SheetNamesWords = {
  names: { matrix: "Matrice A1-A4", summary: "Synthèse", audit: "Journal" },
};
