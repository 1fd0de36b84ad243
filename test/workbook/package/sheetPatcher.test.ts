import { block, elements, expectKeptInOrder, inline, isSubsequence, num, openSheet, saveAndReopen, usedValues, worksheet } from "./packageBuilder";

/**
 * The inventory sheet's part as the copy writes it, on hand-written sheet
 * XML: the product's cells go into the existing rows in column order, new
 * rows go between the existing ones in row order, cells and rows without a
 * reference keep their place, and every character of the original outside
 * the rows the product wrote to is still there, in order.
 */

const SHEET = "Blad1";

test("cells without a reference stay in their column when a cell is inserted before them or one before them is dropped", async () => {
  // Row 1: A1, then E1 with a reference, F1 and G1 counted from it. Row 2: A2, an empty B2, then C2 counted from it.
  const xml = worksheet(
    '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="E1" s="4"/><c><v>6</v></c><c/></row>' + '<row r="2"><c r="A2"><v>1</v></c><c/><c><v>3</v></c></row></sheetData>',
  );
  const workbook = await openSheet(xml);
  expect(await workbook.readValues(block(SHEET, 1, 1, 2, 7))).toEqual([
    [1, null, null, null, null, 6, null],
    [1, null, 3, null, null, null, null],
  ]);
  await workbook.write(block(SHEET, 1, 4, 1, 3), [["d", "e", "f"]]); // D1 is new, E1 styled, F1 written over
  await workbook.style(block(SHEET, 1, 7, 1, 1), { bold: true }); // G1: a format only
  await workbook.write(block(SHEET, 2, 2, 1, 1), [[null]]); // B2: blank and unformatted, so dropped
  const { xml: copyXml, copy } = await saveAndReopen(workbook);

  expect(await copy.readValues(block(SHEET, 1, 1, 2, 7))).toEqual([
    [1, null, null, "d", "e", "f", null],
    [1, null, 3, null, null, null, null],
  ]);
  const refs = elements(copyXml, "c").map((c) => c.r);
  expect(refs).toEqual(["A1", "D1", "E1", "F1", "G1", "A2", "C2"]);
  expect(elements(copyXml, "c").find((c) => c.r === "E1")?.s).toBe("4"); // the analyst's format stays where no style is given
  expect(elements(copyXml, "c").find((c) => c.r === "G1")?.s).toBeDefined();
});

test("rows without a reference keep their number when rows are added around them", async () => {
  const xml = worksheet(
    '<sheetData><row><c><v>11</v></c><c><v>12</v></c></row><row><c><v>21</v></c></row>' + `<row r="5">${num("A5", 51)}</row><row><c><v>61</v></c></row></sheetData>`,
  );
  const workbook = await openSheet(xml);
  expect(await usedValues(workbook, SHEET)).toEqual([[11, 12], [21, null], [null, null], [null, null], [51, null], [61, null]]);
  const written = Array.from({ length: 8 }, (_, i) => [`r${i + 1}`]);
  await workbook.write(block(SHEET, 1, 3, 8, 1), written);
  const { xml: copyXml, copy } = await saveAndReopen(workbook);

  const values = await copy.readValues(block(SHEET, 1, 1, 8, 3));
  expect(values.map((row) => row[0])).toEqual([11, 21, null, null, 51, 61, null, null]);
  expect(values.map((row) => row[2])).toEqual(written.map(([text]) => text));
  // Rows 1 and 2 come before any new row and stay as written; row 6 follows new rows, so it is numbered.
  expect(elements(copyXml, "row").map((r) => r.r)).toEqual([undefined, undefined, "3", "4", "5", "6", "7", "8"]);
  expect(copyXml).toContain('<row><c><v>11</v></c><c><v>12</v></c><c r="C1" t="inlineStr">');
});

