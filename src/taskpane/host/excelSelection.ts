import type { Block } from "../../workbook/port";

/**
 * What Excel has active, as listSources takes it: the selection and the table
 * it touches. A Ctrl+click selection has several areas, and getSelectedRange
 * throws on it ("If there are multiple ranges selected, this method will
 * throw an error", Workbook.getSelectedRange); getSelectedRanges (ExcelApi
 * 1.9) takes any selection, and its first area stands for it: the pane offers
 * one source, and a table touched by that area is what the analyst points at.
 */
export async function activeHint(context: Excel.RequestContext): Promise<{ activeTable?: string; selection?: Block }> {
  const range = context.workbook.getSelectedRanges().areas.getItemAt(0).load("rowIndex,columnIndex,rowCount,columnCount");
  const sheet = range.worksheet.load("name");
  const tables = range.getTables(false).load("items/name");
  await context.sync();
  const selection: Block = { sheet: sheet.name, row: range.rowIndex + 1, column: range.columnIndex + 1, rows: range.rowCount, columns: range.columnCount };
  return tables.items.length === 0 ? { selection } : { activeTable: tables.items[0].name, selection };
}

/** The first row of a selection's address ("B5", "B5:D9", "5:7"), or null for a whole column ("B:B"). */
export function firstRowOf(address: string): number | null {
  const match = /^(?:[^!]*!)?\$?[A-Za-z]{0,3}\$?(\d+)/.exec(address);
  return match ? Number(match[1]) : null;
}
