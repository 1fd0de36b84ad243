/**
 * Odd layouts through the batch tool (issue 11): a merged block where the
 * results go, a table's totals row, merged data cells, hidden and filtered
 * rows, a date in the headcount column, a sheet reaching column XFD. Each
 * workbook is a small hand-written package (test/support/oddLayoutBooks.ts).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import {
  withCellInXfd,
  withDateHeadcount,
  withFormattedXfd,
  withHiddenRows,
  withMerge,
  withMergedData,
  withTotalsRow,
} from "../support/oddLayoutBooks";
import { unzipText } from "../workbook/package/packageBuilder";
import { CLI_TIMEOUT, readWorkbook, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

jest.setTimeout(CLI_TIMEOUT);

let folder: string;
beforeAll(() => requireBuiltCli());
beforeEach(() => {
  folder = tempFolder();
});

async function evaluate(name: string, bytes: Uint8Array) {
  const input = join(folder, `${name}.xlsx`);
  const output = join(folder, `${name}.out.xlsx`);
  writeFileSync(input, bytes);
  return { run: await runCli(["evaluate", input, "-o", output, "--lang", "en"]), output };
}

const classOf = async (output: string, rows: number[]) => {
  const sheet = (await readWorkbook(output)).getWorksheet("Posten");
  return rows.map((r) => sheet?.getRow(r).getCell("E").value ?? null);
};

describe("assistlevel evaluate on odd layouts", () => {
  it("refuses, before writing, an empty merged block where the result columns go, naming it", async () => {
    const { run, output } = await evaluate("merged-results", await withMerge("E2:F3"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("merged cells (E2:F3)");
    expect(run.stderr).toMatch(/Unmerge them .* or move them/);
    expect(run.stderr).not.toMatch(/\bat \w+ \(/); // no stack
    expect(existsSync(output)).toBe(false);
  });

  it("refuses a merged block that only reaches into the result columns from the inventory", async () => {
    // D6:E7 lies below the posts: the inventory ends at row 4, so the result block (E1:AG4) is clear.
    expect((await evaluate("merged-below", await withMerge("D6:E7"))).run.code).toBe(0);
    const { run } = await evaluate("merged-reaching", await withMerge("D3:E3"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("merged cells (D3:E3)");
  });

  it("does not evaluate a table's totals row as a post", async () => {
    const { run, output } = await evaluate("totals", await withTotalsRow());
    expect(run.stderr).not.toContain("could not be evaluated");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Posts evaluated: 3 \(A1 1, A2 1, A3 0, A4 1\)/);
    expect(await classOf(output, [4, 5])).toEqual(["A2", null]);
  });

  it("reads merged data cells as Excel does (top-left only) and says which rows got blank inputs", async () => {
    const { run, output } = await evaluate("merged-data", await withMergedData());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Merged cells C2:C3");
    expect(run.stderr).toContain("read with blank inputs there: 3.");
    expect(run.stderr).toMatch(/C3 scope \(coordination\) is empty but required/);
    // Row 2 keeps its own value (the top-left cell's): it is evaluated, row 3 is in error, on its own row.
    expect(await classOf(output, [2, 3])).toEqual(["A1", "ERROR"]);
    // Said on the summary sheet too, where the results are read.
    const summary = (await readWorkbook(output)).getWorksheet("Summary");
    const lines: string[] = [];
    summary?.eachRow((row) => lines.push(String(row.getCell(1).value ?? "")));
    expect(lines.some((line) => line.includes("Merged cells C2:C3"))).toBe(true);
  });

  it("evaluates hidden and filtered rows and keeps them hidden and filtered in the copy", async () => {
    const { run, output } = await evaluate("hidden", await withHiddenRows());
    expect(run.code).toBe(0);
    expect(await classOf(output, [2, 3, 4])).toEqual(["A1", "A4", "A2"]);
    const copy = (await unzipText(new Uint8Array(readFileSync(output)))).get("xl/worksheets/sheet1.xml") ?? "";
    expect(copy).toMatch(/<row r="3"[^>]* hidden="1"/);
    expect(copy).toContain('<autoFilter ref="A1:D4"><filterColumn colId="2">');
  });

  it("refuses a date in the headcount column, naming the cell and showing the date", async () => {
    const { run } = await evaluate("date", await withDateHeadcount());
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/B3 staff \(headcount supported\): "2025-03-01" is not a headcount\. Expected a whole number/);
  });

  it("refuses (exit 2, no stack) an inventory whose cells run to column XFD: no room for the results", async () => {
    const { run, output } = await evaluate("xfd", await withCellInXfd());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/run to column XFD.*no room for the 29 result columns/);
    expect(run.stderr).not.toMatch(/\bat \w+ \(/);
    expect(existsSync(output)).toBe(false);
  });

  it("ends the inventory at its last header or data column when the sheet is wide only by formatted empty cells", async () => {
    const { run } = await evaluate("xfd-format", await withFormattedXfd());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("result columns E–AG");
  });
});
