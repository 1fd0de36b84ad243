import type { SheetNamesWords } from "../sections/sheetNames";

export const SHEET_NAMES: SheetNamesWords = {
  names: { matrix: "Matrix A1-A4", summary: "Overzicht", audit: "Logboek" },
};
