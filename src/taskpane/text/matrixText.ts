import { byLanguage } from "../../words/words";
export type { MatrixText } from "../../words/sections/paneMatrix";

/** The Matrix panel's words per language. */
export const MATRIX_TEXT = byLanguage((words) => words.paneMatrix);
