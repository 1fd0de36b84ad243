import { execFile } from "child_process";
import { createHash } from "crypto";
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

export const ROOT = resolve(__dirname, "../..");
export const BIN = join(ROOT, "bin", "assistlevel.js");
export const BUILT_CLI = join(ROOT, "build", "cli", "cli", "assistlevel.js");
export const SAMPLE_XLSX = join(ROOT, "samples", "inventaris-ondersteuning-management.xlsx");
export const SAMPLE_CSV = join(ROOT, "samples", "inventaris-ondersteuning-management.csv");

/** A child process run is slow (ExcelJS load, one workbook read and write): seconds, not milliseconds. */
export const CLI_TIMEOUT = 60_000;

/** What tsconfig.cli.json compiles (the office.js adapter is the pane's, not the CLI's). */
const COMPILED_FOLDERS = ["cli", "usecases", "workbook/package", "domain"].map((f) => join(ROOT, "src", f));

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The tests run the CLI as users do, from its build: fail, saying how to
 * fix it, when it is missing or older than the sources it is compiled from.
 */
export function requireBuiltCli(): void {
  if (!existsSync(BUILT_CLI)) {
    throw new Error(`The CLI is not built (${BUILT_CLI} is missing): run npm run build:cli first (npm ci does it).`);
  }
  const built = statSync(BUILT_CLI).mtimeMs;
  const stale = COMPILED_FOLDERS.filter((folder) => newestSource(folder) > built);
  if (stale.length > 0) {
    throw new Error(`The CLI build is older than ${stale.map((f) => f.slice(ROOT.length + 1)).join(", ")}: run npm run build:cli.`);
  }
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/assistlevel.js …args` with an English, non-terminal environment unless `env` says otherwise. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const environment = { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C", ...env };
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: environment, timeout: CLI_TIMEOUT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

export function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), "assistlevel-cli-"));
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every non-empty cell of a sheet, "A1" → its value as JSON (so a number 12 and a text "12" differ). */
export function cellsOf(sheet: ExcelJS.Worksheet): Map<string, string> {
  const cells = new Map<string, string>();
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value !== null && cell.value !== undefined) cells.set(cell.address, JSON.stringify(cell.value));
    }),
  );
  return cells;
}

/** The values of a block of columns, row by row (1-based, inclusive). */
export function columnValues(sheet: ExcelJS.Worksheet, rows: readonly number[], first: number, last: number): unknown[][] {
  return rows.map((r) => {
    const values: unknown[] = [];
    for (let c = first; c <= last; c++) values.push(sheet.getRow(r).getCell(c).value ?? null);
    return values;
  });
}
