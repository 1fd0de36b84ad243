import { execFileSync } from "child_process";
import { copyFileSync, readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";
import { convertAll } from "../support/libreOffice";
import { CLI_TIMEOUT, SAMPLE_XLSX, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

/**
 * Switching between values and portable formulas, and running portable
 * mode again, is safe and idempotent: the tool replaces only its own result
 * cells, and a value the analyst typed over one of its formulas stops the
 * run before anything is written.
 */

beforeAll(() => requireBuiltCli());

const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76";
/** The sample's inventory sheet as LibreOffice shows it after recalculating: every cell's text. */
function shown(files: readonly string[]): string[][][] {
  const outputs = convertAll(files, CSV_FILTER, tempFolder(), { recalculate: true, secondsPerFile: 60 });
  return outputs.map((path) => Papa.parse<string[]>(readFileSync(path as string, "utf8")).data);
}
const run = async (input: string, output: string, mode: string): Promise<number> => (await runCli(["evaluate", input, "-o", output, "--formulas", mode, "--lang", "nl", "--force"])).code;
const python = (script: string, ...args: string[]): string => execFileSync("/usr/bin/python3", ["-c", script, ...args], { encoding: "utf8" });

const TYPE_OVER = `
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book[book.sheetnames[0]]
header = [c.value for c in sheet[3]]
column = header.index("Indicatieve klasse") + 1
if sys.argv[3] == "type":
    sheet.cell(row=10, column=column, value="A4")
book.save(sys.argv[2])
print(openpyxl.utils.get_column_letter(column))
`;

describe("portable formulas across re-runs", () => {
  it("values → portable → portable → values: each copy shows what the first values run showed, the result cells only are rewritten", async () => {
    const folder = tempFolder();
    const input = join(folder, "inventaris.xlsx");
    copyFileSync(SAMPLE_XLSX, input);
    const values = join(folder, "v1.xlsx");
    const portable = join(folder, "p1.xlsx");
    const again = join(folder, "p2.xlsx");
    const back = join(folder, "v2.xlsx");
    expect(await run(input, values, "values")).toBe(1); // the sample holds five bad cells
    const said = await runCli(["evaluate", values, "-o", portable, "--formulas", "portable", "--lang", "nl", "--force"]);
    expect(said.code).toBe(1);
    expect(said.stdout).toContain("draagbare formules");
    expect(await run(portable, again, "portable")).toBe(1);
    expect(await run(again, back, "values")).toBe(1);
    const [v1, p1, p2, v2] = shown([values, portable, again, back]);
    expect(v2).toEqual(v1);
    expect(p2).toEqual(p1);
    // Portable rows show the values run's classes (rows in error show the same error word).
    const classColumn = v1[2].indexOf("Indicatieve klasse");
    expect(classColumn).toBeGreaterThan(0);
    expect(p1.map((r) => r[classColumn])).toEqual(v1.map((r) => r[classColumn]));
    expect(p1.map((r) => r[classColumn])).toContain("FOUT");
  }, 4 * CLI_TIMEOUT);

  it("a copy another program saved (openpyxl writes each shared formula out per cell) runs again; a value typed over a formula stops the run", async () => {
    const folder = tempFolder();
    const portable = join(folder, "p1.xlsx");
    expect(await run(SAMPLE_XLSX, portable, "portable")).toBe(1);
    const resaved = join(folder, "resaved.xlsx");
    const typed = join(folder, "typed.xlsx");
    python(TYPE_OVER, portable, resaved, "keep");
    const letter = python(TYPE_OVER, portable, typed, "type").trim();

    expect(await run(resaved, join(folder, "r.xlsx"), "portable")).toBe(1);
    const stopped = await runCli(["evaluate", typed, "-o", join(folder, "t.xlsx"), "--formulas", "portable", "--lang", "nl"]);
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toContain(`${letter} "Indicatieve klasse"`);
    // Switching to values is refused too: the typed cell is the analyst's.
    expect((await runCli(["evaluate", typed, "-o", join(folder, "v.xlsx"), "--lang", "nl"])).code).toBe(2);
  }, 4 * CLI_TIMEOUT);
});