test("an x:-prefixed sheet gets prefixed cells, rows, columns, formats and validations", async () => {
  const xml = worksheet(
    '<x:dimension ref="A1:B2"/><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Post</x:t></x:is></x:c></x:row></x:sheetData>' +
      '<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    "x",
  );
  const workbook = await openSheet(xml);
  expect(await usedValues(workbook, SHEET)).toEqual([["Post"]]);
  await workbook.write(block(SHEET, 1, 2, 3, 1), [["Klasse"], ["A1"], [2]]);
  await workbook.style(block(SHEET, 1, 2), { bold: true, fill: "D9D9D9" });
  await workbook.setColumnWidths(SHEET, 2, [14]);
  await workbook.addConditionalFormats([{ block: block(SHEET, 2, 2, 2, 1), formula: '$B2="A1"', fill: "A6CEE3" }]);
  await workbook.setListValidation(block(SHEET, 2, 1, 2, 1), ["a", "b"], "Kies");
  const { xml: copyXml, copy } = await saveAndReopen(workbook);

  const unprefixed = [...copyXml.matchAll(/<\/?([A-Za-z][\w.-]*)(?=[\s/>])/g)].map((m) => m[1]).filter((name) => !name.includes(":"));
  expect(unprefixed).toEqual([]);
  for (const local of ["cols", "col", "conditionalFormatting", "cfRule", "formula", "dataValidations", "dataValidation", "formula1", "row", "is", "t", "v"]) {
    expect(copyXml).toContain(`<x:${local}`);
  }
  expect(await usedValues(copy, SHEET)).toEqual([["Post", "Klasse"], [null, "A1"], [null, 2]]);
  expect(elements(copyXml, "dimension")[0].ref).toBe("A1:B3");
});

test("a self-closing row and a self-closing sheetData are opened to take cells", async () => {
  const first = await openSheet(worksheet(`<sheetData><row r="1" spans="1:1">${num("A1", 1)}</row><row r="2" spans="1:1" ht="30" customHeight="1"/><row r="3"/></sheetData>`));
  await first.readValues(block(SHEET, 1, 1));
  await first.write(block(SHEET, 2, 2, 1, 2), [["x", "y"]]);
  const one = await saveAndReopen(first);
  expect(one.xml).toContain('<row r="2" spans="1:3" ht="30" customHeight="1"><c r="B2" t="inlineStr"><is><t>x</t></is></c><c r="C2" t="inlineStr"><is><t>y</t></is></c></row><row r="3"/>');
  expect(await usedValues(one.copy, SHEET)).toEqual([[1, null, null], [null, "x", "y"]]);

  const empty = await openSheet(worksheet('<dimension ref="A1"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'));
  expect(await empty.usedBlock(SHEET)).toBeNull();
  await empty.write(block(SHEET, 2, 2, 2, 1), [[5], [true]]);
  const two = await saveAndReopen(empty);
  expect(two.xml).toContain('<dimension ref="A1:B3"/><sheetData><row r="2"><c r="B2"><v>5</v></c></row><row r="3"><c r="B3" t="b"><v>1</v></c></row></sheetData><pageMargins');
  expect(await usedValues(two.copy, SHEET)).toEqual([[null, null], [null, 5], [null, true]]);
});

test("a styled empty cell keeps its format under a result; a format given by the product replaces it", async () => {
  const workbook = await openSheet(worksheet(`<sheetData><row r="1">${num("A1", 1)}<c r="B1" s="4"/><c r="C1" s="4"/><c r="D1" s="4"><v>9</v></c></row></sheetData>`));
  await workbook.readValues(block(SHEET, 1, 1));
  await workbook.write(block(SHEET, 1, 2, 1, 2), [["kept", "restyled"]]);
  await workbook.style(block(SHEET, 1, 3), { italic: true });
  await workbook.write(block(SHEET, 1, 4), [[null]]); // a cleared value keeps its format
  const { xml } = await saveAndReopen(workbook);
  const cells = Object.fromEntries(elements(xml, "c").map((c) => [c.r, c]));
  expect(cells.B1.s).toBe("4");
  expect(cells.C1.s).not.toBe("4");
  expect(Number(cells.C1.s)).toBeGreaterThanOrEqual(5); // appended after the five formats of styles.xml
  expect(cells.D1).toEqual({ r: "D1", s: "4" });
  expect(xml).toContain('<c r="D1" s="4"/>');
});

