/**
 * `npm run bench:portable`: what portable formulas cost against plain values,
 * from one run (figures and ratios, no pass/fail).
 * For 10,000 and 100,000 generated posts (inventoryFile.ts, the rows of
 * generatePosts), `assistlevel evaluate --lang nl` writes a copy with
 * `--formulas values` and one with `--formulas portable`; printed for each:
 *  - the CLI run's wall time and peak memory;
 *  - the copy's size (bytes, MB) and the ratio portable / values;
 *  - the wall time of LibreOffice headless converting the copy's inventory
 *    sheet to CSV with a fresh private profile that recalculates every
 *    formula on load (bench/libreOffice.ts), and the ratio portable / values.
 *    LibreOffice's start-up is inside each time: a tiny workbook's conversion
 *    is timed the same way (twice: a first, cold start and a warm one) so the
 *    reader can subtract it; with soffice.bin's peak memory (polled);
 *  - the rows whose class differs between the two recalculated CSVs (should
 *    be 0), with the rows valid in the values copy, the portable copy's
 *    error cells in the class column, and the rows differing in each other
 *    result column (bands, misfit, flags, strip, rationale).
 * CI=true runs 10,000 posts only (unless --full is given). LibreOffice is
 * stopped after BENCH_LO_TIMEOUT_S seconds (default 1200). Without soffice
 * (scripts/install-system-packages.sh installs it) the LibreOffice figures
 * are skipped with a line saying so. Generated inventories are kept in
 * .bench/ and reused. BENCH_CLI measures another build of the CLI.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import Papa from "papaparse";
import * as path from "path";
import { writeInventory } from "./inventoryFile";
import { convertTimed, csvFilter, type Conversion, sofficeOrUndefined, sofficeVersion } from "./libreOffice";

const root = path.resolve(__dirname, "..");
const work = path.join(root, ".bench");
const cli = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(root, "bin/assistlevel.js");
const ci = (process.env.CI === "true" || process.env.CI === "1") && !process.argv.includes("--full");
const SIZES = ci ? [10_000] : [10_000, 100_000];
const LO_TIMEOUT_S = Number(process.env.BENCH_LO_TIMEOUT_S ?? 1200);
const CLI_TIMEOUT_S = 600;
const TINY_TIMEOUT_S = 300;
const SHEET = "Inventaris";
const CLASS_HEADER = "Indicatieve klasse";
const MODES = ["values", "portable"] as const;
type Mode = (typeof MODES)[number];
/** Bumped whenever the generated inventories change, so that stale ones in .bench/ are not reused. */
const GENERATOR_VERSION = 1;

interface CliRun {
  readonly seconds: number;
  readonly maxRssMB?: number;
  readonly failure?: string;
}

const count = (n: number): string => n.toLocaleString("en");
const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
const secs = (s: number): string => `${s.toFixed(1)} s`;
const machine = (): string => `load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`;

/** Runs the CLI in one mode as a child (Node's options as `assistlevel` starts itself), measured from the inside (maxRss.js). */
function evaluate(input: string, output: string, mode: Mode): Promise<CliRun> {
  const report = `${output}.json`;
  fs.rmSync(report, { force: true });
  fs.rmSync(output, { force: true });
  const started = process.hrtime.bigint();
  const args = ["--max-semi-space-size=64", "-r", path.join(__dirname, "maxRss.js"), cli, "evaluate", input, "--lang", "nl", "--formulas", mode, "--force", "-o", output];
  const child = spawn(process.execPath, args, { env: { ...process.env, BENCH_REPORT: report }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (data: Buffer) => (stderr = (stderr + data.toString()).slice(-4000)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, CLI_TIMEOUT_S * 1000);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const inside = fs.existsSync(report) ? (JSON.parse(fs.readFileSync(report, "utf8")) as { seconds: number; maxRssMB: number }) : undefined;
      const lastLine = stderr.trim().split("\n").slice(-1)[0] ?? "";
      // Exit 1: the copy is written, some rows could not be evaluated.
      let failure: string | undefined;
      if (timedOut) failure = `stopped after ${CLI_TIMEOUT_S} s`;
      else if ((status !== 0 && status !== 1) || !fs.existsSync(output)) failure = `exit ${status ?? signal}: ${lastLine}`;
      resolve({ seconds: inside?.seconds ?? wall, maxRssMB: inside?.maxRssMB, failure });
    });
  });
}

/** The 1-based position of `name` among the workbook's sheets (hidden ones count), as LibreOffice's CSV filter numbers them. */
async function sheetNumber(file: string, name: string): Promise<number> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  if (workbook === undefined) throw new Error(`${file} has no xl/workbook.xml`);
  const names = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((match) => match[1]);
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`${file} has no sheet "${name}" (sheets: ${names.join(", ")})`);
  return index + 1;
}

