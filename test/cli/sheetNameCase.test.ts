/**
 * Excel compares sheet names regardless of case: a workbook cannot hold both
 * "Summary" and "summary". An analyst's sheet named like one the tool adds,
 * in another case, stops the run as a same-named one does (exit 2, nothing
 * written, the analyst's sheet named); it used to end in an internal error.
 */
import { execFileSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import { CLI_TIMEOUT, SAMPLE_XLSX, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

const ADD_SHEET = `
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
book.create_sheet(sys.argv[3])["A1"] = "notities van de analist"
book.save(sys.argv[2])
`;

beforeAll(requireBuiltCli);

describe("a sheet named like the tool's own in another case", () => {
  it.each([
    ["nl", "OVERZICHT", /Er werd niets geschreven: .*"OVERZICHT"/],
    ["fr", "journal", /Rien n'a été écrit : .*« journal »/],
    ["en", "matrix a1-a4", /Nothing was written: a sheet named "matrix a1-a4" already exists/],
  ] as const)("--lang %s with a sheet %s: exit 2, nothing written, the analyst's sheet named", async (language, sheet, said) => {
    const folder = tempFolder();
    const input = join(folder, "inventaris.xlsx");
    execFileSync("/usr/bin/python3", ["-c", ADD_SHEET, SAMPLE_XLSX, input, sheet]);
    const output = join(folder, "evaluated.xlsx");
    const run = await runCli(["evaluate", input, "-o", output, "--lang", language]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).not.toMatch(/internal error|interne fout|erreur interne/);
    expect(existsSync(output)).toBe(false);
  }, CLI_TIMEOUT);
});

it("--sheet names a sheet regardless of case, as Excel does: --sheet INVENTARIS evaluates the sheet Inventaris", async () => {
  const output = join(tempFolder(), "evaluated.xlsx");
  const run = await runCli(["evaluate", SAMPLE_XLSX, "-o", output, "--lang", "nl", "--sheet", "INVENTARIS"]);
  expect(run.code).toBe(1); // the sample's five bad cells
  expect(run.stdout).toContain('"Inventaris"');
  expect(existsSync(output)).toBe(true);
}, CLI_TIMEOUT);

it.each(["assistlevel.state", "ASSISTLEVEL.FORMS"])("a sheet %s, named like the tool's working sheets in another case, stops the run before Excel could take it for the tool's (exit 2, nothing written)", async (sheet) => {
  const folder = tempFolder();
  const input = join(folder, "inventaris.xlsx");
  execFileSync("/usr/bin/python3", ["-c", ADD_SHEET, SAMPLE_XLSX, input, sheet]);
  const output = join(folder, "evaluated.xlsx");
  const run = await runCli(["evaluate", input, "-o", output, "--lang", "en", "--formulas", "portable"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`Nothing was written: a sheet named "${sheet}" already exists and was not made by AssistLevel.`);
  expect(existsSync(output)).toBe(false);
}, CLI_TIMEOUT);
