import { byLanguage } from "../../words/words";
export type { FormulasText } from "../../words/sections/paneFormulas";

/** The Formulas panel's words per language. */
export const FORMULAS_TEXT = byLanguage((words) => words.paneFormulas);
