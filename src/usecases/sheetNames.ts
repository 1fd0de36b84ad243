import { byLanguage } from "../words/words";

/** Names of the sheets the product adds, per language (kept on re-runs in another language). */
export const SHEET_NAMES = byLanguage((words) => words.sheetNames.names);

/**
 * The sheet of `sheets` that Excel takes for `name`: Excel compares sheet
 * names regardless of case, so "Summary" cannot be added beside "summary"
 * (the package adapter's addSheet finds it the same way).
 */
export function sheetCalled(sheets: readonly string[], name: string): string | undefined {
  const wanted = name.toUpperCase();
  return sheets.find((sheet) => sheet.toUpperCase() === wanted);
}
