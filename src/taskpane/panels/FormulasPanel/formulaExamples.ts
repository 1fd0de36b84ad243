/** One example per HR.* function, as the Formulas panel shows it: formulas are the same in every language (their names are not translated). */
export const FORMULA_EXAMPLES = {
  level: "=HR.ASSISTLEVEL(B2:B500, C2:C500, D2:D500)",
  detail: "=HR.ASSISTDETAIL(B2, C2, D2, E2)",
  explain: '=HR.ASSISTEXPLAIN(B2, C2, D2, E2, F2, G2, "nl")',
  descriptor: '=HR.DESCRIPTOR("advies", "A3", "fr")',
  meets: '=HR.MEETS("support", "A3", B2, E2)',
} as const;

export type FormulaExample = keyof typeof FORMULA_EXAMPLES;
