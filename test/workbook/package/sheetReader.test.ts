import { PackageWorkbook } from "../../../src/workbook/package/PackageWorkbook";
import { isoDate } from "../../../src/workbook/package/sheetReader";
import { isDateFormat } from "../../../src/workbook/package/stylesPart";
import { BASIC_STYLES, block, buildPackage, inline, num, openSheet, packageParts, usedValues, worksheet, zipParts } from "./packageBuilder";

/**
 * Reading an existing sheet as the use cases see it: every kind of cell
 * value Excel, LibreOffice and openpyxl write, dates known by their number
 * format in both date systems, Excel's text limit, the used block, and the
 * tables found through each sheet's relationships.
 */

const SHEET = "Blad1";
const TOO_LONG = { code: "#VALUE! (text over 32,767 characters)" };

test("shared strings: rich text runs joined, phonetic guides left out, _xHHHH_ escapes read back", async () => {
  const strings = [
    "<t>gewoon</t>",
    '<r><rPr><b/><sz val="11"/></rPr><t>Vet</t></r><r><t xml:space="preserve"> en gewoon</t></r>',
    '<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1" type="noConversion"/>',
    "<t>regel_x000D_\nvolgende _x005F_x000D_ &amp; &lt;b&gt;</t>",
    "<t/>",
    `<t>${"x".repeat(32_768)}</t>`,
    `<t>${"y".repeat(32_767)}</t>`,
  ];
  const cells = strings.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("");
  const workbook = await openSheet(worksheet(`<sheetData><row r="1">${cells}</row></sheetData>`), { sharedStrings: strings });
  expect(await workbook.readValues(block(SHEET, 1, 1, 1, 7))).toEqual([["gewoon", "Vet en gewoon", "漢字", "regel\r\nvolgende _x000D_ & <b>", "", TOO_LONG, "y".repeat(32_767)]]);
});

test("inline strings, booleans, errors, formula results, formulas without a cached value and shared formulas", async () => {
  const row =
    inline("A1", "inline_x0009_tab") +
    '<c r="B1" t="inlineStr"><is><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>' +
    '<c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
    '<c r="G1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="H1"><f>G1&amp;"!"</f></c><c r="I1" t="str"><f>""</f><v></v></c>' +
    `<c r="J1" t="inlineStr"><is><t>${"z".repeat(40_000)}</t></is></c><c r="K1" t="n"><v>-1.5E-3</v></c><c r="L1" t="d"><v>2024-02-29T10:00:00</v></c>`;
  const shared =
    `<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">K1*2</f><v>-0.003</v></c></row>` +
    `<row r="3"><c r="A3"><f t="shared" si="0"/><v>7</v></c></row><row r="4"><c r="A4"><f t="shared" si="0"/></c></row>`;
  const workbook = await openSheet(worksheet(`<sheetData><row r="1">${row}</row>${shared}</sheetData>`));
  expect(await workbook.readValues(block(SHEET, 1, 1, 1, 12))).toEqual([
    ["inline\ttab", "rich", true, false, { code: "#N/A" }, { code: "#DIV/0!" }, "ab", '=G1&"!"', "", TOO_LONG, -0.0015, "2024-02-29"],
  ]);
  // A shared formula's cached values are its values; one without a cached value is reported as a formula, never as blank.
  expect(await workbook.readColumn(block(SHEET, 2, 1, 3, 1))).toEqual([-0.003, 7, "=K1*2"]);
  expect(await workbook.readFormulas(block(SHEET, 1, 7, 1, 2))).toEqual([[{ formula: '="a"&"b"' }, { formula: '=G1&"!"' }]]);
  expect(await workbook.readFormulas(block(SHEET, 2, 1, 3, 1))).toEqual([[{ formula: "=K1*2" }], [{ formula: "=K1*2" }], [{ formula: "=K1*2" }]]);
});

test.each([
  ["dd/mm/yyyy", true],
  ["[h]:mm", true],
  ["[$-813]d mmmm yyyy", true],
  ["mm:ss.0", true],
  ["0.00", false],
  ["General", false],
  ['#,##0 "dagen"', false],
  ["[Red]0", false],
  ["0.00E+00", false],
  ['[$€-813] #,##0.00;[Red]-#,##0.00', false],
  ["\\d0", false],
])("isDateFormat(%j) is %s", (code, date) => {
  expect(isDateFormat(code)).toBe(date);
});

test.each([
  [1, false, "1900-01-01"],
  [59, false, "1900-02-28"],
  [60, false, "1900-02-29"], // Excel's day that never was
  [61, false, "1900-03-01"],
  [45_000.75, false, "2023-03-15"],
  [0, true, "1904-01-01"],
  [43_538, true, "2023-03-15"],
])("date serial %d (1904: %s) is %s", (serial, date1904, iso) => {
  expect(isoDate(serial, date1904)).toBe(iso);
});

