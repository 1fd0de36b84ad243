/**
 * `npm run bench:batch`: the batch tool's copy against ExcelJS and against
 * the package floor, from one run (issue 9), on generated Excel-style
 * inventories (excelStyleInventory.ts: shared strings, styles, a date
 * column and a filled-down formula column).
 *  1. 100,000 posts, side by side: inflating and deflating every part of the
 *     package (the floor of any copy that keeps it), ExcelJS reading and
 *     writing the workbook alone, and `assistlevel evaluate`; ratios tool /
 *     ExcelJS (goal ≤ 0.25× the time, ≤ 0.5× the memory) and tool / floor.
 *     ExcelJS and the tool run ROUNDS times each, alternately, and the
 *     medians are compared (every round is printed): one run of each
 *     varied by up to 20% on this machine.
 *     The copy's formula column is counted as in step 2.
 *  2. 1,048,575 posts (Excel's maximum): `assistlevel evaluate` must complete
 *     (goal ≤ 300 s and ≤ 2 GB, aim 60 s) and its copy must still hold the
 *     formula column: the `<f>` of column N in the copy's sheet part,
 *     streamed (formulaCount.ts), against the input's.
 * Each measured run is its own child process with Node's default options (as
 * `assistlevel` runs), measured from the inside (bench/maxRss.js) and stopped
 * after BENCH_TIMEOUT_S seconds. CI=true runs 300,000 posts in step 2 (and
 * stops children after 300 s) unless --full is given. BENCH_CLI measures
 * another build of the CLI. Generated inventories are kept in .bench/ and
 * reused.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FORMULA_COLUMN, writeExcelStyleInventory } from "./excelStyleInventory";
import { countFormulas } from "./formulaCount";
import { SHEET_NAME } from "./inventoryParts";

const root = path.resolve(__dirname, "..");
const work = path.join(root, ".bench");
/** The CLI measured: this repository's (npm run build:cli), or another build named by BENCH_CLI (e.g. an older version's bin/assistlevel.js). */
const cli = process.env.BENCH_CLI ? path.resolve(process.env.BENCH_CLI) : path.join(root, "bin/assistlevel.js");
const ci = (process.env.CI === "true" || process.env.CI === "1") && !process.argv.includes("--full");
const COMPARED_POSTS = 100_000;
const LARGE_POSTS = ci ? 300_000 : 1_048_575;
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? (ci ? 300 : 1200));
/** Alternate runs of ExcelJS and of the tool in step 1 (BENCH_ROUNDS=1 for a quick look). */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const GOAL = { time: 0.25, memory: 0.5, largeSeconds: 300, largeMB: 2048, aimSeconds: 60 };
/** Bumped whenever excelStyleInventory writes other files, so that stale ones in .bench/ are not reused. */
const GENERATOR_VERSION = 2;

interface Measure {
  readonly label: string;
  readonly seconds: number;
  readonly maxRssMB: number;
  /** True when the child died before reporting: maxRssMB is the kernel's high-water mark last seen (polled every 0.5 s). */
  readonly polled: boolean;
  /** Why the run did not complete (timeout, crash, out of memory); undefined when it did. */
  readonly failure?: string;
  readonly status: number | null;
  readonly stdout: string;
}

/** Peak resident memory of a running process, from the kernel (kept while the process lives). */
function peakOf(pid: number): number | undefined {
  try {
    const kB = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kB === undefined ? undefined : Number(kB) / 1024;
  } catch {
    return undefined;
  }
}

/**
 * Runs `node <args>` as a child measured from the inside; a run that fails
 * (an exit status not in `completed`) or outlasts TIMEOUT_S is reported, not thrown.
 */
