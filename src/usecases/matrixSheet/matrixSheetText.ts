import { byLanguage } from "../../words/words";
export type { MatrixSheetText } from "../../words/sections/matrixSheet";

/** The matrix sheet's words per language, from the catalogue (src/words). */
export const MATRIX_SHEET_TEXT = byLanguage((words) => words.matrixSheet);