async function dateWorkbook(date1904: boolean, styles = BASIC_STYLES): Promise<PackageWorkbook> {
  const serial = date1904 ? 43_538 : 45_000;
  const cells = [num("A1", serial, ' s="1"'), num("B1", serial, ' s="2"'), num("C1", serial, ' s="3"'), num("D1", serial), num("E1", serial, ' s="4"'), num("F1", serial, ' s="99"')].join("");
  return openSheet(worksheet(`<sheetData><row r="1">${cells}</row></sheetData>`), {
    styles,
    workbookHead: date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr date1904="false"/>',
  });
}

test("dates by their number format, built-in or custom, in the 1900 and 1904 systems; other numbers stay numbers", async () => {
  for (const date1904 of [false, true]) {
    const serial = date1904 ? 43_538 : 45_000;
    expect(await (await dateWorkbook(date1904)).readValues(block(SHEET, 1, 1, 1, 6))).toEqual([["2023-03-15", "2023-03-15", serial, serial, serial, serial]]);
  }
  const custom = BASIC_STYLES.replace('formatCode="0.00"', 'formatCode="[$-813]d mmmm yyyy"').replace('formatCode="dd/mm/yyyy"', 'formatCode="#,##0 &quot;dagen&quot;"');
  expect(await (await dateWorkbook(false, custom)).readValues(block(SHEET, 1, 1, 1, 3))).toEqual([["2023-03-15", 45_000, "2023-03-15"]]);
});

test("the used block ends at the last cell with a value, not at formatted or empty ones", async () => {
  const xml = worksheet(
    `<sheetData><row r="1">${inline("A1", "Post")}<c r="B1" s="4"/></row><row r="2">${num("C2", 1)}<c r="D2" t="inlineStr"><is><t></t></is></c></row>` +
      '<row r="3" ht="30" customHeight="1"/><row r="40"><c r="Z40" s="4"/></row></sheetData>',
  );
  const workbook = await openSheet(xml);
  expect(await workbook.usedBlock(SHEET)).toEqual(block(SHEET, 1, 1, 2, 3));
  expect(await usedValues(workbook, SHEET)).toEqual([["Post", null, null], [null, null, 1]]);
  expect(await workbook.filledCells(block(SHEET, 1, 1, 40, 26), 5)).toEqual(["A1", "C2"]);
  const blank = await openSheet(worksheet('<sheetData><row r="1"><c r="A1" s="4"/></row></sheetData>'));
  expect(await blank.usedBlock(SHEET)).toBeNull();
  expect(await blank.filledCells(block(SHEET, 1, 1, 5, 5), 5)).toEqual([]);
});

test("a UTF-16 sheet part (with its byte order mark) reads as a UTF-8 one", async () => {
  const xml = worksheet(`<sheetData><row r="1">${inline("A1", "Coördinatie 😀")}${num("B1", 2)}</row></sheetData>`).replace('encoding="UTF-8"', 'encoding="UTF-16"');
  const parts = new Map<string, string | Uint8Array>(packageParts({ sheets: [{ name: SHEET, xml: "" }] }));
  parts.set("xl/worksheets/sheet1.xml", new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")])));
  const workbook = await PackageWorkbook.open(await zipParts(parts));
  expect(await usedValues(workbook, SHEET)).toEqual([["Coördinatie 😀", 2]]);
});

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const table = (name: string, ref: string, displayName = name): string =>
  `<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="${name}" displayName="${displayName}" ref="${ref}">` +
  `<autoFilter ref="${ref}"/><tableColumns count="1"><tableColumn id="1" name="Post"/></tableColumns></table>`;
const rels = (...targets: string[]): string =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${TABLE_REL}" Target="${t}"/>`).join("")}</Relationships>`;

test("tables are found through each sheet's relationships, relative and absolute targets alike", async () => {
  const data = worksheet(`<sheetData><row r="1">${inline("A1", "Post")}</row></sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts>`);
  const bytes = await buildPackage({
    sheets: [
      { name: "Excel", xml: data, rels: rels("../tables/table1.xml") },
      { name: "openpyxl", xml: data, rels: rels("/xl/tables/table2.xml", "/xl/tables/missing.xml") },
      { name: "Zonder", xml: data },
    ],
    extraParts: { "xl/tables/table1.xml": table("Tabel1", "A1:F20", "Posten"), "xl/tables/table2.xml": table("Tabel2", "B3:C4") },
    overrides: { "xl/tables/table1.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml" },
  });
  const workbook = await PackageWorkbook.open(bytes);
  expect(await workbook.tables()).toEqual([
    { name: "Posten", block: block("Excel", 1, 1, 20, 6) },
    { name: "Tabel2", block: block("openpyxl", 3, 2, 2, 2) },
  ]);
  expect(await workbook.sheetNames()).toEqual(["Excel", "openpyxl", "Zonder"]);
});