function conversionLine(c: Conversion, timeoutSeconds = LO_TIMEOUT_S): string {
  if (c.timedOut) return `did not finish in ${timeoutSeconds} s`;
  if (c.output === undefined) return `wrote no CSV after ${secs(c.seconds)} (exit ${c.status}${c.stderr ? `: ${c.stderr.split("\n").slice(-1)[0]}` : ""})`;
  return `${secs(c.seconds).padStart(8)}, peak ${c.peakMB > 0 ? `${Math.round(c.peakMB)} MB` : "?"}`;
}

/** Reads a recalculated CSV: its header row and data rows. */
function readCsv(file: string): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(fs.readFileSync(file, "utf8"), { skipEmptyLines: false });
  const [header = [], ...rows] = parsed.data;
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === "")) rows.pop();
  return { header, rows };
}

const VALID_CLASS = /^A[1-4]$/;
const ERROR_CELL = /^(#[A-Z/0!?]+|Err:\d+)/;

/** Prints the class check: rows whose class differs between the two recalculated copies (should be 0), and the other result columns. */
function compareClasses(valuesCsv: string, portableCsv: string): void {
  const values = readCsv(valuesCsv);
  const portable = readCsv(portableCsv);
  const at = (header: string[], name: string): number => header.indexOf(name);
  const vClass = at(values.header, CLASS_HEADER);
  const pClass = at(portable.header, CLASS_HEADER);
  if (vClass < 0 || pClass < 0) {
    console.log(`    class check: no "${CLASS_HEADER}" header in the ${vClass < 0 ? "values" : "portable"} CSV (headers: ${(vClass < 0 ? values.header : portable.header).join(" | ").slice(0, 300)})`);
    return;
  }
  const rows = Math.max(values.rows.length, portable.rows.length);
  let valid = 0;
  let differValid = 0;
  let differAll = 0;
  let errors = 0;
  let empty = 0;
  let idMismatch = 0;
  const examples: string[] = [];
  for (let i = 0; i < rows; i++) {
    const v = values.rows[i] ?? [];
    const p = portable.rows[i] ?? [];
    if ((v[0] ?? "") !== (p[0] ?? "")) idMismatch++;
    const vc = v[vClass] ?? "";
    const pc = p[pClass] ?? "";
    if (ERROR_CELL.test(pc)) errors++;
    if (pc === "") empty++;
    if (vc !== pc) differAll++;
    if (VALID_CLASS.test(vc)) {
      valid++;
      if (vc !== pc) {
        differValid++;
        if (examples.length < 3) examples.push(`row ${i + 2}: values ${vc}, portable ${JSON.stringify(pc)}`);
      }
    }
  }
  console.log(`    rows in the CSVs: values ${count(values.rows.length)}, portable ${count(portable.rows.length)}${idMismatch ? ` (${count(idMismatch)} rows with another post ID in column A)` : ""}`);
  console.log(`    rows valid in the values copy (class A1–A4): ${count(valid)}; of them, class differs in the portable copy: ${count(differValid)}${examples.length ? ` (${examples.join("; ")})` : ""}`);
  console.log(`    class differs on any row (invalid rows included): ${count(differAll)}; portable class cells empty: ${count(empty)}, errors (#…, Err:…): ${count(errors)}`);
  // Every other result column (bands, misfit, flags, strip, rationale): the headers from the class on, matched by name.
  const others = values.header.slice(vClass + 1).map((name) => {
    const vi = at(values.header, name);
    const pi = at(portable.header, name);
    let differ = 0;
    for (let i = 0; i < rows; i++) if ((values.rows[i]?.[vi] ?? "") !== (pi < 0 ? "" : (portable.rows[i]?.[pi] ?? ""))) differ++;
    return { name: pi < 0 ? `${name} (not in the portable CSV)` : name, differ };
  });
  const differing = others.filter((column) => column.differ > 0);
  console.log(
    `    the ${others.length} other result columns (bands, misfit, flags, strip, rationale): ` +
      (differing.length === 0 ? "no row differs" : `rows differing: ${differing.map((column) => `${column.name} ${count(column.differ)}`).join(", ")}`),
  );
}

async function inventory(rows: number): Promise<string> {
  const file = path.join(work, `portable-inventory-v${GENERATOR_VERSION}-${rows}.xlsx`);
  let how = "reused";
  if (!fs.existsSync(file)) {
    const started = Date.now();
    await writeInventory(file, rows);
    how = `generated in ${secs((Date.now() - started) / 1000)}`;
  }
  console.log(`\n${count(rows)} posts × 12 columns: ${path.relative(root, file)}, ${megabytes(fs.statSync(file).size)}, ${how}`);
  return file;
}

async function size(rows: number, soffice: string | undefined): Promise<void> {
  const input = await inventory(rows);
  const copies = {} as Record<Mode, string>;
  const runs = {} as Record<Mode, CliRun>;
  for (const mode of MODES) {
    copies[mode] = path.join(work, `portable-${mode}-${rows}.xlsx`);
    runs[mode] = await evaluate(input, copies[mode], mode);
  }
  console.log("  assistlevel evaluate --lang nl:");
  for (const mode of MODES) {
    const run = runs[mode];
    console.log(`    --formulas ${mode.padEnd(9)} ${run.failure ? `did not complete: ${run.failure}` : `${secs(run.seconds).padStart(8)}, peak ${run.maxRssMB === undefined ? "?" : `${Math.round(run.maxRssMB)} MB`}`}`);
  }
  if (runs.values.failure || runs.portable.failure) return;
  console.log(`    time portable / values: ${ratio(runs.portable.seconds, runs.values.seconds)}`);

  const bytes = { values: fs.statSync(copies.values).size, portable: fs.statSync(copies.portable).size };
  console.log("  file size:");
  for (const mode of MODES) console.log(`    ${mode.padEnd(9)} ${count(bytes[mode]).padStart(13)} bytes  ${megabytes(bytes[mode]).padStart(10)}`);
  console.log(`    portable / values: ${ratio(bytes.portable, bytes.values)}`);

  if (soffice === undefined) return;
  const conversions = {} as Record<Mode, Conversion>;
  for (const mode of MODES) {
    const sheet = await sheetNumber(copies[mode], SHEET);
    conversions[mode] = await convertTimed(soffice, copies[mode], csvFilter(sheet), path.join(work, `portable-csv-${mode}-${rows}`), { recalculate: true, timeoutSeconds: LO_TIMEOUT_S });
  }
  console.log("  LibreOffice headless, recalculating on load, sheet Inventaris → CSV (start-up included):");
  for (const mode of MODES) console.log(`    ${mode.padEnd(9)} ${conversionLine(conversions[mode])}`);
  const [v, p] = [conversions.values, conversions.portable];
  if (v.output && p.output) {
    console.log(`    portable / values: ${ratio(p.seconds, v.seconds)}`);
    compareClasses(v.output, p.output);
  }
}

/** Times LibreOffice's conversion of a 5-post workbook: its start-up, to subtract from the times above. */
async function startUp(soffice: string): Promise<void> {
  const tiny = path.join(work, `portable-inventory-v${GENERATOR_VERSION}-tiny.xlsx`);
  if (!fs.existsSync(tiny)) await writeInventory(tiny, 5);
  const out = path.join(work, "portable-csv-tiny");
  const first = await convertTimed(soffice, tiny, csvFilter(1), out, { recalculate: true, timeoutSeconds: TINY_TIMEOUT_S });
  const second = await convertTimed(soffice, tiny, csvFilter(1), out, { recalculate: true, timeoutSeconds: TINY_TIMEOUT_S });
  console.log(`LibreOffice start-up (a 5-post workbook → CSV, same profile setup): first ${conversionLine(first, TINY_TIMEOUT_S)}; again ${conversionLine(second, TINY_TIMEOUT_S)}`);
}

async function main(): Promise<void> {
  if (!process.env.BENCH_CLI && !fs.existsSync(path.join(root, "build/cli/cli/assistlevel.js"))) throw new Error("run `npm run build:cli` first");
  fs.mkdirSync(work, { recursive: true });
  const started = Date.now();
  console.log(
    `bench:portable (${ci ? "CI=true: 10,000 posts only, to keep CI short; run without CI, or with --full, for 100,000 too" : "full size: 10,000 and 100,000 posts"}), ` +
      `Node ${process.version}, ${machine()}`,
  );
  console.log(`assistlevel: ${path.relative(root, cli) || cli}`);
  const soffice = sofficeOrUndefined();
  if (soffice === undefined) {
    console.log("LibreOffice skipped: soffice is not installed (bash scripts/install-system-packages.sh installs Debian's libreoffice-calc); CLI times and file sizes only");
  } else {
    console.log(`${sofficeVersion(soffice) || "LibreOffice (version unknown)"}; each conversion stopped after ${LO_TIMEOUT_S} s (BENCH_LO_TIMEOUT_S)`);
    await startUp(soffice);
  }
  for (const rows of SIZES) await size(rows, soffice);
  console.log(`\nbench:portable took ${secs((Date.now() - started) / 1000)} (${machine()} at the end)`);
}

main().catch((failure: unknown) => {
  console.error(failure instanceof Error ? failure.message : failure);
  process.exit(1);
});
