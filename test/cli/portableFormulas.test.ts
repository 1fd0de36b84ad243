import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import Papa from "papaparse";
import { convertAll } from "../support/libreOffice";
import { type InputRow, WORKED_EXAMPLES, acceptedRows, fuzzRows, rejectedRows } from "../support/portableCases";
import { RESULT_FIELDS, fieldOffset } from "../../src/usecases/resultColumns";
import JSZip from "jszip";
import { PORTABLE_FUNCTIONS, calledFunctions } from "../../src/usecases/portable/formulaText";
import { requireBuiltCli, runCli, tempFolder } from "./cliHarness";

/**
 * LibreOffice as the oracle of the portable formulas: the batch tool writes
 * the same inventory once as values (the engine's answers) and once as
 * portable formulas; LibreOffice recalculates the second on load, and every
 * class, band, misfit, flag and rationale must be the engine's. A form the
 * engine refuses must be an error in the formulas too, never a class.
 */

beforeAll(() => requireBuiltCli());

const HEADERS = ["Post", "Headcount", "Coordination", "Advice", "Role", "Improvement", "Contacts"];
const MAP = ["--map", "staff=B,scope=C,advice=D,role=E,improvement=F,contacts=G"];
/** First result column: after the seven inventory columns. */
const FIRST = HEADERS.length + 1;
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76";

