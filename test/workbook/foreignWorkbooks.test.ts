import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { evaluateWorkbook } from "../../src/usecases/evaluateWorkbook";
import { FIELD_OFFSETS } from "../../src/usecases/resultColumns";
import { Writable } from "stream";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { convert } from "../support/libreOffice";

/**
 * Workbooks the product did not write: an openpyxl file with an Excel table
 * and comments (absolute part names, which ExcelJS 4.4 cannot even load:
 * exceljs #1468, #2797) and a file saved by LibreOffice. Both are evaluated
 * through the package adapter, and the copy, read back by ExcelJS (another
 * reader than the writer), keeps the table, the comments, the formula and
 * the analyst's values.
 */
jest.setTimeout(240_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "foreign-"));

function openpyxlInventory(): string {
  const file = path.join(dir, "openpyxl.xlsx");
  execFileSync("/usr/bin/python3", [path.join(__dirname, "makeForeignWorkbook.py"), file], { stdio: "pipe" });
  return file;
}

async function evaluateFile(file: string): Promise<ExcelJS.Workbook> {
  const workbook = await PackageWorkbook.open(fs.readFileSync(file));
  await evaluateWorkbook(workbook, { language: "nl", now: new Date("2026-11-28T12:00:00Z") });
  const out = path.join(dir, `evaluated-${path.basename(file)}`);
  await workbook.save(Writable.toWeb(fs.createWriteStream(out)) as WritableStream<Uint8Array>);
  const reloaded = new ExcelJS.Workbook();
  await reloaded.xlsx.readFile(await normalised(out));
  return reloaded;
}

/** The copy re-saved by LibreOffice, so ExcelJS (which cannot load openpyxl's absolute part names) can read it back. */
async function normalised(file: string): Promise<string> {
  return convert(file, "xlsx:Calc MS Excel 2007 XML", fs.mkdtempSync(path.join(dir, "back-")));
}

const classes = (sheet: ExcelJS.Worksheet, first: number) => [2, 3, 4, 5].map((r) => sheet.getRow(r).getCell(first + FIELD_OFFSETS[0]).value);

test("an openpyxl inventory with a table and comments is evaluated, and keeps them", async () => {
  const evaluated = await evaluateFile(openpyxlInventory());
  const sheet = evaluated.getWorksheet("Posten")!;
  expect(classes(sheet, 9)).toEqual(["A1", "A3", "A3", "FOUT"]);
  expect(sheet.getCell("C3").value).toBe("1 200");
  expect(sheet.getCell("H2").value).toMatchObject({ formula: "G2*1000" });
  const tables = sheet.getTables() as unknown as { table: { name: string } }[];
  expect(tables.map((t) => t.table.name)).toEqual(["Posten"]);
  const note = sheet.getCell("B2").note;
  const noteText = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
  expect(noteText).toContain("Nakijken met de directie");
});

test("an inventory saved by LibreOffice is evaluated", async () => {
  const source = new ExcelJS.Workbook();
  const sheet = source.addWorksheet("Posten");
  sheet.addRows([["Post-ID", "Personeel", "Coördinatie", "Advies", "Rol"], ["P1", 150, 1, "dienst", null], ["P2", 1500, 4, 2, "verantwoordelijk"]]);
  const original = path.join(fs.mkdtempSync(path.join(dir, "src-")), "libreoffice.xlsx");
  await source.xlsx.writeFile(original);
  const saved = convert(original, "xlsx:Calc MS Excel 2007 XML", fs.mkdtempSync(path.join(dir, "lo-")));
  const evaluated = await evaluateFile(saved);
  const posts = evaluated.getWorksheet("Posten")!;
  expect([2, 3].map((r) => posts.getRow(r).getCell(6).value)).toEqual(["A1", "A4"]);
  expect(posts.getCell("C1").value).toBe("Coördinatie");
});
