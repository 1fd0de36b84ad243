
/** The Formulas panel's words: what the add-in offers as worksheet functions. */
export interface FormulasText {
  readonly intro: string;
  readonly functionsHeading: string;
  readonly functions: readonly { readonly formula: string; readonly what: string }[];
}

export const FORMULAS = {
  level: "=HR.ASSISTLEVEL(B2:B500, C2:C500, D2:D500)",
  detail: "=HR.ASSISTDETAIL(B2, C2, D2, E2)",
  explain: '=HR.ASSISTEXPLAIN(B2, C2, D2, E2, F2, G2, "nl")',
  descriptor: '=HR.DESCRIPTOR("advies", "A3", "fr")',
  meets: '=HR.MEETS("support", "A3", B2, E2)',
};
