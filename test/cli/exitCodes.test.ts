import { spawn } from "child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { INVENTORY_INPUTS } from "../../src/usecases/inventoryHeaders";
import { BIN, CLI_TIMEOUT, SAMPLE_CSV, SAMPLE_XLSX, requireBuiltCli, runCli, sha256, tempFolder } from "./cliHarness";

jest.setTimeout(CLI_TIMEOUT);

/** The sample's deliberately bad cells (samples/README.md). */
const BAD_CELLS = ["L18", "K27", "K32", "N56", "P56", "M62"];

// Every criterion has a column (improvement and contacts left blank: they do not vote), so nothing is said on stderr.
const VALID_CSV =
  "\uFEFFPost-ID;Personeel;Coördinatie;Advies;Rol;Verbetering;Contacten\r\nP1;150;1;dienst;bijdragen;;\r\nP2;1 200;A3;strategie;verantwoordelijk;;\r\nP3;500;4;2;;;\r\n";

let folder: string;
beforeAll(() => requireBuiltCli());
beforeEach(() => {
  folder = tempFolder();
});

describe("assistlevel evaluate: exit codes", () => {
  it("exits 0 when every row is evaluated, with the summary on stdout and nothing on stderr", async () => {
    const input = join(folder, "valid.csv");
    writeFileSync(input, VALID_CSV);
    const run = await runCli(["evaluate", input]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Written: ${join(folder, "valid.evaluated.xlsx")}`);
    expect(run.stdout).toMatch(/Posts evaluated: 3 \(A1 1, A2 0, A3 2, A4 0\)/);
    expect(run.stdout).toMatch(/Rows in error: +0/);
    expect(run.stdout).toMatch(/Flagged: +tie 1, role unknown 1/);
    expect(existsSync(join(folder, "valid.evaluated.xlsx"))).toBe(true);
  });

  it("exits 1 when the output is written but rows are invalid, listing each bad cell on stderr", async () => {
    const output = join(folder, "sample.xlsx");
    const run = await runCli(["evaluate", SAMPLE_XLSX, "-o", output, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(existsSync(output)).toBe(true);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toBe("5 rows could not be evaluated:");
    expect(lines.slice(1).map((line) => line.split(" ")[0])).toEqual(BAD_CELLS);
    expect(run.stderr).toContain('K32 staff (headcount supported): "12,5" has a fraction');
    expect(run.stdout).toMatch(/Rows in error: +5/);
    expect(run.stdout).toMatch(/Blank rows: +1/);
  });

  it.concurrent.each([
    ["a missing file", (f: string) => [join(f, "nope.xlsx")], /Cannot read .*nope\.xlsx: no such file\./],
    ["a folder", (f: string) => [folderNamed(f, "folder.xlsx")], /folder\.xlsx: it is not a file\./],
    ["another extension", (f: string) => [write(f, "inventory.ods", "x")], /reads \.xlsx, \.xlsm and \.csv files/],
    ["a text file named .xlsx", (f: string) => [write(f, "fake.xlsx", "Post-ID;Personeel\n")], /not an \.xlsx file \(zip signature missing\)/],
    ["a broken zip named .xlsx", (f: string) => [write(f, "broken.xlsx", "PK\u0003\u0004 and then nothing")], /not an \.xlsx workbook \(the zip package cannot be read/],
    ["a CSV with an unterminated quote", (f: string) => [write(f, "quote.csv", 'Personeel;Coördinatie;Advies\n"150;1;1\n')], /malformed CSV at record 2/],
    ["an unknown --map input", () => [SAMPLE_XLSX, "--map", "headcount=Personeel"], new RegExp(`"headcount" is not an input AssistLevel reads\\. Inputs: ${INVENTORY_INPUTS.join(", ")}\\.`)],
    ["a --map pair without =", () => [SAMPLE_XLSX, "--map", "staff"], /"staff" is not input=Header/],
    ["an unknown --lang", () => [SAMPLE_XLSX, "--lang", "de"], /argument 'de' is invalid/],
    ["--csv with an .xlsx output", (f: string) => [SAMPLE_XLSX, "--csv", "-o", join(f, "out.xlsx")], /--csv asks for CSV output/],
    ["an output that is neither .xlsx nor .csv", (f: string) => [SAMPLE_XLSX, "-o", join(f, "out.txt")], /must end in \.xlsx, \.xlsm or \.csv/],
    ["an output folder that does not exist", (f: string) => [SAMPLE_XLSX, "-o", join(f, "no", "out.xlsx")], /no such folder/],
    ["a sheet that does not exist", (f: string) => [SAMPLE_XLSX, "--sheet", "Blad9", "-o", join(f, "out.xlsx")], /no sheet "Blad9"; its sheets are: "Inventaris"/],
  ])("exits 2 on %s, saying why, and writes nothing", async (_, args, message) => {
    const own = tempFolder(); // concurrent cases: each its own folder
    const run = await runCli(["evaluate", ...args(own)]);
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(readdirNames(own).filter((name) => name.includes("evaluated") || name.startsWith("out") || name.endsWith(".tmp"))).toEqual([]);
  });

  (process.platform === "linux" ? it : it.skip)("exits 2 when the file system refuses the output, leaving no temporary file", async () => {
    const run = await runCli(["evaluate", SAMPLE_XLSX, "-o", "/proc/evaluated.xlsx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Cannot write \/proc\/evaluated\.xlsx: /);
  });

  it("exits 2 with the use case's message when it stops (no inventory headers)", async () => {
    const input = write(folder, "no-headers.csv", "Naam;Leeftijd\nJan;40\n");
    const run = await runCli(["evaluate", input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no column for staff, scope, advice\. Headers found: A "Naam", B "Leeftijd"/);
  });

  it("exits 2 without a command, showing the usage", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: assistlevel");
  });

  it("exits 2 saying how to build when the compiled CLI is missing", async () => {
    const copy = join(tempFolder(), "bin");
    mkdirSync(copy);
    copyFileSync(BIN, join(copy, "assistlevel.js"));
    const run = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [join(copy, "assistlevel.js"), "evaluate", SAMPLE_XLSX]);
      let stderr = "";
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.on("close", (code) => done({ code, stderr }));
    });
    expect(run).toEqual({ code: 2, stderr: "AssistLevel is not built yet: run npm run build:cli (npm ci does it)\n" });
  });

  it("--help exits 0", async () => {
    const run = await runCli(["evaluate", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--force");
  });
});

describe("assistlevel evaluate: the input is never changed, an output never silently replaced", () => {
  it.each([
    ["xlsx", SAMPLE_XLSX],
    ["csv", SAMPLE_CSV],
  ])("leaves the %s input's bytes as they were", async (_, sample) => {
    const input = join(folder, `inventaris.${_}`);
    copyFileSync(sample, input);
    const before = sha256(input);
    const run = await runCli(["evaluate", input]);
    expect(run.code).toBe(1);
    expect(sha256(input)).toBe(before);
    expect(existsSync(join(folder, "inventaris.evaluated.xlsx"))).toBe(true);
  });

  it("refuses the input itself as output", async () => {
    const input = join(folder, "inventaris.xlsx");
    copyFileSync(SAMPLE_XLSX, input);
    const before = sha256(input);
    const run = await runCli(["evaluate", input, "-o", input, "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is the input file: AssistLevel never changes its input/);
    expect(sha256(input)).toBe(before);
  });

  it("refuses an existing output without --force, and overwrites it with --force", async () => {
    const output = join(folder, "out.xlsx");
    writeFileSync(output, "an earlier file");
    const refused = await runCli(["evaluate", SAMPLE_XLSX, "-o", output]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/out\.xlsx already exists: nothing was written\. Add --force/);
    expect(readFileSync(output, "utf8")).toBe("an earlier file");

    const forced = await runCli(["evaluate", SAMPLE_XLSX, "-o", output, "--force"]);
    expect(forced.code).toBe(1);
    expect(readFileSync(output).subarray(0, 2).toString()).toBe("PK");
    expect(readdirNames(folder)).toEqual(["out.xlsx"]); // no temporary file left behind
  });
});

function write(folder: string, name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

function folderNamed(folder: string, name: string): string {
  const path = join(folder, name);
  mkdirSync(path);
  return path;
}

function readdirNames(folder: string): string[] {
  return readdirSync(folder).sort();
}