function measure(label: string, args: string[], completed: readonly number[] = [0]): Promise<Measure> {
  const report = path.join(work, `${label}.json`);
  fs.rmSync(report, { force: true });
  const started = Date.now();
  const child = spawn(process.execPath, ["-r", path.join(__dirname, "maxRss.js"), ...args], {
    env: { ...process.env, BENCH_REPORT: report },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (data: Buffer) => (stdout = (stdout + data.toString()).slice(-20_000)));
  child.stderr.on("data", (data: Buffer) => (stderr = (stderr + data.toString()).slice(-20_000)));
  let peak = 0;
  const watch = setInterval(() => (peak = Math.max(peak, peakOf(child.pid ?? 0) ?? 0)), 500);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, TIMEOUT_S * 1000);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (status, signal) => {
      clearInterval(watch);
      clearTimeout(timer);
      const inside = fs.existsSync(report) ? (JSON.parse(fs.readFileSync(report, "utf8")) as { maxRssMB: number; seconds: number }) : undefined;
      const seconds = inside?.seconds ?? (Date.now() - started) / 1000;
      const maxRssMB = inside?.maxRssMB ?? peak;
      const lastLine = stderr.trim().split("\n").filter((line) => line.trim() !== "").slice(-1)[0] ?? "";
      let failure: string | undefined;
      if (timedOut) failure = `stopped after ${TIMEOUT_S} s (BENCH_TIMEOUT_S)`;
      else if (/heap out of memory|Allocation failed/.test(stderr)) failure = `out of memory (exit ${status ?? signal}): ${lastLine}`;
      else if (inside === undefined || status === null || !completed.includes(status)) failure = `exit ${status ?? signal}: ${lastLine}`;
      resolve({ label, seconds, maxRssMB, polled: inside === undefined, failure, status, stdout });
    });
  });
}

const mb = (value: number): string => `${Math.round(value).toLocaleString("en")} MB`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
const check = (ok: boolean): string => (ok ? "✔" : "✘");

function line(name: string, m: Measure): string {
  const figures = `${m.seconds.toFixed(1).padStart(7)} s  peak ${mb(m.maxRssMB).padStart(9)}`;
  return `  ${name.padEnd(58)}${m.failure === undefined ? figures : `did not complete: ${m.failure} (after ${m.seconds.toFixed(0)} s, peak ${m.polled ? "≥ " : ""}${mb(m.maxRssMB)})`}`;
}

/** The run of median time; a run that did not complete is the one reported. */
function median(runs: readonly Measure[]): Measure {
  const failed = runs.find((m) => m.failure !== undefined);
  if (failed) return failed;
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
}

/** Every round's time, after the median's line. */
const rounds = (runs: readonly Measure[]): string => (runs.length > 1 ? `  (rounds: ${runs.map((m) => `${m.seconds.toFixed(1)} s`).join(", ")})` : "");

