import ExcelJS from "exceljs";
import * as fs from "fs";
import { repairPackage } from "./packageRepair";

/** Reads an .xlsx file into memory (packages from other tools repaired first: see repairPackage). */
export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await repairPackage(await fs.promises.readFile(path));
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Writes a workbook to an .xlsx file. */
export async function writeXlsx(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await workbook.xlsx.writeFile(path);
}
