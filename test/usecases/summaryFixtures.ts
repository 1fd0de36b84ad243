/**
 * A small Dutch inventory evaluated for real (mapInventory + evaluateInventory
 * in memory) and helpers to read the summary sheet back, for summary.test.ts.
 */
import ExcelJS from "exceljs";
import type { Language } from "../../src/domain";
import { evaluateInventory } from "../../src/usecases/evaluateInventory";
import { mapInventory } from "../../src/usecases/mapInventory";
import { type Ownership, readOwnership } from "../../src/usecases/ownership";
import { SUMMARY_TEXT } from "../../src/usecases/summary/summaryText";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";

export const HEADERS = ["Post-ID", "Titel", "Huidige klasse", "Personeel", "Rol", "Coördinatie", "Advies", "Verbetering", "Contacten"];

/**
 * Row 2 onwards. Indicative class, flags and what-if moves worked out by hand:
 * P01 A1 · P02 A2 (A3 when the lower threshold is 180) · P03 A3 (A2 at 220) ·
 * P04 A4 (A3, a tie, at 1100) · P05 A3 tie (A4 at 900) · P06 A2 boundary (A1 at 220) ·
 * P07 A2 spread · P08 A3 role unknown · P09 error · P10 blank · P11 A1 tie, role unknown.
 */
export const POSTS: (string | number | null)[][] = [
  ["P01", "Assistent", "A1", 150, "bijdragen", 1, 1, 1, 1],
  ["P02", "Coördinator", "A2", 190, "verantwoordelijk", 2, 2, null, null],
  ["P03", "Coördinator", "a3", 210, "verantwoordelijk", 2, 2, null, null],
  ["P04", "Directeur staf", "A4", 1050, "verantwoordelijk", 4, 2, null, null],
  ["P05", "Stafmedewerker", 3, 950, "verantwoordelijk", 4, 2, null, null],
  ["P06", "Secretaris", "A1", 200, "bijdragen", 2, 1, null, null],
  ["P07", "Adviseur", "B1", 150, "verantwoordelijk", 4, 1, 1, 1],
  ["P08", "Adviseur", null, 500, null, 3, 2, null, null],
  ["P09", "Adviseur", "A1", "veel", null, 1, 1, null, null],
  ["P10", "Vacature", null, null, null, null, null, null, null],
  ["P11", "Assistent", "A2", 5000, null, 1, 1, null, null],
];

export const NONE: Ownership = { sheets: {}, results: {} };

export async function evaluated(language: Language, headers = HEADERS, posts = POSTS) {
  const workbook = new ExcelJS.Workbook();
  const inventory = workbook.addWorksheet("Inventaris");
  inventory.addRow(headers);
  for (const post of posts) inventory.addRow(post);
  const port = new ExcelJsWorkbook(workbook);
  const mapping = await mapInventory(port, NONE, { language });
  const report = await evaluateInventory(port, mapping, await readOwnership(port), language);
  return { workbook, port, report };
}

export async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return copy;
}

export type Value = string | number | null;
export const valueOf = (cell: ExcelJS.Cell): Value => {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number") return v;
  throw new Error(`${cell.address} holds a ${typeof v}: ${JSON.stringify(v)}`);
};

/** The row holding `title` in column A. */
export function rowOf(sheet: ExcelJS.Worksheet, title: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === title) return r;
  throw new Error(`no row titled "${title}"`);
}

/** `rows` × `columns` values starting at (row, 1). */
export function read(sheet: ExcelJS.Worksheet, row: number, rows: number, columns: number): Value[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => valueOf(sheet.getCell(row + r, c + 1))));
}

/** The body of the table whose section title is `title` (header row right below the title). */
export function table(sheet: ExcelJS.Worksheet, title: string, rows: number, columns: number): { header: Value[]; body: Value[][] } {
  const at = rowOf(sheet, title);
  return { header: read(sheet, at + 1, 1, columns)[0], body: read(sheet, at + 2, rows, columns) };
}

export const nl = SUMMARY_TEXT.nl;
