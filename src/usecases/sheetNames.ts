import { byLanguage } from "../words/words";

/** Names of the sheets the product adds, per language (kept on re-runs in another language). */
export const SHEET_NAMES = byLanguage((words) => words.sheetNames.names);