async function inventory(posts: number): Promise<string> {
  const file = path.join(work, `excel-style-v${GENERATOR_VERSION}-${posts}.xlsx`);
  let how = "reused";
  if (!fs.existsSync(file)) {
    const started = Date.now();
    await writeExcelStyleInventory(file, posts);
    how = `generated in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  }
  console.log(`${posts.toLocaleString("en")} posts × 14 columns (one a filled-down formula): ${path.relative(root, file)}, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB, ${how}`);
  return file;
}

function evaluate(label: string, file: string): Promise<Measure> {
  // Exit 1: the copy is written, some rows could not be evaluated.
  // The young-generation flag bin/assistlevel.js would start itself with, given here so the measured process is the tool itself.
  return measure(label, ["--max-semi-space-size=64", cli, "evaluate", file, "--lang", "nl", "--force", "-o", path.join(work, `${label}.xlsx`)], [0, 1]);
}

async function compared(): Promise<void> {
  const file = await inventory(COMPARED_POSTS);
  const k = `${COMPARED_POSTS / 1000}k`;
  const floor = await measure(`floor-${k}`, [path.join(__dirname, "packageFloor.js"), file, path.join(work, `floor-${k}.xlsx`)]);
  const excelJsRounds: Measure[] = [];
  const toolRounds: Measure[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    excelJsRounds.push(await measure(`exceljs-${k}`, [path.join(__dirname, "excelJsRoundTrip.js"), file, path.join(work, `exceljs-${k}.xlsx`)]));
    toolRounds.push(await evaluate(`evaluated-${k}`, file));
  }
  const excelJs = median(excelJsRounds);
  const tool = median(toolRounds);
  const parts = floor.failure === undefined ? (JSON.parse(floor.stdout) as { parts: number; inflatedMB: number }) : undefined;
  const floorName = `package floor${parts ? ` (${parts.parts} parts, ${parts.inflatedMB.toFixed(0)} MB inflated)` : ""}`;
  console.log(line(floorName, floor));
  console.log("    (zip.js 2 with Node's CompressionStream/DecompressionStream = zlib, level 6, parts at once; the tool deflates its changed parts at level 3: src/cli/zlibCompression.ts)");
  const medianOf = ROUNDS > 1 ? `, median of ${ROUNDS}` : "";
  console.log(line(`ExcelJS reading + writing the workbook alone${medianOf}`, excelJs) + rounds(excelJsRounds));
  console.log(line(`assistlevel evaluate --lang nl${medianOf}`, tool) + rounds(toolRounds));
  if (tool.failure !== undefined) return;
  if (excelJs.failure === undefined) {
    const time = tool.seconds / excelJs.seconds;
    const memory = tool.maxRssMB / excelJs.maxRssMB;
    console.log(
      `  tool / ExcelJS: time ${ratio(tool.seconds, excelJs.seconds)} (goal ≤ ${GOAL.time}× ${check(time <= GOAL.time)}), ` +
        `memory ${ratio(tool.maxRssMB, excelJs.maxRssMB)} (goal ≤ ${GOAL.memory}× ${check(memory <= GOAL.memory)})`,
    );
  }
  if (floor.failure === undefined) console.log(`  tool / floor:   time ${ratio(tool.seconds, floor.seconds)}, memory ${ratio(tool.maxRssMB, floor.maxRssMB)}`);
  await formulasKept(file, tool.label);
}

/** Prints the formulas of column N in the input and in the copy (the analyst's filled-down column must be kept). */
async function formulasKept(file: string, label: string): Promise<void> {
  const [input, copy] = [await countFormulas(file, SHEET_NAME), await countFormulas(path.join(work, `${label}.xlsx`), SHEET_NAME)];
  const kept = copy.byColumn.get(FORMULA_COLUMN) ?? 0;
  const wanted = input.byColumn.get(FORMULA_COLUMN) ?? 0;
  console.log(
    `  formulas in column ${FORMULA_COLUMN}: input ${wanted.toLocaleString("en")}, copy ${kept.toLocaleString("en")} ` +
      `(${copy.part}: ${copy.total.toLocaleString("en")} <f> in all) ${check(kept === wanted)}`,
  );
}

async function large(): Promise<void> {
  const file = await inventory(LARGE_POSTS);
  const label = `evaluated-${LARGE_POSTS}`;
  const tool = await evaluate(label, file);
  console.log(line("assistlevel evaluate --lang nl", tool));
  if (tool.failure !== undefined) return;
  const within = tool.seconds <= GOAL.largeSeconds && tool.maxRssMB <= GOAL.largeMB;
  console.log(
    `  goal ≤ ${GOAL.largeSeconds} s and ≤ ${mb(GOAL.largeMB)} ${check(within)}` +
      `${LARGE_POSTS === 1_048_575 ? `; aim ${GOAL.aimSeconds} s ${check(tool.seconds <= GOAL.aimSeconds)}` : " (goals are for 1,048,575 posts)"}`,
  );
  await formulasKept(file, label);
}

/** Load average and cores: this machine's figures vary with what else runs. */
const machine = (): string => `load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`;

async function main(): Promise<void> {
  if (!process.env.BENCH_CLI && !fs.existsSync(path.join(root, "build/cli/cli/assistlevel.js"))) throw new Error("run `npm run build:cli` first");
  fs.mkdirSync(work, { recursive: true });
  const started = Date.now();
  console.log(`bench:batch (${ci ? "CI size; --full for 1,048,575 posts" : "full size"}), children stopped after ${TIMEOUT_S} s, Node ${process.version}, ${machine()}`);
  console.log(`assistlevel: ${path.relative(root, cli) || cli}`);
  await compared();
  await large();
  console.log(`bench:batch took ${((Date.now() - started) / 1000).toFixed(0)} s (${machine()} at the end)`);
}

main().catch((failure: unknown) => {
  console.error(failure instanceof Error ? failure.message : failure);
  process.exit(1);
});
