import { writeFileSync } from "fs";
import { join } from "path";
import { CsvFormatError, csvCellValue, csvInventory, decodeCsv, detectDelimiter, parseCsv, sheetNameOf } from "../../src/workbook/csvInventory";
import { CLI_TIMEOUT, readWorkbook, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("CSV separator detection", () => {
  it.each([
    ["Belgian Excel (;)", "Post-ID;Personeel;Advies\r\nP1;150;1\r\n", ";"],
    ["Excel elsewhere (,)", "Post-ID,Personeel,Advies\r\nP1,150,1\r\n", ","],
    ["tab-separated", "Post-ID\tPersoneel\tAdvies\nP1\t150\t1\n", "\t"],
    ["; with decimal commas in the data", "Post;VTE;Personeel;Advies\nP1;0,8;150;1\nP2;0,5;1,200;2\n", ";"],
    [", with quoted fields full of ;", 'Post,Titel,Personeel\nP1,"a;b;c;d;e",150\nP2,"x;y;z",200\n', ","],
    ["; with quoted fields full of ,", 'Post;Titel;Personeel\nP1;"a,b,c,d,e";150\n', ";"],
    ["a title line above the header", "Inventaris 2025;;;\nPost;Personeel;Coördinatie;Advies\nP1;150;1;1\n", ";"],
    ["a single column (a tie at zero)", "Post\nP1\n", ";"],
  ])("%s", (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
    expect(parseCsv(text).delimiter).toBe(delimiter);
  });

  it("follows Excel's sep= line and drops it", () => {
    expect(parseCsv("sep=,\nPost;Titel,Personeel\nP1;x,150\n")).toEqual({ delimiter: ",", records: [["Post;Titel", "Personeel"], ["P1;x", "150"]] });
  });
});

describe("CSV records", () => {
  it("reads quoted fields holding separators, line breaks and doubled quotes", () => {
    const text = 'Post;Titel;Opmerking\r\nP1;"Attaché; coördinatie";"lijn 1\r\nlijn 2 met ""aanhalingstekens"""\r\n';
    expect(parseCsv(text).records).toEqual([
      ["Post", "Titel", "Opmerking"],
      ["P1", "Attaché; coördinatie", 'lijn 1\r\nlijn 2 met "aanhalingstekens"'],
    ]);
  });

  it("keeps empty lines as empty rows (so addresses match Excel's) but drops trailing ones", () => {
    expect(parseCsv("a;b\n\n1;2\n\n\n").records).toEqual([["a", "b"], [""], ["1", "2"]]);
  });

  it("refuses an unterminated quote, naming the record", () => {
    expect(() => parseCsv('a;b\n1;"2\n')).toThrow(CsvFormatError);
    try {
      parseCsv('a;b\n1;"2\n');
    } catch (error) {
      expect((error as CsvFormatError).record).toBe(2);
    }
  });

  it.each([
    ["UTF-8 with BOM", [0xef, 0xbb, 0xbf, ...utf8("Coördinatie;x")], "Coördinatie;x"],
    ["UTF-8 without BOM", [...utf8("Coördinatie;x")], "Coördinatie;x"],
    ["Windows-1252 (Excel's plain CSV)", [0x43, 0x6f, 0xf6, 0x72, 0x64, 0x3b, 0x80], "Coörd;€"],
    ["UTF-16 LE with BOM", [0xff, 0xfe, 0x43, 0x00, 0xf6, 0x00], "Cö"],
  ])("decodes %s and drops the BOM", (_, bytes, text) => {
    expect(decodeCsv(Uint8Array.from(bytes))).toBe(text);
  });

  it.each([
    ["150", 150],
    ["-3", -3],
    ["0", 0],
    ["0412", "0412"],
    ["1 200", "1 200"],
    ["1.500", "1.500"],
    ["0,8", "0,8"],
    ["12,5", "12,5"],
    ["1e3", "1e3"],
    ["1234567890123456", "1234567890123456"],
    ["A3", "A3"],
    ["", null],
  ])("field %p becomes %p (only plain integers become numbers)", (field, value) => {
    expect(csvCellValue(field)).toBe(value);
  });

  it("names the sheet after the file, as Excel allows", () => {
    expect(sheetNameOf("/data/inventaris.csv")).toBe("inventaris");
    expect(sheetNameOf("a[1]:b*?.csv")).toBe("a_1__b__");
    expect(sheetNameOf("x".repeat(40) + ".csv")).toHaveLength(31);
  });

  it("puts record n on row n of a one-sheet workbook", async () => {
    const workbook = await csvInventory(utf8("Post;Personeel\n\nP1;150\n"), "posten.csv");
    expect(await workbook.sheetNames()).toEqual(["posten"]);
    expect(await workbook.readValues({ sheet: "posten", row: 1, column: 1, rows: 3, columns: 2 })).toEqual([
      ["Post", "Personeel"],
      [null, null],
      ["P1", 150],
    ]);
  });
});

describe("assistlevel evaluate on CSV files", () => {
  jest.setTimeout(CLI_TIMEOUT);
  beforeAll(() => requireBuiltCli());

  it.each([
    ["; with BOM and CRLF", "\uFEFFPost-ID;Titel;Personeel;Coördinatie;Advies\r\n", ";", "\r\n"],
    [", without BOM", "Post-ID,Titel,Personeel,Coördinatie,Advies\n", ",", "\n"],
  ])("reads a CSV separated by %s, quoted fields included", async (_, header, d, eol) => {
    const folder = tempFolder();
    const input = join(folder, "posten.csv");
    const rows = [
      `P1${d}"Attaché${d} coördinatie"${d}150${d}1${d}dienst`,
      `P2${d}"Adviseur ""beleid""${eol}(tweede lijn)"${d}"1 200"${d}A3${d}strategie`,
    ];
    writeFileSync(input, header + rows.join(eol) + eol);
    const run = await runCli(["evaluate", input]);
    // Nothing on stderr but the optional criteria this inventory has no column for (test/cli/absentCriteria.test.ts).
    const said = run.stderr.split("\n").filter((line) => line !== "").map((line) => line.split(" — ")[0]);
    expect(said).toEqual(["Not read: support role", "Not evaluated: improvement / innovation", "Not evaluated: contacts"]);
    expect(run.code).toBe(0);
    const sheet = (await readWorkbook(join(folder, "posten.evaluated.xlsx"))).getWorksheet("posten");
    expect(sheet?.getCell("B2").value).toBe(`Attaché${d} coördinatie`);
    // The line break is kept; .xlsx (XML) stores any line break as "\n", as Excel does.
    expect(sheet?.getCell("B3").value).toBe('Adviseur "beleid"\n(tweede lijn)');
    expect(sheet?.getCell("C3").value).toBe("1 200");
    expect([sheet?.getCell("F2").value, sheet?.getCell("F3").value]).toEqual(["A1", "A3"]);
  });
});
