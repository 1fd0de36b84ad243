import type { CellContent, CellValue } from "../port";

/**
 * Cell contents between the port and office.js. Excel gives an empty cell as
 * "" and an error as its code (with value type "Error"); it reads a string
 * starting with "=" as a formula, so a text of that form keeps a quote prefix.
 */

/** A port value read from `values` and `valueTypes`. */
export function fromOfficeValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { code: String(value) };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
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
  if (typeof content === "string") return content.startsWith("=") ? `'${content}` : content;
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
