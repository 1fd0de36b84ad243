/**
 * Odd layouts through the batch tool (issue 11): a merged block where the
 * results go, a table's totals row, merged data cells, hidden and filtered
 * rows, a date in the headcount column, a sheet reaching column XFD. Each
 * workbook is a small hand-written package (every part chosen by the test).
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { MAIN_NS, buildPackage, inline, num, unzipText, worksheet } from "../workbook/package/packageBuilder";
import { CLI_TIMEOUT, readWorkbook, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

jest.setTimeout(CLI_TIMEOUT);

const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const REL_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/** Header row and three posts (A1, A4, A2 with the role unknown); `extra` cells go into the rows by number. */
function sheetData(extra: Record<number, string> = {}, rowAttributes: Record<number, string> = {}): string {
  const rows = [
    [inline("A1", "Post"), inline("B1", "Personeel"), inline("C1", "Coördinatie"), inline("D1", "Advies")],
    [inline("A2", "P1"), num("B2", 150), num("C2", 1), num("D2", 1)],
    [inline("A3", "P2"), num("B3", 1200), num("C3", 4), num("D3", 2)],
    [inline("A4", "P3"), num("B4", 500), num("C4", 2), num("D4", 1)],
  ];
  const all = new Set([1, 2, 3, 4, ...Object.keys(extra).map(Number)]);
  const xml = [...all]
    .sort((a, b) => a - b)
    .map((r) => `<row r="${r}"${rowAttributes[r] ?? ""}>${(rows[r - 1] ?? []).join("")}${extra[r] ?? ""}</row>`)
    .join("");
  return `<sheetData>${xml}</sheetData>`;
}

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
    const bytes = await buildPackage({ sheets: [{ name: "Posten", xml: worksheet(`${sheetData()}<mergeCells count="1"><mergeCell ref="E2:F3"/></mergeCells>`) }] });
    const { run, output } = await evaluate("merged-results", bytes);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("merged cells (E2:F3)");
    expect(run.stderr).toMatch(/Unmerge them .* or move them/);
    expect(run.stderr).not.toMatch(/\bat \w+ \(/); // no stack
    expect(existsSync(output)).toBe(false);
  });

  it("refuses a merged block that only reaches into the result columns from the inventory", async () => {
    const bytes = await buildPackage({ sheets: [{ name: "Posten", xml: worksheet(`${sheetData()}<mergeCells count="1"><mergeCell ref="D6:E7"/></mergeCells>`) }] });
    // D6:E7 lies below the posts: the inventory ends at row 4, so the result block (E1:AG4) is clear.
    expect((await evaluate("merged-below", bytes)).run.code).toBe(0);
    const reaching = await buildPackage({ sheets: [{ name: "Posten", xml: worksheet(`${sheetData()}<mergeCells count="1"><mergeCell ref="D3:E3"/></mergeCells>`) }] });
    const { run } = await evaluate("merged-reaching", reaching);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("merged cells (D3:E3)");
  });

  it("does not evaluate a table's totals row as a post", async () => {
    const totals = `${inline("A5", "Totaal")}<c r="B5"><f>SUBTOTAL(109,T1[Personeel])</f><v>1850</v></c>`;
    const columns = ["Post", "Personeel", "Coördinatie", "Advies"].map((n, i) => `<tableColumn id="${i + 1}" name="${n}"/>`).join("");
    const bytes = await buildPackage({
      sheets: [
        {
          name: "Posten",
          xml: worksheet(`${sheetData({ 5: totals })}<tableParts count="1"><tablePart r:id="rT1"/></tableParts>`),
          rels: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rT1" Type="${REL_TABLE}" Target="../tables/table1.xml"/></Relationships>`,
        },
      ],
      extraParts: {
        "xl/tables/table1.xml": `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${MAIN_NS}" id="1" name="T1" displayName="T1" ref="A1:D5" totalsRowCount="1"><autoFilter ref="A1:D4"/><tableColumns count="4">${columns}</tableColumns></table>`,
      },
      overrides: { "xl/tables/table1.xml": CT_TABLE },
    });
    const { run, output } = await evaluate("totals", bytes);
    expect(run.stderr).not.toContain("could not be evaluated");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Posts evaluated: 3 \(A1 1, A2 1, A3 0, A4 1\)/);
    expect(await classOf(output, [4, 5])).toEqual(["A2", null]);
  });

  it("reads merged data cells as Excel does (top-left only) and says which rows got blank inputs", async () => {
    // As Excel writes a merge: the covered cell C3 holds nothing.
    const data = sheetData().replace('<c r="C3"><v>4</v></c>', "");
    const bytes = await buildPackage({ sheets: [{ name: "Posten", xml: worksheet(`${data}<mergeCells count="1"><mergeCell ref="C2:C3"/></mergeCells>`) }] });
    const { run, output } = await evaluate("merged-data", bytes);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Merged cells C2:C3");
    expect(run.stderr).toContain("read with blank inputs there: 3.");
    expect(run.stderr).toMatch(/C3 scope \(coordination\) is empty but required/);
    // Row 2 keeps its own value (the top-left cell's): it is evaluated, row 3 is in error, on its own row.
    expect(await classOf(output, [2, 3])).toEqual(["A1", "ERROR"]);
  });

  it("evaluates hidden and filtered rows and keeps them hidden and filtered in the copy", async () => {
    const xml = worksheet(`${sheetData({}, { 3: ' hidden="1"' })}<autoFilter ref="A1:D4"><filterColumn colId="2"><filters><filter val="1"/><filter val="2"/></filters></filterColumn></autoFilter>`);
    const { run, output } = await evaluate("hidden", await buildPackage({ sheets: [{ name: "Posten", xml }] }));
    expect(run.code).toBe(0);
    expect(await classOf(output, [2, 3, 4])).toEqual(["A1", "A4", "A2"]);
    const copy = (await unzipText(new Uint8Array(readFileSync(output)))).get("xl/worksheets/sheet1.xml") ?? "";
    expect(copy).toMatch(/<row r="3"[^>]* hidden="1"/);
    expect(copy).toContain('<autoFilter ref="A1:D4"><filterColumn colId="2">');
  });

  it("refuses a date in the headcount column, naming the cell and showing the date", async () => {
    // Style 1 of the test styles is built-in format 14 (a date); 45717 is 1 March 2025.
    const xml = worksheet(sheetData().replace('<c r="B3"><v>1200</v></c>', '<c r="B3" s="1"><v>45717</v></c>'));
    const { run } = await evaluate("date", await buildPackage({ sheets: [{ name: "Posten", xml }] }));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/B3 staff \(headcount supported\): "2025-03-01" is not a headcount\. Expected a whole number/);
  });

  it("refuses (exit 2, no stack) an inventory whose cells run to column XFD: no room for the results", async () => {
    const { run, output } = await evaluate("xfd", await buildPackage({ sheets: [{ name: "Posten", xml: worksheet(sheetData({ 2: inline("XFD2", "x") })) }] }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/run to column XFD.*no room for the 29 result columns/);
    expect(run.stderr).not.toMatch(/\bat \w+ \(/);
    expect(existsSync(output)).toBe(false);
  });

  it("ends the inventory at its last header or data column when the sheet is wide only by formatted empty cells", async () => {
    const xml = worksheet(`<dimension ref="A1:XFD4"/>${sheetData({ 2: '<c r="XFD2" s="4"/>' })}`);
    const { run } = await evaluate("xfd-format", await buildPackage({ sheets: [{ name: "Posten", xml }] }));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("result columns E–AG");
  });
});
