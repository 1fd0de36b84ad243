import type { Language } from "../domain";
import type { OwnedSheetRole } from "./ownership";

/** Names of the sheets the product adds, per language (kept on re-runs in another language). */
export const SHEET_NAMES: Readonly<Record<Language, Readonly<Record<OwnedSheetRole, string>>>> = {
  nl: { matrix: "Matrix A1-A4", summary: "Overzicht", audit: "Logboek" },
  fr: { matrix: "Matrice A1-A4", summary: "Synthèse", audit: "Journal" },
  en: { matrix: "Matrix A1-A4", summary: "Summary", audit: "Audit log" },
};
