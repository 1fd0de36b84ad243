import { PackageWorkbook } from "../../../src/workbook/package/PackageWorkbook";
import { block, elements, inline, num, openSheet, packageParts, saveAndReopen, saveCopy, usedValues, worksheet, zipParts } from "./packageBuilder";
import { checkPackage, expectUntouchedEntries, rawEntries } from "./packageChecks";

/**
 * The port's other operations on the package: values written to an existing
 * sheet read back before the copy is saved, cleared cells keep their format,
 * the product's own sheets are added, hidden, cleared and written anew (with
 * a real chart part), the analyst's sheets keep their views, and an .xlsm
 * keeps its macros.
 */

const SHEET = "Blad1";
const DATA = `<sheetData><row r="1">${inline("A1", "Post")}${num("B1", 1)}<c r="C1" s="4"><v>7</v></c></row></sheetData>`;

test("what the product writes on an existing sheet reads back before the copy is saved: values, formulas and cleared cells", async () => {
  const workbook = await openSheet(worksheet(DATA));
  await workbook.write(block(SHEET, 2, 1, 1, 3), [["x", { formula: "B1*2" }, true]]);
  expect(await workbook.readValues(block(SHEET, 2, 1, 1, 3))).toEqual([["x", "=B1*2", true]]);
  expect(await workbook.readFormulas(block(SHEET, 1, 2, 2, 2))).toEqual([[1, 7], [{ formula: "=B1*2" }, true]]);
  expect(await workbook.usedBlock(SHEET)).toEqual(block(SHEET, 1, 1, 2, 3));
  await workbook.clearContents(block(SHEET, 1, 3, 2, 1));
  expect(await workbook.readColumn(block(SHEET, 1, 3, 2, 1))).toEqual([null, null]);
  expect(await workbook.filledCells(block(SHEET, 1, 1, 2, 3), 10)).toEqual(["A1", "B1", "A2", "B2"]);

  const { xml, copy } = await saveAndReopen(workbook);
  expect(await copy.readValues(block(SHEET, 1, 1, 2, 3))).toEqual([["Post", 1, null], ["x", "=B1*2", null]]);
  expect(xml).toContain('<c r="C1" s="4"/>'); // cleared, its format kept
  expect(xml).toContain('<c r="B2"><f>B1*2</f></c>'); // no cached value: the spreadsheet computes it
});

