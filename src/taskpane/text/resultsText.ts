import { byLanguage } from "../../words/words";
export type { ResultsText } from "../../words/sections/paneResults";

/** The Summary and Problems panels' own words per language. */
export const RESULTS_TEXT = byLanguage((words) => words.paneResults);
