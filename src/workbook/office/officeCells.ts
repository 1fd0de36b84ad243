import type { Block, CellContent, CellValue } from "../port";

/**
 * Cell contents between the port and office.js. Excel gives an empty cell as
 * "" and an error as its code (with value type "Error"). Writing, Excel reads
 * `values` as typed input: "If the returned value starts with a plus ("+"),
 * minus ("-"), or equal sign ("="), Excel interprets this value as a formula"
 * (Range.values, https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member),
 * and a text that looks like a number, a date, a time, a truth value or an
 * error becomes one (Excel's own entry rules). A text the product writes
 * (often the analyst's own: a post id "-", a phone number "+32 2 …", a
 * date-like code "2024-01") must stay the text it is, so such texts get the
 * quote prefix that makes typed input text.
 */

/** Texts Excel's entry would turn into something else (the first character, or the whole text's look). */
const FORMULA_START = /^[=+\-@']/;
const NUMBER_LIKE = /^\s*[(]?[$€£]?\s*[\d.,\s\u00a0]*\d[\d.,\s\u00a0]*(e[+-]?\d+)?\s*%?[)]?\s*$/i;
const MONTH = "(?:jan|feb|fév|fev|mar|mrt|apr|avr|may|mei|mai|jun|juin|jul|juil|aug|aoû|aou|sep|oct|okt|nov|dec|déc)[a-zéû]*\\.?";
const DATE_OR_TIME_LIKE = new RegExp(
  `^\\s*(\\d{1,4}[-/.]\\d{1,2}([-/.]\\d{1,4})?|\\d{1,2}[-/.\\s]${MONTH}([-/.\\s]\\d{2,4})?|${MONTH}[-/.\\s]\\d{1,4}|\\d{1,2}:\\d{2}(:\\d{2})?(\\s*[ap]m)?)\\s*$`,
  "i",
);
const OTHER_VALUE = /^\s*(true|false|waar|onwaar|vrai|faux|#n\/a|#value!|#ref!|#div\/0!|#num!|#name\?|#null!)\s*$/i;

/** True for a text that Excel would not keep as text when written through `values`. */
export function needsQuotePrefix(text: string): boolean {
  return FORMULA_START.test(text) || NUMBER_LIKE.test(text) || DATE_OR_TIME_LIKE.test(text) || OTHER_VALUE.test(text);
}

/** A port value read from `values` and `valueTypes`. */
export function fromOfficeValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { code: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * True for a number format category that shows a number as a date or time:
 * "Date formats display date and time serial numbers as date values", and
 * "Time" likewise (Excel.NumberFormatCategory,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.numberformatcategory).
 */
export function isDateCategory(category: unknown): boolean {
  return category === "Date" || category === "Time";
}

/** A port content read from `formulas`. */
export function fromOfficeFormula(formula: unknown): CellContent {
  if (typeof formula === "string" && formula.startsWith("=")) return { formula };
  if (formula === "" || formula === null || formula === undefined) return null;
  if (typeof formula === "string" || typeof formula === "number" || typeof formula === "boolean") return formula;
  return String(formula);
}

/** What to put into a `values` or `formulas` array for a port content ("" empties a cell; null would skip it). */
export function toOfficeContent(content: CellContent): string | number | boolean {
  if (content === null) return "";
  if (typeof content === "string") return needsQuotePrefix(content) ? `'${content}` : content;
  if (typeof content === "number" || typeof content === "boolean") return content;
  if ("formula" in content) return content.formula.startsWith("=") ? content.formula : `=${content.formula}`;
  // An error value is written as the formula that gives it (=#N/A).
  return `=${content.code}`;
}

/** True when any cell of the rows needs `formulas` rather than `values`. */
export function hasFormula(rows: readonly (readonly CellContent[])[]): boolean {
  for (const row of rows) for (const cell of row) if (cell !== null && typeof cell === "object") return true;
  return false;
}

/** One area of an A1-style address: an optional (perhaps quoted) sheet name, "!", then a cell or a range, "$" signs allowed. */
const AREA = /(?:(?:'(?:[^']|'')*'|[^,'!]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;

/**
 * The blocks of a RangeAreas address, which "will contain the worksheet name
 * for each rectangular block of cells (e.g., "Sheet1!A1:B4, Sheet1!D1:D4")"
 * (RangeAreas.address, https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member).
 */
export function blocksOfAddress(sheet: string, text: string): Block[] {
  const column = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [...text.toUpperCase().matchAll(AREA)].map((m) => {
    const [first, last] = [{ row: Number(m[2]), column: column(m[1]) }, { row: Number(m[4] ?? m[2]), column: column(m[3] ?? m[1]) }];
    return { sheet, row: Math.min(first.row, last.row), column: Math.min(first.column, last.column), rows: Math.abs(last.row - first.row) + 1, columns: Math.abs(last.column - first.column) + 1 };
  });
}