test("the product's own sheets: added once (any case), hidden, cleared and written anew in the same part", async () => {
  const workbook = await openSheet(worksheet(DATA));
  expect(await workbook.addSheet("Overzicht")).toBe(true);
  expect(await workbook.addSheet("OVERZICHT")).toBe(false);
  expect(await workbook.addSheet("blad1")).toBe(false);
  await expect(workbook.addSheet("a/b")).rejects.toThrow("is not a sheet name Excel accepts");
  expect(await workbook.addSheet("AssistLevel.state")).toBe(true);
  await workbook.write(block("Overzicht", 1, 1, 3, 2), [["Klasse", "Posten"], ["A1", 3], ["A2", 5]]);
  await workbook.style(block("Overzicht", 1, 1, 1, 2), { bold: true, fill: "D9D9D9" });
  await workbook.setColumnWidths("Overzicht", 1, [20, 12]);
  await workbook.setRowHeights("Overzicht", 1, [30]);
  await workbook.freeze("Overzicht", 1, 0);
  expect(await workbook.addColumnChart("Overzicht", block("Overzicht", 1, 1, 3, 2), "Posten per klasse", block("Overzicht", 1, 4, 10, 5))).toBe(true);
  expect(await workbook.addColumnChart(SHEET, block(SHEET, 1, 1, 3, 2), "niet hier", block(SHEET, 1, 4, 10, 5))).toBe(false);
  await workbook.write(block("AssistLevel.state", 1, 1, 1, 2), [["key", "value"]]);
  await workbook.setSheetHidden("AssistLevel.state", true);
  const first = await saveCopy(workbook);
  const parts = await checkPackage(first);
  expect(elements(parts.get("xl/workbook.xml") ?? "", "sheet").map((s) => [s.name, s.sheetId, s.state])).toEqual([
    ["Blad1", "1", undefined],
    ["Overzicht", "2", undefined],
    ["AssistLevel.state", "3", "veryHidden"],
  ]);
  const summary = parts.get("xl/worksheets/sheet2.xml") ?? "";
  expect(summary).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  expect(summary).toContain('<row r="1" ht="30" customHeight="1">');
  expect(summary).toMatch(/<drawing r:id="rId1"\/>/);
  expect([...parts.keys()].filter((name) => /drawing|chart|_rels\/sheet/.test(name)).sort()).toEqual(["xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml", "xl/worksheets/_rels/sheet2.xml.rels"]);

  // A re-run: the summary cleared and written without a chart, the state sheet shown again.
  const again = await PackageWorkbook.open(first);
  expect(await usedValues(again, "Overzicht")).toEqual([["Klasse", "Posten"], ["A1", 3], ["A2", 5]]);
  await again.clearSheet("Overzicht");
  expect(await again.usedBlock("Overzicht")).toBeNull();
  await again.write(block("Overzicht", 1, 1), [["leeg"]]);
  await again.setSheetHidden("AssistLevel.state", false);
  const second = await saveCopy(again);
  const after = await checkPackage(second);
  expect(elements(after.get("xl/workbook.xml") ?? "", "sheet").map((s) => [s.name, s["r:id"], s.state])).toEqual([
    ["Blad1", "rId1", undefined],
    ["Overzicht", elements(parts.get("xl/workbook.xml") ?? "", "sheet")[1]["r:id"], undefined],
    ["AssistLevel.state", elements(parts.get("xl/workbook.xml") ?? "", "sheet")[2]["r:id"], "visible"],
  ]);
  expect([...after.keys()].filter((name) => /drawing|chart|_rels\/sheet/.test(name))).toEqual([]);
  expect(after.get("[Content_Types].xml")).not.toMatch(/drawing|chart/);
  expect(await usedValues(await PackageWorkbook.open(second), "Overzicht")).toEqual([["leeg"]]);
});

test("an existing sheet keeps its views and row heights: freeze and heights are for the product's own sheets", async () => {
  const views = '<sheetViews><sheetView workbookViewId="0" zoomScale="120"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>';
  const xml = worksheet(`${views}<sheetData><row r="1" ht="40" customHeight="1">${inline("A1", "Post")}</row></sheetData>`);
  const workbook = await openSheet(xml);
  await workbook.readValues(block(SHEET, 1, 1));
  await workbook.freeze(SHEET, 1, 1);
  await workbook.setRowHeights(SHEET, 1, [15]);
  await workbook.write(block(SHEET, 1, 2), [["Klasse"]]);
  const { xml: copy } = await saveAndReopen(workbook);
  expect(copy).toContain(views);
  expect(copy).toContain('<row r="1" ht="40" customHeight="1">');
});

test("an .xlsm keeps its macros and its content type", async () => {
  const macro = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  const parts = packageParts({
    sheets: [{ name: SHEET, xml: worksheet(DATA) }],
    extraParts: { "xl/vbaProject.bin": "\u0001VBA-project stand-in\u0002" },
    overrides: { "xl/vbaProject.bin": "application/vnd.ms-office.vbaProject" },
    workbookRelationships: '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
  });
  parts.set("[Content_Types].xml", (parts.get("[Content_Types].xml") ?? "").replace(/(PartName="\/xl\/workbook\.xml" ContentType=")[^"]*/, `$1${macro}`));
  const original = await zipParts(parts);
  const workbook = await PackageWorkbook.open(original);
  expect(workbook.macroEnabled).toBe(true);
  expect((await openSheet(worksheet(DATA))).macroEnabled).toBe(false);
  await workbook.write(block(SHEET, 1, 4), [["Klasse"]]);
  const copy = await saveCopy(workbook);
  expectUntouchedEntries(await rawEntries(original), await rawEntries(copy), ["xl/worksheets/sheet1.xml"]);
  expect((await PackageWorkbook.open(copy)).macroEnabled).toBe(true);
  await checkPackage(copy);
});
