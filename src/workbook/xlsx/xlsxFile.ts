import ExcelJS from "exceljs";

/** Reads an .xlsx file into memory. */
export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Writes a workbook to an .xlsx file. */
export async function writeXlsx(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await workbook.xlsx.writeFile(path);
}
