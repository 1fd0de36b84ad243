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

/**
 * A formula as Excel pastes it `rows` rows lower and `columns` columns
 * further right than where it was copied from. What Microsoft documents:
 * - "When you copy a formula that contains a relative cell reference, that
 *   reference in the formula will change"; a `$` before the column or the
 *   row fixes that part: copied two cells down and two to the right, $A$1
 *   stays $A$1, A$1 becomes C$1, $A1 becomes $A3 and A1 becomes C3
 *   ("Switch between relative, absolute, and mixed references",
 *   https://support.microsoft.com/en-us/office/switch-between-relative-absolute-and-mixed-references-dfec08cd-ae65-4f56-839e-5f0d8d0baca9);
 * - text in double quotes is a constant of the formula, not a reference
 *   ("Overview of formulas in Excel", constants,
 *   https://support.microsoft.com/en-us/office/overview-of-formulas-in-excel-ecfdc708-9162-49e8-b993-c311f47ca173),
 *   and a sheet name in single quotes ('…'!) is a name: Office writes a
 *   sheet name with special characters between apostrophes
 *   ([MS-OI29500] 2.1.863, "Part 1 Section 18.17.2.3, Cell References",
 *   single-sheet and sheet-name-special,
 *   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/3c420ebb-6ef1-4b0d-959d-76e88c841c3e);
 *   so neither is searched for references;
 * - a name followed by "(" is a function ("Overview of formulas",
 *   functions), one followed by "!" a sheet name; letters and digits past
 *   column XFD are a name, not a reference (the grid ends at XFD; names:
 *   [MS-OI29500] 2.1.867, "Part 1 Section 18.17.2.5, Names",
 *   https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/1399f3cb-927c-4611-96ee-666143a8be35).
 * A reference moved off the grid is not modelled: the fake refuses it.
 */
export function copiedFormula(formula: string, rows: number, columns: number): string {
  if (!formula.startsWith("=")) return formula;
  return formula.replace(PIECES, (whole: string, literal: string | undefined, ...groups: unknown[]) => {
    if (literal !== undefined) return whole;
    const [columnAnchor, letters, rowAnchor, digits] = groups as string[];
    if (letters === undefined || columnNumberOf(letters) > 16_384) return whole; // beyond XFD: a name
    const column = columnAnchor === "$" ? columnNumberOf(letters) : columnNumberOf(letters) + columns;
    const row = rowAnchor === "$" ? Number(digits) : Number(digits) + rows;
    if (column < 1 || column > 16_384 || row < 1 || row > 1_048_576) throw new Error(`The fake does not model a reference copied off the grid: ${whole} in ${formula}`);
    return `${columnAnchor}${columnLetters(column)}${rowAnchor}${row}`;
  });
}

/**
 * Literals first (a string, a quoted sheet name with its "!", a bracketed
 * structured reference), then a cell reference that is a whole token: not
 * inside a name or a number, not a function's or a sheet's name.
 */
const PIECES = /("(?:[^"]|"")*"|'(?:[^']|'')*'!|\[(?:[^\]]|\]\])*\])|(?<![\p{L}\p{N}_.$\\])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\p{N}_.$\\(![])/gu;

function columnNumberOf(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
