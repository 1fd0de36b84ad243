import { readFileSync, writeFileSync } from "fs";
import Papa from "papaparse";
import { join } from "path";
import { csvField, toCsv } from "../../src/cli/csvOutput";
import { RESULT_FIELDS, fieldOffset, resultHeaders } from "../../src/usecases/resultColumns";
import { CLI_TIMEOUT, SAMPLE_CSV, SAMPLE_XLSX, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

describe("CSV output fields", () => {
  it.each([
    ["=HYPERLINK(\"http://x\";\"klik\")", "\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\""],
    ["+32 2 123 45 67", "'+32 2 123 45 67"],
    ["-zie nota", "'-zie nota"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "\"'\rcmd\""],
    ["A=B", "A=B"],
    ["1 200", "1 200"],
    ["Attaché; coördinatie", "\"Attaché; coördinatie\""],
    ["lijn 1\nlijn 2", "\"lijn 1\nlijn 2\""],
  ])("neutralises and quotes the text %p", (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it.each([
    [-3, "-3"],
    [150, "150"],
    [0.8, "0,8"],
    [-0.5, "-0,5"],
  ])("writes the number %p as a number (decimal comma), never neutralised", (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it("writes blanks, booleans and error cells", () => {
    expect([csvField(null), csvField(true), csvField({ code: "#N/A" })]).toEqual(["", "TRUE", "#N/A"]);
  });

  it("starts with a BOM and ends every row with CRLF", () => {
    expect(toCsv([["a", 1], [null, "b"]])).toBe("\uFEFFa;1\r\n;b\r\n");
  });
});

describe("assistlevel evaluate --csv", () => {
  jest.setTimeout(2 * CLI_TIMEOUT);
  beforeAll(() => requireBuiltCli());

  const parse = (path: string): string[][] => {
    const text = readFileSync(path, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    return Papa.parse<string[]>(text.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
  };

  it("neutralises formula-like texts of the input, keeps negative numbers, and adds the result fields", async () => {
    const folder = tempFolder();
    const input = join(folder, "posten.csv");
    const hyperlink = '=HYPERLINK("http://intranet/p1";"P1")';
    writeFileSync(input, `Post-ID;Titel;Saldo;Personeel;Coördinatie;Advies\r\nP1;"${hyperlink.replace(/"/g, '""')}";-3;150;1;dienst\r\n`);
    const run = await runCli(["evaluate", input, "--csv", "--lang", "nl"]);
    expect(run.code).toBe(0);
    const rows = parse(join(folder, "posten.evaluated.csv"));
    expect(rows[0]).toEqual(["Post-ID", "Titel", "Saldo", "Personeel", "Coördinatie", "Advies", ...resultHeadersWithoutStrip("nl")]);
    expect(rows[1].slice(0, 6)).toEqual(["P1", `'${hyperlink}`, "-3", "150", "1", "dienst"]);
    expect(rows[1][6]).toBe("A1");
  });

  it("writes the sample's inventory rows and their results, bad rows with the error", async () => {
    const folder = tempFolder();
    const output = join(folder, "sample.csv");
    const run = await runCli(["evaluate", SAMPLE_XLSX, "-o", output, "--lang", "nl"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("resultaatkolommen Q–Y");
    const rows = parse(output);
    expect(rows).toHaveLength(63);
    expect(rows[2]).toEqual([...parse(SAMPLE_CSV)[2], ...resultHeadersWithoutStrip("nl")]);
    expect(rows[3][16]).toBe("A4"); // DDV-1001
    expect(rows[3][8]).toBe("1"); // VTE 1
    expect(rows[5][8]).toBe("0,8"); // VTE 0.8 in the workbook: a decimal comma
    expect(rows[31].slice(16, 17)).toEqual(["FOUT"]); // K32 "12,5"
    expect(rows[31][24]).toMatch(/^K32 staff/);
  });
});

/** The CSV keeps the value fields in RESULT_FIELDS order and leaves out the strip's 20 headers. */
function resultHeadersWithoutStrip(language: "nl" | "fr" | "en"): string[] {
  const headers = resultHeaders(language);
  return RESULT_FIELDS.map((field) => headers[fieldOffset(field)]);
}
