import { byLanguage } from "../../words/words";
export type { SummaryText } from "../../words/sections/summary";

/** The summary sheet's words per language, from the catalogue (src/words). */
export const SUMMARY_TEXT = byLanguage((words) => words.summary);
