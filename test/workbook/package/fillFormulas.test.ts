import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PackageWorkbook } from "../../../src/workbook/package/PackageWorkbook";
import { convertAll } from "../../support/libreOffice";
import { block, buildPackage, elements, expectKeptInOrder, inline, num, saveAndReopen, saveCopy, unzipText, worksheet } from "./packageBuilder";
import { checkPackage, expectUntouchedEntries, rawEntries } from "./packageChecks";

/**
 * fillFormulas on the package: the block becomes shared formulas (one group
 * per column, numbered above the sheet's own `si` values, wherever those
 * sit), every other part and byte stays, workbook.xml asks for a full
 * calculation on load, a later write over part of the block wins there,
 * and LibreOffice computes every row of the copy while openpyxl reads each
 * cell's own formula.
 */
jest.setTimeout(240_000);

const SHEET = "Posten";
const FORMS = "AssistLevel.forms";
const ROWS = 1000;
const DOUBLE = "=$A2*2";
/** Text with an en dash and a no-break space, an absolute cross-sheet range with a quoted name, a relative row, "<=" and "&" to escape. */
const LABEL = `=IF($A2>500,"groot – ja","klein\u00a0nee")&"|"&COUNTIF('${FORMS}'!$A$2:$A$90,"<="&$A2)`;
const CALC = '<calcPr calcId="191029"/>';

/**
 * Posten: A2:A1001 hold 1…1000; the analyst's shared formulas use si 0…3:
 * C2:C4 (si 0, beside the block), E1010:E1011 (si 1), C1003:C1005 (si 2)
 * and D1500:D1501 (si 3) after it. AssistLevel.forms: A2:A90 hold 1…89.
 */
