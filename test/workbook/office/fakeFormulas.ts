/**
 * How Excel stores a formula it is given, as far as the fake models it (issue
 * 10, failure 2): a this-row structured reference is kept in its shortest
 * form. Microsoft, "Using structured references with Excel tables":
 * - "Use brackets around column headers with special characters": only a
 *   header holding one of the listed characters needs the extra brackets;
 * - the page's own example shows `[@[Sales Amount]]` (a space) beside
 *   `[@Price]` (none) in the formula bar.
 * https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e
 * `Range.formulas` reads back what the formula bar shows ("Represents the
 * formula in A1-style notation"):
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member
 * So `=HR.ASSISTLEVEL([@[Personeel]])` comes back as `=HR.ASSISTLEVEL([@Personeel])`.
 */

/** The page's list of characters that need the brackets, plus the space of its example. */
const NEEDS_BRACKETS = /[\t\n\r ,:.[\]#'"{}$^&*+=\-<>/@]/;

/** A this-row reference written `[@[Header]]` (with ' escapes inside). */
const THIS_ROW = /\[@\[((?:[^[\]']|'.)*)\]\]/g;

/** The formula as Excel gives it back after it was written as `formula`. */
export function canonicalFormula(formula: string): string {
  if (!formula.startsWith("=")) return formula;
  return formula.replace(THIS_ROW, (whole, header: string) => (NEEDS_BRACKETS.test(header) ? whole : `[@${header}]`));
}
