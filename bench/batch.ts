/**
 * `npm run bench:batch`: the batch tool against ExcelJS alone, from one run.
 *  1. A generated 100,000-row inventory: time and peak memory of
 *     `assistlevel evaluate` vs ExcelJS reading and writing the same file
 *     (ratios; goal ≤ 1.3× for both).
 *  2. A 1,048,576-row inventory (Excel's maximum): it must complete; time and
 *     peak memory (the tool streams files this large).
 * Each run is a separate process measured from the inside (bench/maxRss.js).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { writeInventory } from "./inventoryFile";

const root = path.resolve(__dirname, "..");
const work = path.join(root, ".bench");
const cli = path.join(root, "bin/assistlevel.js");

interface Measure {
  maxRssMB: number;
  seconds: number;
  status: number | null;
}

function measure(label: string, args: string[]): Measure {
  const report = path.join(work, `${label}.json`);
  fs.rmSync(report, { force: true });
  const run = spawnSync(process.execPath, ["--max-old-space-size=16000", "-r", path.join(__dirname, "maxRss.js"), ...args], {
    env: { ...process.env, BENCH_REPORT: report },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!fs.existsSync(report)) throw new Error(`${label} did not finish (status ${run.status}): ${run.stderr.slice(-2000)}`);
  return { ...(JSON.parse(fs.readFileSync(report, "utf8")) as Omit<Measure, "status">), status: run.status };
}

async function inventory(rows: number): Promise<string> {
  const file = path.join(work, `inventory-${rows}.xlsx`);
  if (!fs.existsSync(file)) {
    const started = Date.now();
    await writeInventory(file, rows);
    console.log(`  generated ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return file;
}

const fmt = (m: Measure): string => `${m.seconds.toFixed(1)} s, peak ${Math.round(m.maxRssMB)} MB`;

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, "build/cli/cli/assistlevel.js"))) throw new Error("run `npm run build:cli` first");
  fs.mkdirSync(work, { recursive: true });
  const rows = 100_000;
  const file = await inventory(rows);
  const baseline = measure("exceljs-100k", [path.join(__dirname, "excelJsRoundTrip.js"), file, path.join(work, "roundtrip-100k.xlsx")]);
  const tool = measure("assistlevel-100k", [cli, "evaluate", file, "-o", path.join(work, "evaluated-100k.xlsx"), "--force", "--lang", "nl"]);
  console.log(`batch, ${rows.toLocaleString("en")} rows × 12 columns:`);
  console.log(`  ExcelJS read + write alone:  ${fmt(baseline)}`);
  console.log(`  assistlevel evaluate:        ${fmt(tool)} (exit ${tool.status})`);
  console.log(`  ratio time ${(tool.seconds / baseline.seconds).toFixed(2)}×, memory ${(tool.maxRssMB / baseline.maxRssMB).toFixed(2)}× (goal ≤ 1.3× each)`);

  const max = 1_048_576;
  const big = await inventory(max);
  const huge = measure("assistlevel-1m", [cli, "evaluate", big, "-o", path.join(work, "evaluated-1m.xlsx"), "--force", "--lang", "nl"]);
  console.log(`batch, ${max.toLocaleString("en")} rows (Excel's maximum): assistlevel evaluate ${fmt(huge)} (exit ${huge.status})`);
}

main().catch((failure: unknown) => {
  console.error(failure instanceof Error ? failure.message : failure);
  process.exit(1);
});
