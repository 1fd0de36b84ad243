import type { EvaluationReport } from "../usecases/evaluateInventory";
import { RESULT_FIELDS, fieldColumn } from "../usecases/resultColumns";
import type { CellValue, WorkbookPort } from "../workbook/port";

/** Byte order mark: Excel opens a BOM-less CSV in the Windows code page and garbles "Coördinatie". */
const BOM = "\uFEFF";
const SEPARATOR = ";";
const LINE_END = "\r\n";

/** A text Excel would run as a formula (OWASP "CSV injection"): =, +, -, @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * One CSV field as Belgian Excel reads it. Texts that would start a formula
 * get a leading apostrophe, which Excel shows as plain text. Numbers are
 * written as numbers (decimal comma, as a `;` CSV implies) and never get an
 * apostrophe: a negative number the analyst typed is data, and a number
 * cell cannot hold a formula. Error cells are written as their code (#N/A).
 */
export function csvField(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = typeof value === "string" ? (FORMULA_START.test(value) ? `'${value}` : value) : value.code;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as a `;`-separated UTF-8 CSV with BOM and CRLF line ends, as Excel writes "CSV UTF-8" in Belgium. */
export function toCsv(rows: readonly (readonly CellValue[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(SEPARATOR) + LINE_END).join("");
}

/**
 * The evaluated inventory sheet as CSV: every row of the sheet (titles above
 * the header included), the analyst's columns, then the result fields in
 * RESULT_FIELDS order. The 20-cell descriptor strip is left out: its cells
 * are empty and only carry highlighting, which a CSV cannot hold.
 */
export async function inventoryCsv(port: WorkbookPort, report: EvaluationReport): Promise<string> {
  const sheet = report.mapping.sheet;
  const rows = (await port.usedBlock(sheet))?.rows ?? 0;
  if (rows === 0) return toCsv([]);
  const inventory = await port.readValues({ sheet, row: 1, column: 1, rows, columns: report.column - 1 });
  const fields = await Promise.all(
    RESULT_FIELDS.map((field) => port.readValues({ sheet, row: 1, column: fieldColumn(report.column, field), rows, columns: 1 })),
  );
  return toCsv(inventory.map((row, r) => [...row, ...fields.map((column) => column[r][0])]));
}