function analystSheet(): string {
  const rows: string[] = [`<row r="1">${inline("A1", "Getal")}${inline("B1", "Dubbel")}${inline("C1", "Analist")}${inline("D1", "Label")}</row>`];
  for (let r = 2; r <= ROWS + 1; r++) {
    let analyst = "";
    if (r === 2) analyst = '<c r="C2"><f t="shared" ref="C2:C4" si="0">A2+100</f><v>101</v></c>';
    else if (r <= 4) analyst = `<c r="C${r}"><f t="shared" si="0"/><v>${r + 99}</v></c>`;
    rows.push(`<row r="${r}">${num(`A${r}`, r - 1)}${analyst}</row>`);
  }
  rows.push(`<row r="1003"><c r="C1003"><f t="shared" ref="C1003:C1005" si="2">7</f><v>7</v></c></row>`);
  rows.push(`<row r="1004"><c r="C1004"><f t="shared" si="2"/><v>7</v></c></row><row r="1005"><c r="C1005"><f t="shared" si="2"/><v>7</v></c></row>`);
  rows.push(`<row r="1010"><c r="E1010"><f t="shared" ref="E1010:E1011" si="1">1+1</f><v>2</v></c></row><row r="1011"><c r="E1011"><f t="shared" si="1"/><v>2</v></c></row>`);
  rows.push(`<row r="1500"><c r="D1500"><f t="shared" ref="D1500:D1501" si="3">3</f><v>3</v></c></row><row r="1501"><c r="D1501"><f t="shared" si="3"/><v>3</v></c></row>`);
  return worksheet(`<dimension ref="A1:E1501"/><sheetData>${rows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
}

function formsSheet(): string {
  return worksheet(`<sheetData>${Array.from({ length: 89 }, (_, i) => `<row r="${i + 2}">${num(`A${i + 2}`, i + 1)}</row>`).join("")}</sheetData>`);
}

const original = (workbookTail = CALC) =>
  buildPackage({ sheets: [{ name: SHEET, xml: analystSheet() }, { name: FORMS, xml: formsSheet() }], workbookTail });

/** The shared formulas of a sheet part: each `<f t="shared">` with its cell, `si`, `ref` and text. */
function sharedFormulas(xml: string): { cell: string; si: string; ref?: string; text: string }[] {
  return [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f t="shared"(?: ref="([^"]*)")? si="(\d+)"(?:\/>|>([^<]*)<\/f>)/g)].map((m) => ({ cell: m[1], ref: m[2], si: m[3], text: m[4] ?? "" }));
}

/** Copies LibreOffice opens in one start, by name. */
const forLibreOffice: Record<string, Uint8Array> = {};

test("a block of an existing sheet becomes shared formulas numbered above the sheet's own, every other byte kept", async () => {
  const bytes = await original();
  const workbook = await PackageWorkbook.open(bytes);
  await workbook.fillFormulas(block(SHEET, 2, 2, ROWS, 3), [DOUBLE, null, LABEL]);
  // Before the copy is saved, a filled cell reads as its group's formula (as a shared formula's cells read from a file).
  expect(await workbook.readFormulas(block(SHEET, 2, 2, 2, 3))).toEqual([
    [{ formula: DOUBLE }, { formula: "=A2+100" }, { formula: LABEL }],
    [{ formula: DOUBLE }, { formula: "=A2+100" }, { formula: LABEL }],
  ]);
  expect(await workbook.usedBlock(SHEET)).toEqual(block(SHEET, 1, 1, 1501, 5));
  const { bytes: copy, xml, copy: reopened } = await saveAndReopen(workbook);
  await checkPackage(copy);
  expectUntouchedEntries(await rawEntries(bytes), await rawEntries(copy), ["xl/worksheets/sheet1.xml", "xl/workbook.xml"]);
  const before = await unzipText(bytes);
  const after = await unzipText(copy);
  expect(after.get("xl/workbook.xml")).toBe(before.get("xl/workbook.xml")?.replace(CALC, '<calcPr calcId="191029" fullCalcOnLoad="1"/>'));
  // The sheet: the original in order, cell by cell, the new cells only added between them.
  expectKeptInOrder(before.get("xl/worksheets/sheet1.xml") ?? "", xml, [/(?=<c r=)/, /<\/row>/]);

  const shared = sharedFormulas(xml);
  const masters = shared.filter((f) => f.ref !== undefined);
  expect(masters.map((f) => [f.cell, f.ref, f.si])).toEqual([
    ["B2", "B2:B1001", "4"],
    ["C2", "C2:C4", "0"],
    ["D2", "D2:D1001", "5"],
    ["C1003", "C1003:C1005", "2"],
    ["E1010", "E1010:E1011", "1"],
    ["D1500", "D1500:D1501", "3"],
  ]);
  expect(masters.find((f) => f.cell === "D2")?.text).toBe(LABEL.slice(1).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
  expect(xml).toContain('<c r="B2"><f t="shared" ref="B2:B1001" si="4">$A2*2</f></c><c r="C2">');
  expect(xml).toContain('<c r="B1001"><f t="shared" si="4"/></c><c r="D1001"><f t="shared" si="5"/></c></row>');
  // Each filled cell is one group's member, without a cached value.
  expect(shared.filter((f) => f.si === "4")).toHaveLength(ROWS);
  expect(shared.filter((f) => f.si === "5")).toHaveLength(ROWS);
  const inBlock = (r: string | undefined) => /^[BD]\d+$/.test(r ?? "") && Number(r?.slice(1)) >= 2 && Number(r?.slice(1)) <= ROWS + 1;
  expect(elements(xml, "c").filter((c) => inBlock(c.r))).toHaveLength(2 * ROWS);
  expect(xml.split("<v>").length).toBe((before.get("xl/worksheets/sheet1.xml") ?? "").split("<v>").length);

  expect(await reopened.readFormulas(block(SHEET, 1001, 2, 1, 3))).toEqual([[{ formula: DOUBLE }, null, { formula: LABEL }]]);
  forLibreOffice.filled = copy;
});

test("without a calcPr, workbook.xml gets one where the schema puts it, and nothing else changes", async () => {
  const tail = '<definedNames><definedName name="Drempel">1000</definedName></definedNames><extLst><ext uri="{00000000-0000-0000-0000-000000000001}"/></extLst>';
  const bytes = await original(tail);
  const workbook = await PackageWorkbook.open(bytes);
  await workbook.fillFormulas(block(SHEET, 2, 2, 3, 1), [DOUBLE]);
  const copy = await saveCopy(workbook);
  const before = (await unzipText(bytes)).get("xl/workbook.xml") ?? "";
  expect((await unzipText(copy)).get("xl/workbook.xml")).toBe(before.replace("<extLst>", '<calcPr fullCalcOnLoad="1"/><extLst>'));
  await checkPackage(copy);
});

test("a write, a clear or a fill over part of a filled block wins there; the rest of each column stays filled", async () => {
  const workbook = await PackageWorkbook.open(await original());
  const PLUS = "=$A2+LEN(B$1)";
  await workbook.fillFormulas(block(SHEET, 2, 2, 20, 5), [DOUBLE, null, null, null, PLUS]);
  await workbook.write(block(SHEET, 2, 2, 1, 1), [["first"]]); // a group's first cell
  await workbook.write(block(SHEET, 11, 2, 3, 1), [["x"], ["y"], ["z"]]);
  await workbook.clearContents(block(SHEET, 6, 6, 1, 1));
  await workbook.fillFormulas(block(SHEET, 16, 6, 2, 1), ["=$A16*10"]);
  const b = await workbook.readColumn(block(SHEET, 2, 2, 16, 1));
  const f = await workbook.readColumn(block(SHEET, 2, 6, 16, 1));
  expect(b).toEqual(["first", ...Array(8).fill("=$A3*2"), "x", "y", "z", ...Array(4).fill("=$A14*2")]);
  expect(f).toEqual([...Array(4).fill(PLUS), null, ...Array(9).fill("=$A7+LEN(B$1)"), "=$A16*10", "=$A16*10"]);
  expect(await workbook.readColumn(block(SHEET, 2, 3, 3, 1))).toEqual([101, 102, 103]); // the null column: the analyst's formulas and their values
  const { bytes: copy, xml } = await saveAndReopen(workbook);
  await checkPackage(copy);
  expect(sharedFormulas(xml).filter((s) => s.ref !== undefined && /^[BF]\d+$/.test(s.cell)).map((s) => [s.ref, s.si, s.text])).toEqual([
    ["F2:F5", "6", "$A2+LEN(B$1)"],
    ["B3:B10", "4", "$A3*2"],
    ["F7:F15", "7", "$A7+LEN(B$1)"],
    ["B14:B21", "5", "$A14*2"],
    ["F16:F17", "9", "$A16*10"],
    ["F18:F21", "8", "$A18+LEN(B$1)"],
  ]);
  expect(xml).toContain('<c r="B2" t="inlineStr"><is><t>first</t></is></c>');
  expect(xml).toContain('<c r="B11" t="inlineStr"><is><t>x</t></is></c>');
  expect(xml).toContain('<c r="C2"><f t="shared" ref="C2:C4" si="0">A2+100</f><v>101</v></c>');
  expect(elements(xml, "c").some((c) => c.r === "F6")).toBe(false);
  forLibreOffice.overwritten = copy;
});

test("a sheet the product writes whole gets its filled block as shared formulas too", async () => {
  const workbook = await PackageWorkbook.blank();
  await workbook.addSheet("Vorm");
  await workbook.write(block("Vorm", 1, 1, 4, 1), [["Getal"], [5], [6], [7]]);
  await workbook.fillFormulas(block("Vorm", 2, 2, 3, 2), [DOUBLE, `="n°"&$A2&" – "&ROW()`]);
  await workbook.write(block("Vorm", 3, 3, 1, 1), [["later"]]);
  expect(await workbook.readFormulas(block("Vorm", 2, 2, 3, 2))).toEqual([
    [{ formula: DOUBLE }, { formula: `="n°"&$A2&" – "&ROW()` }],
    [{ formula: DOUBLE }, "later"],
    [{ formula: DOUBLE }, { formula: `="n°"&$A4&" – "&ROW()` }],
  ]);
  expect(await workbook.usedBlock("Vorm")).toEqual(block("Vorm", 1, 1, 4, 3));
  const { bytes: copy, xml } = await saveAndReopen(workbook);
  await checkPackage(copy);
  expect(xml).toContain('<c r="B2"><f t="shared" ref="B2:B4" si="0">$A2*2</f></c>');
  expect(xml).toContain('<c r="B3"><f t="shared" si="0"/></c><c r="C3" t="inlineStr"><is><t>later</t></is></c>');
  expect((await unzipText(copy)).get("xl/workbook.xml")).toContain('<calcPr fullCalcOnLoad="1"/></workbook>');
  forLibreOffice.own = copy;
});

describe("the copies in other software", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fill-formulas-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files: Record<string, string> = {};
  const written = (name: string): string => {
    const bytes = forLibreOffice[name];
    expect(bytes).toBeDefined();
    files[name] ??= path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(files[name], bytes);
    return files[name];
  };

  test("LibreOffice computes every filled row (one start for the three copies)", () => {
    const names = ["filled", "overwritten", "own"];
    const outputs = convertAll(names.map(written), "csv:Text - txt - csv (StarCalc):44,34,76", fs.mkdtempSync(path.join(dir, "out-")), { recalculate: true });
    const [filled, overwritten, own] = outputs.map((output) => fs.readFileSync(output ?? "", "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).map(csvFields));
    for (let r = 2; r <= ROWS + 1; r++) {
      const a = r - 1;
      const expected = [String(a), String(2 * a), r <= 4 ? String(a + 100) : "", `${a > 500 ? "groot – ja" : "klein\u00a0nee"}|${Math.min(a, 89)}`];
      expect(filled[r - 1].slice(0, 4)).toEqual(expected);
    }
    expect(filled[1002].slice(0, 3)).toEqual(["", "", "7"]);
    const column = (rows: string[][], c: number) => rows.slice(1, 21).map((row) => row[c]);
    const rowsTo21 = Array.from({ length: 20 }, (_, i) => i + 2);
    expect(column(overwritten, 1)).toEqual(rowsTo21.map((r) => (r === 2 ? "first" : r >= 11 && r <= 13 ? "xyz"[r - 11] : String(2 * (r - 1)))));
    expect(column(overwritten, 5)).toEqual(rowsTo21.map((r) => (r === 6 ? "" : r === 16 || r === 17 ? String(10 * (r - 1)) : String(r - 1 + "Dubbel".length))));
    expect(column(overwritten, 2).slice(0, 3)).toEqual(["101", "102", "103"]);
    expect(own.slice(0, 4).map((row) => row.slice(0, 3))).toEqual([
      ["Getal", "", ""],
      ["5", "10", "n°5 – 2"],
      ["6", "12", "later"],
      ["7", "14", "n°7 – 4"],
    ]);
  });

  test("openpyxl opens the copies and reads each filled cell's own formula", () => {
    const script = [
      "import json, sys, openpyxl",
      "out = {}",
      "for name in sys.argv[1:]:",
      "    book = openpyxl.load_workbook(name)",
      "    sheet = book.worksheets[0]",
      "    out[name] = {ref: sheet[ref].value for ref in ['B2', 'B3', 'B1001', 'D2', 'D1001', 'C3', 'C4', 'B14', 'B21', 'F7', 'F15', 'F16', 'F17', 'F21']}",
      "print(json.dumps(out))",
    ].join("\n");
    const read = JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, written("filled"), written("overwritten")], { encoding: "utf8" }));
    const filled = read[files.filled];
    expect([filled.B2, filled.B3, filled.B1001, filled.C3, filled.C4]).toEqual(["=$A2*2", "=$A3*2", "=$A1001*2", "=A3+100", "=A4+100"]);
    expect([filled.D2, filled.D1001]).toEqual([LABEL, LABEL.replace(/\$A2\b/g, "$A1001")]);
    const overwritten = read[files.overwritten];
    expect([overwritten.B14, overwritten.B21, overwritten.F7, overwritten.F15, overwritten.F16, overwritten.F17, overwritten.F21]).toEqual([
      "=$A14*2",
      "=$A21*2",
      "=$A7+LEN(B$1)",
      "=$A15+LEN(B$1)",
      "=$A16*10",
      "=$A17*10",
      "=$A21+LEN(B$1)",
    ]);
  });
});

/** One CSV line's fields (LibreOffice quotes a field only when it must). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields;
}
