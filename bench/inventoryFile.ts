/**
 * Writes a generated post inventory as .xlsx with ExcelJS's streaming writer
 * (Dutch headers, 12 columns, the same mixed spellings as generatePosts), so
 * the batch benchmark has files of any size up to Excel's 1,048,576 rows.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import { finished } from "stream/promises";
import { generatePosts, prng } from "./generatePosts";

export const INVENTORY_HEADERS = [
  "Post-ID", "Entiteit", "Functietitel", "Functiecode", "Huidige klasse", "VTE",
  "Personeel", "Rol", "Coördinatie", "Advies", "Verbetering", "Contacten",
];

const TITLES = ["Managementassistent", "Attaché coördinatie", "Adviseur beleidsondersteuning", "Directieassistent"];
const ENTITIES = ["DG Digitale Diensten", "DG Personeel", "Stafdienst Budget", "DG Ondersteuning"];

/** Writes `rows` posts (plus the header row) to `path`. */
export async function writeInventory(path: string, rows: number, seed = 42): Promise<void> {
  const posts = generatePosts(rows, seed);
  const random = prng(seed + 1);
  const file = fs.createWriteStream(path);
  const flushed = finished(file);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useSharedStrings: false, useStyles: false });
  const sheet = writer.addWorksheet("Inventaris");
  sheet.addRow(INVENTORY_HEADERS).commit();
  for (let i = 0; i < rows; i++) {
    sheet
      .addRow([
        `P-${String(i + 1).padStart(7, "0")}`,
        ENTITIES[i % ENTITIES.length],
        TITLES[Math.floor(random() * TITLES.length)],
        `OMA-${100 + (i % 400)}`,
        `A${1 + Math.floor(random() * 4)}`,
        random() < 0.8 ? 1 : 0.5,
        posts.staff[i] as ExcelJS.CellValue,
        posts.role[i] as ExcelJS.CellValue,
        posts.scope[i] as ExcelJS.CellValue,
        posts.advice[i] as ExcelJS.CellValue,
        posts.improvement[i] as ExcelJS.CellValue,
        posts.contacts[i] as ExcelJS.CellValue,
      ])
      .commit();
  }
  sheet.commit();
  await writer.commit();
  await flushed;
}
