import { byLanguage } from "../../words/words";
export type { EvaluateText } from "../../words/sections/paneEvaluate";

/** The Evaluate & highlight panel's words per language. */
export const EVALUATE_TEXT = byLanguage((words) => words.paneEvaluate);
