import { SheetPatch } from "../../../src/workbook/package/sheetPatch";
import { patchSheet } from "../../../src/workbook/package/sheetPatcher";
import { readSheet } from "../../../src/workbook/package/sheetReader";
import { prng } from "../../support/prng";
import { block, elements, expectKeptInOrder, isSubsequence, num, openSheet, saveAndReopen, topLevel, worksheet } from "./packageBuilder";

/**
 * What the product adds to an existing sheet besides cells: column widths,
 * conditional formats and list validations, each slotted into what the
 * analyst has, in the worksheet schema's order, and on a re-run only the
 * product's own earlier rules taken out.
 */

const SHEET = "Blad1";
const DATA = `<sheetData><row r="1">${num("A1", 1)}</row></sheetData>`;

/** CT_Worksheet's child order (ECMA-376 Part 1, 18.3.1.99), stated here apart from the module so a slip there fails here. */
const SCHEMA = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios",
  "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
  "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
  "webPublishItems", "tableParts", "extLst",
];
const expectSchemaOrder = (xml: string): void => {
  const ranks = topLevel(xml).map((name) => SCHEMA.indexOf(name));
  expect(ranks).not.toContain(-1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
};

/** An x14 data bar in extLst, as Excel 2010+ writes one: its priority counts too. */
const X14_DATA_BAR =
  '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings>' +
  '<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" priority="7" id="{00000000-0000-0000-0000-000000000001}">' +
  "<x14:dataBar/></x14:cfRule><xm:sqref>A1:A5</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>";

test("no new column where the analyst's <cols> already covers it; the others slotted in by number", async () => {
  const xml = worksheet(`<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="3" width="20" customWidth="1"/><col min="6" max="7" width="5" customWidth="1"/><col min="10" max="10" width="8" hidden="1"/></cols>${DATA}`);
  const workbook = await openSheet(xml);
  await workbook.readValues(block(SHEET, 1, 1));
  await workbook.setColumnWidths(SHEET, 2, [30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40]); // columns 2–12
  const { xml: copy } = await saveAndReopen(workbook);
  const cols = elements(copy, "col").map((c) => [Number(c.min), Number(c.max), Number(c.width)]);
  expect(cols).toEqual([[1, 3, 20], [4, 4, 32], [5, 5, 33], [6, 7, 5], [8, 8, 36], [9, 9, 37], [10, 10, 8], [11, 11, 39], [12, 12, 40]]);
  expect(copy.match(/<cols>/g)).toHaveLength(1);
  expect(isSubsequence(xml, copy)).toBe(true);
});

test("a sheet without <cols> gets one between sheetFormatPr and sheetData; widths set without reading the sheet still count", async () => {
  const xml = worksheet(`<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${DATA}`);
  const workbook = await openSheet(xml);
  await workbook.setColumnWidths(SHEET, 3, [12]);
  const { xml: copy } = await saveAndReopen(workbook);
  expect(copy).toContain('<sheetFormatPr defaultRowHeight="15"/><cols><col min="3" max="3" width="12" customWidth="1"/></cols><sheetData>');
});

test("the analyst's validations stay, the count covers ours too, and a re-run takes out only ours", async () => {
  const analysts = '<dataValidation type="whole" operator="between" allowBlank="1" sqref="A2:A20 C2:C20"><formula1>0</formula1><formula2>10</formula2></dataValidation>';
  const xml = worksheet(`${DATA}<dataValidations count="1">${analysts}</dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
  const workbook = await openSheet(xml);
  expect(await workbook.hasValidation(block(SHEET, 5, 3))).toBe(true);
  expect(await workbook.hasValidation(block(SHEET, 5, 2))).toBe(false);
  await workbook.setListValidation(block(SHEET, 2, 2, 19, 1), ["verantwoordelijk", 'met "aanhalingstekens"'], "Kies <een> waarde & ga door");
  expect(await workbook.hasValidation(block(SHEET, 5, 2))).toBe(true);
  const first = await saveAndReopen(workbook);
  expect(elements(first.xml, "dataValidations")).toEqual([{ count: "2" }]);
  expect(first.xml).toContain(analysts);
  expect(first.xml).toContain('error="Kies &lt;een&gt; waarde &amp; ga door" sqref="B2:B20"><formula1>"verantwoordelijk,met ""aanhalingstekens"""</formula1>');

  // The re-run: the product's rule over a longer column replaced, the analyst's untouched.
  await first.copy.setListValidation(block(SHEET, 2, 2, 29, 1), ["bijdragen"], "Kies");
  const second = await saveAndReopen(first.copy);
  expect(elements(second.xml, "dataValidation").map((v) => v.sqref)).toEqual(["A2:A20 C2:C20", "B2:B30"]);
  expect(elements(second.xml, "dataValidations")).toEqual([{ count: "2" }]);
  expect(second.xml).not.toContain("verantwoordelijk");

  // Taking out the only rule left no empty <dataValidations> (the schema wants one rule at least).
  const only = await openSheet(worksheet(`${DATA}<dataValidations count="1"><dataValidation type="list" sqref="B2:B5"><formula1>"x"</formula1></dataValidation></dataValidations>`));
  await only.removeValidation(block(SHEET, 1, 2, 10, 1));
  expect((await saveAndReopen(only)).xml).not.toContain("dataValidations");
});

test("the product's conditional formats come after the analyst's, numbered above the highest priority (x14 ones included); a re-run replaces only its own", async () => {
  const analysts = '<conditionalFormatting sqref="A1:A5"><cfRule type="cellIs" dxfId="0" priority="3" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>';
  const xml = worksheet(`${DATA}${analysts}${X14_DATA_BAR}`);
  const workbook = await openSheet(xml);
  await workbook.readValues(block(SHEET, 1, 1));
  const ours = [
    { block: block(SHEET, 2, 4, 10, 1), formula: '$D2="A1"', fill: "A6CEE3" },
    { block: block(SHEET, 2, 5, 10, 1), formula: "AND($E2<>\"\",E2>1)", fill: "B2DF8A", fontColor: "333333" },
  ];
  await workbook.addConditionalFormats(ours);
  const first = await saveAndReopen(workbook);
  expect(elements(first.xml, "conditionalFormatting").map((c) => c.sqref)).toEqual(["A1:A5", "D2:D11", "E2:E11"]);
  expect(elements(first.xml, "cfRule").map((r) => Number(r.priority))).toEqual([3, 8, 9, 7]); // the x14 rule (7) sits in extLst, after
  expect(first.xml).toContain("<formula>AND($E2&lt;&gt;\"\",E2&gt;1)</formula>");
  const dxfs = elements(first.xml, "cfRule").slice(1, 3).map((r) => Number(r.dxfId));
  expect(dxfs).toEqual([1, 2]); // appended after the one dxf of styles.xml
  expect(await first.copy.usedBlock(SHEET)).toEqual(block(SHEET, 1, 1));
  expectSchemaOrder(first.xml);

  await first.copy.readValues(block(SHEET, 1, 1));
  await first.copy.removeConditionalFormats(block(SHEET, 1, 4, 20, 2));
  await first.copy.addConditionalFormats([ours[0]]);
  const second = await saveAndReopen(first.copy);
  expect(elements(second.xml, "conditionalFormatting").map((c) => c.sqref)).toEqual(["A1:A5", "D2:D11"]);
  expect(second.xml).toContain(analysts);
  expect(second.xml).toContain(X14_DATA_BAR);
});

const TRAILING: Record<string, string> = {
  autoFilter: '<autoFilter ref="A1:C10"/>',
  mergeCells: '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>',
  hyperlinks: '<hyperlinks><hyperlink ref="A1" r:id="rId9"/></hyperlinks>',
  pageMargins: '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  drawing: '<drawing r:id="rId1"/>',
  tableParts: '<tableParts count="1"><tablePart r:id="rId2"/></tableParts>',
  extLst: X14_DATA_BAR,
};

test.each(Object.keys(TRAILING))("with only %s after sheetData, what the product adds is in schema order", async (element) => {
  const xml = worksheet(`<dimension ref="A1"/>${DATA}${TRAILING[element]}`);
  const workbook = await openSheet(xml);
  await workbook.write(block(SHEET, 1, 2, 2, 1), [["x"], ["y"]]);
  await workbook.setColumnWidths(SHEET, 2, [15]);
  await workbook.addConditionalFormats([{ block: block(SHEET, 2, 2), formula: "B2=1", fill: "FF0000" }]);
  await workbook.setListValidation(block(SHEET, 2, 2), ["a"], "m");
  const { xml: copy } = await saveAndReopen(workbook);
  expectSchemaOrder(copy);
  expect(topLevel(copy)).toContain(element);
  expect(copy).toContain(TRAILING[element]);
});

test("in a sheet with every kind of element, the additions go where the schema puts them and the rest stays as it was", async () => {
  const xml = worksheet(
    '<sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:C10"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
      `${DATA}<sheetProtection sheet="1" objects="1"/><autoFilter ref="A1:C10"/><mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>` +
      '<conditionalFormatting sqref="A2:A10"><cfRule type="duplicateValues" dxfId="0" priority="1"/></conditionalFormatting>' +
      '<hyperlinks><hyperlink ref="A1" location="Blad1!A5"/></hyperlinks><printOptions gridLines="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<pageSetup orientation="landscape"/><headerFooter><oddHeader>&amp;A</oddHeader></headerFooter><drawing r:id="rId1"/><legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts>' +
      X14_DATA_BAR,
  );
  const workbook = await openSheet(xml);
  await workbook.write(block(SHEET, 1, 4, 10, 1), Array.from({ length: 10 }, (_, i) => [i]));
  await workbook.setColumnWidths(SHEET, 4, [15]);
  await workbook.addConditionalFormats([{ block: block(SHEET, 2, 4, 9, 1), formula: "D2=1", fill: "FF0000" }]);
  await workbook.setListValidation(block(SHEET, 2, 4, 9, 1), ["a"], "m");
  const { xml: copy } = await saveAndReopen(workbook);
  expectSchemaOrder(copy);
  expect(topLevel(copy)).toEqual([
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetProtection", "autoFilter", "mergeCells", "conditionalFormatting",
    "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "drawing", "legacyDrawing", "tableParts", "extLst",
  ]);
  expect(elements(copy, "cfRule").map((r) => r.priority)).toEqual(["1", "8", "7"]);
  // Changed: the dimension and row 1's end; insertions before <sheetData>, </sheetData> and <hyperlinks>.
  expectKeptInOrder(xml, copy, [/<dimension [^>]*>/, /<\/row>/, /(?=<sheetData>)/, /(?=<\/sheetData>)/, /(?=<hyperlinks>)/]);
});

test("the patched part is right, and the same whatever the chunks the inflater hands over", async () => {
  // Markup a tag scanner could mistake for tags: a comment and a CDATA section holding "</row>" and "<c", inside rows.
  const xml = worksheet(
    `<dimension ref="A1:B3"/><cols><col min="1" max="1" width="9"/></cols><sheetData>\r\n<row r="1" spans="1:2">${num("A1", 1)}<c r="B1" t="inlineStr"><is><t>émoji 😀 &amp; &lt;tekst&gt;</t></is></c></row>\r\n` +
      '<row><c><v>2</v></c><c/><!-- </row> <c r="Z2"><v>9</v></c> --><c><v>3</v></c></row>' +
      '<row r="3"><c r="B3" t="inlineStr"><is><t><![CDATA[a</t></c></row><c r="C3">b]]></t></is></c></row><!-- <row r="9"> -->' +
      '<row r="5"><c r="A5"><f>SUM(A1:A2)</f><v>3</v></c></row></sheetData>' +
      '<conditionalFormatting sqref="F2:F5"><cfRule type="expression" dxfId="0" priority="2"><formula>F2&gt;1</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" sqref="F2:F5"><formula1>"a,b"</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  const patch = new SheetPatch();
  patch.write(block(SHEET, 1, 4, 6, 3), Array.from({ length: 6 }, (_, r) => ["t" + r, r === 2 ? null : r, r % 2 === 0]));
  patch.write(block(SHEET, 2, 2, 1, 1), [[null]]);
  patch.style(block(SHEET, 1, 4, 1, 3), () => 5);
  patch.widths.set(4, 11);
  patch.removeConditionalFormats(block(SHEET, 1, 6, 10, 1));
  patch.removeValidation(block(SHEET, 1, 6, 10, 1));
  patch.conditionalFormats.push({ block: block(SHEET, 2, 4, 5, 1), formula: "D2>0", dxf: 1 });
  patch.validations.push({ block: block(SHEET, 2, 5, 5, 1), items: ["x", "y"], message: "m" });
  const part = "xl/worksheets/sheet1.xml";
  const read = (text: string) => readSheet(pieces([text]), { part, sharedStrings: [], date1904: false });
  const { facts } = await read(xml);
  const whole = (await collect(patchSheet(pieces([xml]), patch, facts, SHEET, part))).join("");

  const { cells } = await read(whole);
  const values = Array.from({ length: 6 }, (_, r) => Array.from({ length: 6 }, (_, c) => cells.get(r + 1, c + 1)));
  expect(values).toEqual([
    [1, "émoji 😀 & <tekst>", null, "t0", 0, true],
    [2, null, 3, "t1", 1, false],
    [null, "a</t></c></row><c r=\"C3\">b", null, "t2", null, true],
    [null, null, null, "t3", 3, false],
    ["=SUM(A1:A2)", null, null, "t4", 4, true],
    [null, null, null, "t5", 5, false],
  ].map((row, r) => (r === 4 ? [3, ...row.slice(1)] : row)));
  expect(whole).toContain("<!-- </row> <c r=\"Z2\"><v>9</v></c> -->");
  expect(topLevel(whole)).toEqual(["dimension", "cols", "sheetData", "conditionalFormatting", "dataValidations", "pageMargins"]);

  const random = prng(20261129);
  for (let run = 0; run < 40; run++) {
    const max = run < 5 ? run + 1 : 1 + Math.floor(random() * 64);
    const chunks: string[] = [];
    for (let at = 0; at < xml.length; ) {
      const size = 1 + Math.floor(random() * max);
      chunks.push(xml.slice(at, at + size));
      at += size;
    }
    expect((await collect(patchSheet(pieces(chunks), patch, facts, SHEET, part))).join("")).toBe(whole);
  }
});

async function* pieces(chunks: readonly string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk;
}

/** The patcher's output as one list of strings (it yields text or batches of text). */
async function collect(source: AsyncIterable<string | string[]>): Promise<string[]> {
  const out: string[] = [];
  for await (const piece of source) out.push(...(typeof piece === "string" ? [piece] : piece));
  return out;
}