async function inventory(path: string, rows: readonly InputRow[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Posts");
  sheet.addRow(HEADERS);
  rows.forEach((row, i) => sheet.addRow([`P${i + 1}`, ...row.map((v) => (v !== null && typeof v === "object" ? { error: v.error } : v))]));
  await workbook.xlsx.writeFile(path);
}

interface Results {
  readonly values: string[][];
  readonly portable: string[][];
  readonly portableCopy: string;
}

/** The inventory's rows after the header, as the two modes leave them once LibreOffice has opened them. */
async function bothModes(rows: readonly InputRow[], name: string): Promise<Results> {
  const folder = tempFolder();
  const input = join(folder, `${name}.xlsx`);
  await inventory(input, rows);
  const values = join(folder, `${name}-values.xlsx`);
  const portable = join(folder, `${name}-portable.xlsx`);
  for (const [output, mode] of [[values, "values"], [portable, "portable"]] as const) {
    const run = await runCli(["evaluate", input, "-o", output, ...MAP, "--formulas", mode, "--lang", "en"]);
    expect(run.stderr).not.toMatch(/Error:|at .*\.js/);
    expect([0, 1]).toContain(run.code);
  }
  // Recalculating 20,000 rows of formulas takes LibreOffice about a minute on this machine.
  const [valuesCsv, portableCsv] = convertAll([values, portable], CSV_FILTER, folder, { recalculate: true, secondsPerFile: 300 });
  return { values: readCsv(valuesCsv), portable: readCsv(portableCsv), portableCopy: portable };
}

/** The rows after the header of a CSV LibreOffice wrote. */
function readCsv(path: string | undefined): string[][] {
  const rows = Papa.parse<string[]>(readFileSync(path as string, "utf8"), { skipEmptyLines: false }).data.slice(1);
  // The file's final line break is no row; a blank row inside the sheet is kept (its cells are "").
  return rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "" ? rows.slice(0, -1) : rows;
}

const at = (row: string[] | undefined, field: (typeof RESULT_FIELDS)[number]): string => row?.[FIRST - 1 + fieldOffset(field)] ?? "";
const ERRORS = new Set(["ERROR", "FOUT", "ERREUR"]);

/** Every row where the formulas do not say what the engine says, as a readable line. */
function differences(rows: readonly InputRow[], { values, portable }: Results): string[] {
  const found: string[] = [];
  rows.forEach((input, i) => {
    const engine = values[i];
    const formulas = portable[i];
    const show = (fields: readonly (typeof RESULT_FIELDS)[number][]) => (row: string[] | undefined) => fields.map((f) => at(row, f)).join(" | ");
    const invalid = ERRORS.has(at(engine, "class"));
    const fields = invalid ? (["class", "misfit", "flags"] as const) : RESULT_FIELDS;
    const same = fields.every((f) => at(engine, f) === at(formulas, f));
    if (!same) found.push(`row ${i + 2} ${JSON.stringify(input)}:\n  engine   ${show(fields)(engine)}\n  formulas ${show(fields)(formulas)}`);
  });
  return found;
}

describe("portable formulas, recalculated by LibreOffice, give the engine's results", () => {
  it("on every worked example, every accepted input form and every rejected one", async () => {
    const rows = [...WORKED_EXAMPLES, ...acceptedRows(), ...rejectedRows()];
    const results = await bothModes(rows, "forms");
    expect(results.portable.length).toBeGreaterThanOrEqual(rows.length);
    expect(differences(rows, results)).toEqual([]);
    // The check can fail: the worked examples' classes are there, and refused forms are errors.
    expect(WORKED_EXAMPLES.map((_, i) => at(results.portable[i], "class"))).toEqual(["A1", "A2", "A2", "A3", "A3", "A4", "A1"]);
    const rejected = rejectedRows().map((_, i) => at(results.portable[WORKED_EXAMPLES.length + acceptedRows().length + i], "class"));
    expect(new Set(rejected)).toEqual(new Set(["ERROR"]));
    // Every formula in the copy, on every sheet, cells and highlight rules alike: only portable functions, never the add-in.
    const formulas = await copyFormulas(results.portableCopy);
    expect(formulas.length).toBeGreaterThan(9);
    const used = new Set(formulas.flatMap(calledFunctions));
    expect([...used].filter((name) => !(PORTABLE_FUNCTIONS as readonly string[]).includes(name))).toEqual([]);
    expect(formulas.filter((f) => /HR\.|_xldudf|_xlfn\./i.test(f))).toEqual([]);
  }, 600_000);

  it("on a fixed-seed fuzz of 20,000 rows", async () => {
    const rows = fuzzRows(20_000);
    const results = await bothModes(rows, "fuzz");
    const found = differences(rows, results);
    expect(found.slice(0, 10)).toEqual([]);
    const classes = new Set(results.portable.map((r) => at(r, "class")));
    expect(classes).toEqual(new Set(["A1", "A2", "A3", "A4", "ERROR", ""]));
  }, 1_200_000);

  it("follows edits: inputs changed in the copy give the engine's results for the new inputs once recalculated", async () => {
    const before: InputRow[] = [[150, 1, 1, null, null, null], [500, 3, 2, null, null, null], [1500, 4, 2, "responsible", 3, 3], [200, 2, 1, null, null, null]];
    const after: InputRow[] = [[1500, 4, 2, null, null, null], [500, 3, 2, "contributes", 1, 1], [150, 1, 1, "responsible", 3, 3], ["abc", 2, 1, null, null, null]];
    const { portableCopy } = await bothModes(before, "before");
    const edited = join(tempFolder(), "edited.xlsx");
    // openpyxl, a reader other than ours, edits the copy's input cells as an analyst would and saves it.
    execFileSync("/usr/bin/python3", ["-c", EDIT_SCRIPT, portableCopy, edited, JSON.stringify(after)]);
    const [csv] = convertAll([edited], CSV_FILTER, tempFolder(), { recalculate: true });
    const recalculated = readCsv(csv);
    const expected = await bothModes(after, "after");
    expect(differences(after, { ...expected, portable: recalculated })).toEqual([]);
    expect(recalculated.map((r) => at(r, "class"))).toEqual(["A4", "A2", "A2", "ERROR"]);
  }, 600_000);
});

/** The text of every formula in a package: cell formulas (`<f>`) and rule formulas (`<formula>`), XML entities undone. */
async function copyFormulas(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/.*\.xml$/.test(name));
  const texts = await Promise.all(parts.map((name) => zip.file(name)?.async("string") ?? ""));
  const unescape = (t: string): string => t.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return texts.flatMap((xml) => [...xml.matchAll(/<(?:\w+:)?(f|formula)(?:\s[^>]*)?>([^<]*)</g)].map((m) => unescape(m[2])));
}

const EDIT_SCRIPT = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book["Posts"]
for i, row in enumerate(json.loads(sys.argv[3])):
    for j, value in enumerate(row):
        sheet.cell(row=i + 2, column=j + 2, value=value)
book.save(sys.argv[2])
`;
