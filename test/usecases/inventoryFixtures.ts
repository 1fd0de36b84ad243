import ExcelJS from "exceljs";
import { Stop } from "../../src/usecases/stop";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";

/** A small Dutch inventory in a fresh in-memory workbook. */
export function dutchInventory(rows: unknown[][], headers = ["Post-ID", "Titel", "Personeel", "Coördinatie", "Advies", "Rol", "Huidige klasse"]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Posten");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return { workbook, sheet, port: new ExcelJsWorkbook(workbook) };
}

/** Every cell value of every sheet, keyed "Sheet!A1", for before/after comparisons. */
export function snapshotCells(workbook: ExcelJS.Workbook, onlySheets?: readonly string[]): Map<string, string> {
  const cells = new Map<string, string>();
  for (const sheet of workbook.worksheets) {
    if (onlySheets && !onlySheets.includes(sheet.name)) continue;
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null && cell.value !== undefined) cells.set(`${sheet.name}!${cell.address}`, JSON.stringify(cell.value));
      }),
    );
  }
  return cells;
}

/** Reloads a workbook through an .xlsx buffer, as the batch tool's output is read later. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.load(buffer as ArrayBuffer);
  return reloaded;
}

/** ExcelJS keeps a sheet's conditional formats in a field its typings omit. */
export function conditionalFormatsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** The Stop a use case rejected with (fails the test when it resolved or threw anything else). */
export async function stopOf(promise: Promise<unknown>): Promise<Stop> {
  const outcome = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(Stop);
  return outcome as Stop;
}
