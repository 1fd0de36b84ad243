import type { FormulaExample } from "../../taskpane/panels/FormulasPanel/formulaExamples";

/** The Formulas panel's words: what the add-in offers as worksheet functions. */
export interface FormulasText {
  readonly intro: string;
  readonly functionsHeading: string;
  /** What each example formula gives (the formulas themselves are in the pane: formulaExamples.ts). */
  readonly functions: Readonly<Record<FormulaExample, string>>;
}
