import type ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { csvCellValue, decodeCsv, parseCsv } from "../../src/workbook/csvInventory";
import { RESULT_WIDTH, type ResultField, fieldColumn, resultHeaders } from "../../src/usecases/resultColumns";
import { CLI_TIMEOUT, SAMPLE_CSV, SAMPLE_XLSX, cellsOf, columnValues, readWorkbook, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

jest.setTimeout(4 * CLI_TIMEOUT);

const SHEET = "Inventaris";
const HEADER_ROW = 3;
const FIRST_ROW = 4;
const LAST_ROW = 63;
/** First result column: after the sample's 16 columns (A–P). */
const RESULTS = 17;
const FIELD = (name: ResultField) => fieldColumn(RESULTS, name);
const BAD_ROWS = [18, 27, 32, 56, 62];
const BLANK_ROW = 41;
const DATA_ROWS = Array.from({ length: LAST_ROW - FIRST_ROW + 1 }, (_, i) => FIRST_ROW + i);

let folder: string;
let input: ExcelJS.Workbook;
let output: ExcelJS.Workbook;
let rerun: ExcelJS.Workbook;
let fromCsv: ExcelJS.Workbook;
let french: ExcelJS.Workbook;

beforeAll(async () => {
  requireBuiltCli();
  folder = tempFolder();
  const out = (name: string) => join(folder, name);
  const runs = await Promise.all([
    runCli(["evaluate", SAMPLE_XLSX, "-o", out("sample.xlsx"), "--lang", "nl"]),
    runCli(["evaluate", SAMPLE_CSV, "-o", out("from-csv.xlsx"), "--lang", "nl"]),
    runCli(["evaluate", SAMPLE_XLSX, "-o", out("frans.xlsx"), "--lang", "fr"]),
  ]);
  expect(runs.map((r) => r.code)).toEqual([1, 1, 1]);
  const again = await runCli(["evaluate", out("sample.xlsx"), "-o", out("again.xlsx"), "--force", "--lang", "nl"]);
  expect(again.code).toBe(1);
  [input, output, rerun, fromCsv, french] = await Promise.all(
    [SAMPLE_XLSX, out("sample.xlsx"), out("again.xlsx"), out("from-csv.xlsx"), out("frans.xlsx")].map(readWorkbook),
  );
});

const sheetOf = (workbook: ExcelJS.Workbook, name = SHEET): ExcelJS.Worksheet => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
const cell = (sheet: ExcelJS.Worksheet, row: number, column: number) => sheet.getRow(row).getCell(column).value;

describe("the evaluated sample (.xlsx in, .xlsx out)", () => {
  it("heads the result columns after the inventory, in the chosen language", () => {
    const headers = columnValues(sheetOf(output), [HEADER_ROW], RESULTS, RESULTS + RESULT_WIDTH - 1)[0];
    expect(headers).toEqual(resultHeaders("nl"));
  });

  it("gives every valid row a class A1–A4, and every bad row the error and its cells", () => {
    const sheet = sheetOf(output);
    for (const row of DATA_ROWS) {
      const [klass, flags, rationale] = [cell(sheet, row, FIELD("class")), cell(sheet, row, FIELD("flags")), String(cell(sheet, row, FIELD("rationale")))];
      if (BAD_ROWS.includes(row)) {
        expect([row, klass, flags]).toEqual([row, "FOUT", "error"]);
        expect(rationale).toMatch(new RegExp(`^[K-P]${row} `));
      } else if (row === BLANK_ROW) {
        expect([row, klass]).toEqual([row, null]);
      } else {
        expect([row, klass]).toEqual([row, expect.stringMatching(/^A[1-4]$/)]);
        expect(rationale).toMatch(/^Beste passing A[1-4]/);
      }
    }
  });

  it("names each bad cell in its row's rationale", () => {
    const rationale = (row: number) => String(cell(sheetOf(output), row, FIELD("rationale")));
    expect(rationale(18)).toContain('L18 role (rol in de ondersteuning): "misschien"');
    expect(rationale(27)).toContain("K27 staff (ondersteund personeelsaantal) is leeg maar verplicht");
    expect(rationale(32)).toContain('K32 staff (ondersteund personeelsaantal): "12,5" heeft decimalen');
    expect(rationale(56)).toMatch(/N56 advice \(advies\): "A5".*P56 contacts \(contacten\): "netwerk"/);
    expect(rationale(62)).toContain('M62 scope (coördinatie): "veel"');
  });

  it("leaves every cell of the analyst's inventory as it was", () => {
    const before = cellsOf(sheetOf(input));
    const after = cellsOf(sheetOf(output));
    for (const [address, value] of before) expect([address, after.get(address)]).toEqual([address, value]);
    const added = [...after.keys()].filter((address) => !before.has(address));
    expect(added.every((address) => /^([Q-Z]|A[A-S])\d+$/.test(address))).toBe(true);
  });

  it("keeps the highlighting rules and adds the matrix, summary and log sheets", () => {
    expect(output.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining([SHEET, "Matrix A1-A4", "Overzicht", "Logboek"]));
    const rules = (sheetOf(output) as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(rules.length).toBeGreaterThanOrEqual(25);
  });

  it("gives the same result columns when run again on its own output", () => {
    const results = (workbook: ExcelJS.Workbook) => columnValues(sheetOf(workbook), [HEADER_ROW, ...DATA_ROWS], RESULTS, RESULTS + RESULT_WIDTH - 1);
    expect(results(rerun)).toEqual(results(output));
    expect(cellsOf(sheetOf(rerun))).toEqual(cellsOf(sheetOf(output)));
    expect(rerun.worksheets.map((s) => s.name)).toEqual(output.worksheets.map((s) => s.name));
  });
});

describe("the evaluated sample (.csv in, .xlsx out)", () => {
  const csvSheet = () => fromCsv.worksheets[0];

  it("holds the CSV's records as cells, integers as numbers and every other field as its text", () => {
    const { records } = parseCsv(decodeCsv(readFileSync(SAMPLE_CSV)));
    const sheet = csvSheet();
    records.forEach((record, r) =>
      record.forEach((field, c) => expect([r + 1, c + 1, cell(sheet, r + 1, c + 1)]).toEqual([r + 1, c + 1, csvCellValue(field)])),
    );
    expect(cell(sheet, 4, 9)).toBe(1); // VTE "1"
    expect(cell(sheet, 6, 9)).toBe("0,8"); // VTE "0,8": a decimal stays text
    expect(cell(sheet, 4, 11)).toBe("1 880");
  });

  it("gives the same result columns as the .xlsx sample", () => {
    const results = (sheet: ExcelJS.Worksheet) => columnValues(sheet, [HEADER_ROW, ...DATA_ROWS], RESULTS, RESULTS + RESULT_WIDTH - 1);
    expect(results(csvSheet())).toEqual(results(sheetOf(output)));
  });
});

describe("--lang fr", () => {
  it("writes French headers, error texts and sheet names", () => {
    const sheet = sheetOf(french);
    expect(columnValues(sheet, [HEADER_ROW], RESULTS, RESULTS + RESULT_WIDTH - 1)[0]).toEqual(resultHeaders("fr"));
    expect(cell(sheet, HEADER_ROW, RESULTS)).toBe("Classe indicative");
    expect(cell(sheet, 32, FIELD("class"))).toBe("ERREUR");
    expect(String(cell(sheet, 32, FIELD("rationale")))).toMatch(/^K32 staff \(effectif soutenu\)/);
    expect(french.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Matrice A1-A4", "Synthèse", "Journal"]));
  });
});