test("an analyst's cell further right than the results stays after them, in column order", async () => {
  const xml = worksheet(`<dimension ref="A1:Z2"/><sheetData><row r="1" spans="1:26">${inline("A1", "Post")}${inline("Z1", "Notitie")}</row><row r="2" spans="1:26">${num("A2", 7)}${num("Z2", 8)}</row></sheetData>`);
  const workbook = await openSheet(xml);
  await workbook.write(block(SHEET, 1, 2, 2, 3), [["a", "b", "c"], [1, 2, 3]]);
  await workbook.write(block(SHEET, 1, 30, 1, 1), [["AD"]]); // past Z: after it
  const { xml: copyXml, copy } = await saveAndReopen(workbook);
  expect(elements(copyXml, "c").map((c) => c.r)).toEqual(["A1", "B1", "C1", "D1", "Z1", "AD1", "A2", "B2", "C2", "D2", "Z2"]);
  expect(elements(copyXml, "row").map((r) => r.spans)).toEqual(["1:30", "1:26"]);
  expect(elements(copyXml, "dimension")[0].ref).toBe("A1:AD2");
  expect(await copy.readValues(block(SHEET, 1, 26, 2, 1))).toEqual([["Notitie"], [8]]);
});

test("the dimension and the spans widen to take in the results; rows not written keep their spans", async () => {
  const xml = worksheet(`<dimension ref="B2:C4"/><sheetData><row r="2" spans="2:3">${num("B2", 1)}</row><row r="3" spans="2:3">${num("C3", 2)}</row><row r="4" spans="2:3">${num("B4", 3)}</row></sheetData>`);
  const workbook = await openSheet(xml);
  await workbook.write(block(SHEET, 2, 5, 2, 2), [[1, 2], [3, 4]]);
  const { xml: copyXml } = await saveAndReopen(workbook);
  expect(elements(copyXml, "dimension")[0].ref).toBe("B2:F4");
  expect(elements(copyXml, "row").map((r) => r.spans)).toEqual(["2:6", "2:6", "2:3"]);
});

test("every character outside the rows written and the dimension is the original's, in order", async () => {
  const inner =
    '<sheetPr filterMode="false"><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:C3"/>\n' +
    '  <sheetViews><sheetView tabSelected="1" zoomScale="85" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B2" sqref="B2"/></sheetView></sheetViews>\n' +
    '  <sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"/>\n' +
    `  <sheetData>\n    <row r="1" spans="1:3">${inline("A1", "Post-ID")}${inline("B1", "Titel &amp; rol")}${inline("C1", " spatie ")}</row>\n` +
    `    <row r="2" spans="1:3" hidden="1">${num("A2", 1)}<c r="B2" t="s"><v>0</v></c><c r="C2"><f>A2*2</f><v>2</v></c></row>\n` +
    `    <!-- een notitie <row> -->\n    <row r="3" spans="1:3">${num("A3", 2)}<c r="B3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>\n  </sheetData>\n` +
    '  <sheetProtection sheet="1" objects="1" scenarios="1" password="CC1A"/><autoFilter ref="A1:C3"><filterColumn colId="0"><filters><filter val="1"/></filters></filterColumn></autoFilter>\n' +
    '  <mergeCells count="1"><mergeCell ref="B3:C3"/></mergeCells><hyperlinks><hyperlink ref="A1" location="\'Blad1\'!C3" display="naar C3"/></hyperlinks>\n' +
    '  <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/>\n';
  const original = worksheet(inner);
  const workbook = await openSheet(original, { sharedStrings: ["<t>gedeeld</t>"] });
  await workbook.readValues(block(SHEET, 1, 1));
  await workbook.write(block(SHEET, 1, 4, 3, 2), [["Klasse", "Band"], ["A1", "A2"], [null, "A3"]]);
  await workbook.style(block(SHEET, 1, 4, 1, 2), { bold: true });
  const { xml } = await saveAndReopen(workbook);

  // What changed: the dimension, the start tag (spans) and the end of each row written to. All else is kept in order.
  expectKeptInOrder(original, xml, [/<dimension [^>]*>/, /<row r="[123]" spans="1:3"( hidden="1")?>/, /<\/row>/]);
  // Only additions: the original is a subsequence of the copy, apart from the widened references.
  expect(isSubsequence(original.replace('ref="A1:C3"/>', "").replace(/spans="1:3"/g, ""), xml)).toBe(true);
  expect(xml).toContain("<!-- een notitie <row> -->");
  expect(xml).toContain('<c r="C2"><f>A2*2</f><v>2</v></c><c r="D2" t="inlineStr">');
});

