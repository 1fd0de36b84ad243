import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { csvInventory } from "../../../src/workbook/csvInventory";
import { type WorkbookEvaluation, evaluateWorkbook } from "../../../src/usecases/evaluateWorkbook";
import { FIELD_OFFSETS } from "../../../src/usecases/resultColumns";
import type { CellValue } from "../../../src/workbook/port";
import { PackageWorkbook } from "../../../src/workbook/package/PackageWorkbook";
import { convertAll } from "../../support/libreOffice";
import { block, buildPackage, elements, inline, num, saveCopy, usedValues, worksheet } from "./packageBuilder";
import { checkPackage, expectUntouchedEntries, rawEntries } from "./packageChecks";

/**
 * The copy read back: by the package adapter itself, by a second evaluation
 * (which must rewrite the product's own sheets in place and give the same
 * results), and by LibreOffice; and a CSV inventory's copy, which starts
 * from no package at all.
 */
jest.setTimeout(240_000);

const HEADERS = ["Post-ID", "Titel", "Personeel", "Coördinatie", "Advies", "Rol"];
const POSTS: CellValue[][] = [
  ["P1", "Assistent", 150, 1, "dienst", null],
  ["P2", "Adviseur", "1 200", "A3", "strategie", "verantwoordelijk"],
  ["P3", "Fout", "12,5", "veel", 1, null],
  ["P4", "Groot", 5000, 1, 1, null],
  [null, null, null, null, null, null],
  ["P6", "Grens", 200, 2, 1, "bijdragen"],
];
const ALLOWED = ["xl/worksheets/sheet2.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"];

/** The Dutch inventory on the second of three sheets, the headers shared strings, with the analyst's format, rule, dropdown and names. */
function inventoryPackage(): Promise<Uint8Array> {
  const cell = (value: CellValue, column: number, row: number): string => {
    const ref = `${String.fromCharCode(64 + column)}${row}`;
    if (value === null) return "";
    return typeof value === "number" ? num(ref, value) : inline(ref, String(value));
  };
  const header = HEADERS.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s" s="4"><v>${i}</v></c>`).join("");
  const rows = POSTS.map((post, r) => `<row r="${r + 2}">${post.map((v, c) => cell(v, c + 1, r + 2)).join("")}</row>`).join("");
  const posten = worksheet(
    '<dimension ref="A1:F7"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
      `<cols><col min="1" max="2" width="18" customWidth="1"/></cols><sheetData><row r="1">${header}</row>${rows}</sheetData>` +
      '<conditionalFormatting sqref="C2:C7"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>1000</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="F2:F7"><formula1>"verantwoordelijk,bijdragen"</formula1></dataValidation></dataValidations>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  return buildPackage({
    sheets: [
      { name: "Uitleg", xml: worksheet(`<sheetData><row r="1">${inline("A1", "Zie blad Posten")}</row></sheetData>`) },
      { name: "Posten", xml: posten },
      { name: "Archief", xml: worksheet(`<sheetData><row r="1">${num("A1", 2024)}</row></sheetData>`), state: "hidden" },
    ],
    sharedStrings: HEADERS.map((h) => `<t>${h}</t>`),
    workbookTail: '<definedNames><definedName name="Drempel">1000</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Posten!$A$1:$F$7</definedName></definedNames>',
    extraParts: {
      "docProps/custom.xml": '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>',
      "customXml/item1.xml": "<label>Vertrouwelijk</label>",
    },
    packageRelationships:
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>' +
      '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="customXml/item1.xml"/>',
  });
}

const NOW = new Date("2026-11-28T12:00:00Z");

async function evaluate(bytes: Uint8Array, now = NOW): Promise<{ evaluation: WorkbookEvaluation; copy: Uint8Array }> {
  const workbook = await PackageWorkbook.open(bytes);
  const evaluation = await evaluateWorkbook(workbook, { language: "nl", now });
  return { evaluation, copy: await saveCopy(workbook) };
}

/** The class column as the copy holds it, for the inventory's data rows. */
async function classes(copy: PackageWorkbook, evaluation: WorkbookEvaluation): Promise<CellValue[]> {
  const { report } = evaluation;
  return copy.readColumn(block("Posten", 2, report.column + FIELD_OFFSETS[0], POSTS.length, 1));
}

const expected = (evaluation: WorkbookEvaluation): CellValue[] =>
  Array.from({ length: POSTS.length }, (_, i) => {
    const post = evaluation.report.posts.find((p) => p.row === i + 2);
    return post === undefined ? null : post.assessment ? `A${post.assessment.level}` : "FOUT";
  });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "package-round-trip-"));
const forLibreOffice: Record<string, Uint8Array> = {};

