/**
 * Writes a generated post inventory as .xlsx with ExcelJS's streaming writer
 * (inline strings, no styles; the rows of inventoryRows), for the tests and
 * the browser-mode benchmark. The batch benchmark writes Excel-style
 * packages instead (excelStyleInventory.ts).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import { finished } from "stream/promises";
import { INVENTORY_HEADERS, inventoryRows } from "./inventoryRows";

/** Writes `rows` posts (plus the header row) to `path`. */
export async function writeInventory(path: string, rows: number, seed = 42): Promise<void> {
  const file = fs.createWriteStream(path);
  const flushed = finished(file);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useSharedStrings: false, useStyles: false });
  const sheet = writer.addWorksheet("Inventaris");
  sheet.addRow(INVENTORY_HEADERS).commit();
  for (const row of inventoryRows(rows, seed)) sheet.addRow(row as ExcelJS.CellValue[]).commit();
  sheet.commit();
  await writer.commit();
  await flushed;
}