test("results after a row's last cell are appended; a row whose last cell cannot be told from its `r` is walked cell by cell", async () => {
  // Row 1: the usual case. Row 2: its last cell has no reference (it is C2). Row 3: a comment fakes a cell beyond the results.
  // Row 4: a later cell (F4) beyond the written columns, so results go between cells. Row 5: an extension list after the cells.
  const xml = worksheet(
    `<sheetData><row r="1">${num("A1", 1)}${num("B1", 2)}</row><row r="2">${num("A2", 1)}<c><v>2</v></c><c><v>3</v></c></row>` +
      `<row r="3">${num("A3", 1)}<!-- <c r="Z3"><v>0</v></c> --></row><row r="4">${num("A4", 1)}${num("F4", 6)}</row>` +
      `<row r="5">${num("A5", 1)}<extLst><ext uri="{00000000-0000-0000-0000-000000000000}"><c r="Z5"/></ext></extLst></row></sheetData>`,
  );
  const workbook = await openSheet(xml);
  expect((await workbook.readValues(block(SHEET, 2, 1, 1, 3)))[0]).toEqual([1, 2, 3]);
  await workbook.write(block(SHEET, 1, 4, 5, 2), [["d1", "e1"], ["d2", "e2"], ["d3", "e3"], ["d4", "e4"], ["d5", "e5"]]);
  const { xml: copyXml, copy } = await saveAndReopen(workbook);
  expect(copyXml).toContain(`${num("B1", 2)}<c r="D1" t="inlineStr">`);
  // C2 has no reference: D2 is written after it, not before it.
  expect(copyXml).toContain('<c><v>3</v></c><c r="D2" t="inlineStr">');
  // New cells go right after the last cell: the comment, like an extension list, stays after them.
  expect(copyXml).toContain(`${num("A3", 1)}<c r="D3" t="inlineStr"><is><t>d3</t></is></c><c r="E3" t="inlineStr"><is><t>e3</t></is></c><!-- <c r="Z3"><v>0</v></c> -->`);
  expect(elements(copyXml, "c").filter((c) => c.r?.endsWith("4")).map((c) => c.r)).toEqual(["A4", "D4", "E4", "F4"]);
  expect(copyXml).toMatch(/<c r="E5" t="inlineStr"><is><t>e5<\/t><\/is><\/c><extLst>/);
  expect(await copy.readValues(block(SHEET, 1, 1, 5, 6))).toEqual([
    [1, 2, null, "d1", "e1", null],
    [1, 2, 3, "d2", "e2", null],
    [1, null, null, "d3", "e3", null],
    [1, null, null, "d4", "e4", 6],
    [1, null, null, "d5", "e5", null],
  ]);
});