test("the copy keeps every other part byte for byte, is consistent, and reads back the results the evaluation reported", async () => {
  const original = await inventoryPackage();
  const { evaluation, copy } = await evaluate(original);
  expect(evaluation.report).toMatchObject({ evaluated: 4, invalid: 1, blank: 1, column: 7 });
  expectUntouchedEntries(await rawEntries(original), await rawEntries(copy), ALLOWED);
  const parts = await checkPackage(copy);
  expect(elements(parts.get("xl/workbook.xml") ?? "", "sheet").map((s) => [s.name, s.state])).toEqual([
    ["Uitleg", undefined], ["Posten", undefined], ["Archief", "hidden"], ["Matrix A1-A4", undefined], ["Overzicht", undefined], ["Logboek", undefined], ["AssistLevel.state", "veryHidden"],
  ]);
  expect(parts.get("xl/workbook.xml")).toContain('<definedName name="Drempel">1000</definedName>');

  const reopened = await PackageWorkbook.open(copy);
  expect(await classes(reopened, evaluation)).toEqual(expected(evaluation));
  expect(await classes(reopened, evaluation)).toEqual(["A1", "A3", "FOUT", "A1", null, "A2"]);
  expect(await reopened.readValues(block("Posten", 1, 1, 7, 6))).toEqual([HEADERS, ...POSTS]);
  // The analyst's dropdown on Rol is kept, not doubled; the product's go on the other inputs.
  const sheet = parts.get("xl/worksheets/sheet2.xml") ?? "";
  expect(elements(sheet, "dataValidation").map((v) => v.sqref)).toEqual(["F2:F7", "D2:D7", "E2:E7"]);
  expect(elements(sheet, "cfRule")[0]).toMatchObject({ priority: "1", dxfId: "0" });
  forLibreOffice.first = copy;
});

test("a second evaluation of the copy rewrites the product's sheets in place and gives the same results", async () => {
  const first = await evaluate(await inventoryPackage());
  const second = await evaluate(first.copy, new Date("2026-11-29T12:00:00Z"));
  expect(second.evaluation.report.posts).toEqual(first.evaluation.report.posts);
  expect(second.evaluation.report.column).toBe(first.evaluation.report.column);

  const before = await checkPackage(first.copy);
  const after = await checkPackage(second.copy);
  const sheets = (parts: Map<string, string>) => elements(parts.get("xl/workbook.xml") ?? "", "sheet").map((s) => `${s.name}|${s.sheetId}|${s["r:id"]}`);
  expect(sheets(after)).toEqual(sheets(before));
  expect(after.get("xl/_rels/workbook.xml.rels")).toBe(before.get("xl/_rels/workbook.xml.rels"));
  // The summary's chart is drawn anew, the old drawing and chart gone with their content types.
  const charts = (parts: Map<string, string>) => [...parts.keys()].filter((name) => /^xl\/(drawings|charts)\//.test(name)).sort();
  expect(charts(before)).toEqual(["xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"]);
  expect(charts(after)).toHaveLength(3);
  expect(after.get("[Content_Types].xml")?.match(/drawingml\.chart\+xml/g)).toHaveLength(1);

  const copy = await PackageWorkbook.open(second.copy);
  expect(await classes(copy, second.evaluation)).toEqual(expected(first.evaluation));
  expect(await copy.readValues(block("Posten", 1, 1, 7, 6))).toEqual([HEADERS, ...POSTS]);
  expect((await usedValues(copy, "Logboek")).map((row) => row[0])).toEqual(["Datum (UTC)", "2026-11-28T12:00:00Z", "2026-11-29T12:00:00Z"]);
  // No rule or dropdown of the product twice on the inventory.
  const firstSheet = before.get("xl/worksheets/sheet2.xml") ?? "";
  const secondSheet = after.get("xl/worksheets/sheet2.xml") ?? "";
  for (const local of ["conditionalFormatting", "dataValidation", "col"]) expect(elements(secondSheet, local).map((e) => e.sqref ?? e.min)).toEqual(elements(firstSheet, local).map((e) => e.sqref ?? e.min));
  expectUntouchedEntries(await rawEntries(await inventoryPackage()), await rawEntries(second.copy), ALLOWED);
  forLibreOffice.second = second.copy;
});

test("a CSV inventory's copy is a valid package", async () => {
  const csv = new TextEncoder().encode(`${HEADERS.join(";")}\n${POSTS.map((p) => p.map((v) => v ?? "").join(";")).join("\n")}\n`);
  const workbook = await csvInventory(csv, "/data/inventaris posten.csv");
  const evaluation = await evaluateWorkbook(workbook, { language: "nl", now: NOW });
  const copy = await saveCopy(workbook);
  const parts = await checkPackage(copy);
  expect(elements(parts.get("xl/workbook.xml") ?? "", "sheet").map((s) => s.name)).toEqual(["inventaris posten", "Matrix A1-A4", "Overzicht", "Logboek", "AssistLevel.state"]);
  const reopened = await PackageWorkbook.open(copy);
  expect(await reopened.readColumn(block("inventaris posten", 2, evaluation.report.column, POSTS.length, 1))).toEqual(expected(evaluation));
  expect(await reopened.readValues(block("inventaris posten", 2, 3, 1, 1))).toEqual([[150]]);
  forLibreOffice.csv = copy;
});

test("LibreOffice opens the three copies (one start for all) and reads the results", async () => {
  const names = ["first", "second", "csv"];
  for (const name of names) expect(forLibreOffice[name]).toBeDefined();
  const files = names.map((name) => {
    const file = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(file, forLibreOffice[name]);
    return file;
  });
  const outputs = convertAll(files, "xlsx:Calc MS Excel 2007 XML", fs.mkdtempSync(path.join(dir, "out-")));
  expect(outputs.map((o) => o !== undefined)).toEqual([true, true, true]);
  for (const [i, output] of outputs.entries()) {
    const resaved = new ExcelJS.Workbook();
    await resaved.xlsx.readFile(output ?? "");
    const sheet = resaved.getWorksheet(i === 2 ? "inventaris posten" : "Posten");
    expect([2, 3, 4, 5, 6, 7].map((r) => sheet?.getCell(r, 7).value ?? null)).toEqual(["A1", "A3", "FOUT", "A1", null, "A2"]);
    expect(resaved.worksheets.map((w) => w.name)).toContain("Overzicht");
  }
});
