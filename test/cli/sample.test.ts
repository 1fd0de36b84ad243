import type ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { fieldColumn } from "../../src/usecases/resultColumns";
import { HEADERS, HEADER_ROW, SAMPLE_SHEET, sampleCsv, sampleWorkbook } from "../../scripts/makeSample";
import { CLI_TIMEOUT, ROOT, SAMPLE_CSV, SAMPLE_XLSX, cellsOf, readWorkbook, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

jest.setTimeout(CLI_TIMEOUT);

const README = readFileSync(join(ROOT, "samples", "README.md"), "utf8");

/** The body rows of the table in a "## heading" section of the README, as cells. */
function tableAfter(heading: string): string[][] {
  const start = README.indexOf(`## ${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const section = README.slice(start).split(/\n## /)[0];
  const lines = section.split("\n").filter((line) => line.startsWith("|"));
  return lines.slice(2).map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim().replace(/^`|`$/g, "")));
}

describe("the committed sample", () => {
  it("is what scripts/makeSample.ts writes (CSV byte for byte)", () => {
    expect(readFileSync(SAMPLE_CSV, "utf8")).toBe(sampleCsv());
  });

  it("is what scripts/makeSample.ts writes (every .xlsx cell)", async () => {
    const committed = await readWorkbook(SAMPLE_XLSX);
    const generated = sampleWorkbook();
    expect(committed.worksheets.map((s) => s.name)).toEqual([SAMPLE_SHEET]);
    expect(cellsOf(committed.worksheets[0])).toEqual(cellsOf(generated.worksheets[0]));
  });

  it("has Dutch headers that AssistLevel recognises, with 60 posts", () => {
    const csvLines = sampleCsv().split("\r\n");
    expect(csvLines[HEADER_ROW - 1]).toBe(HEADERS.join(";"));
    expect(csvLines.filter((line) => line.startsWith("DDV-"))).toHaveLength(60);
  });
});

describe("samples/README.md tells the truth", () => {
  let stderr: string;
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    requireBuiltCli();
    const output = join(tempFolder(), "sample.xlsx");
    const run = await runCli(["evaluate", SAMPLE_XLSX, "-o", output]);
    expect(run.code).toBe(1);
    stderr = run.stderr;
    const workbook = await readWorkbook(output);
    const inventory = workbook.getWorksheet(SAMPLE_SHEET);
    if (!inventory) throw new Error("no inventory sheet in the output");
    sheet = inventory;
  });

  it("lists exactly the bad cells the tool reports, with its words", () => {
    const rows = tableAfter("Deliberately bad cells");
    const reported = stderr.trim().split("\n").slice(1);
    expect(rows.map(([, cell]) => cell)).toEqual(reported.map((line) => line.split(" ")[0]));
    rows.forEach(([row, cell, post, , says], i) => {
      expect(cell.endsWith(row)).toBe(true);
      expect(sheet.getCell(`A${row}`).value).toBe(post);
      expect(reported[i].startsWith(says)).toBe(true);
    });
  });

  it("lists exactly the flagged rows, with their class and flags", () => {
    const first = 17; // column Q
    const flagged: string[][] = [];
    for (let row = HEADER_ROW + 1; row <= HEADER_ROW + 60; row++) {
      const flags = sheet.getRow(row).getCell(fieldColumn(first, "flags")).value;
      if (flags && flags !== "error") {
        flagged.push([String(row), String(sheet.getCell(`A${row}`).value), String(sheet.getRow(row).getCell(fieldColumn(first, "class")).value), String(flags)]);
      }
    }
    expect(tableAfter("Flagged results").map((cells) => cells.slice(0, 4))).toEqual(flagged);
  });
});
