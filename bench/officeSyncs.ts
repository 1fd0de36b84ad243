/**
 * Syncs, chunks and format operations of one evaluate + highlight run of the
 * real use case over the office.js adapter and the fake Excel of
 * harness/excel (an inventory generated from the row number, harness/officeRuns), for
 * N = 100 / 10,000 / 1,000,000 rows in both result modes on a plain range;
 * then the same with long cells (full descriptor texts in the inventory, see
 * longCells.ts) and values-mode re-runs, which read the rationale column back;
 * then what following the selection costs per selection change (syncs, style
 * sets, undo entries), with the pane shown and hidden (followRun.ts); and
 * the custom-function calls a live-formula run costs Excel in each layout.
 * Prints tables; nothing here is asserted (the tests do that). CI=true runs
 * the small sizes only (100 and 10,000 rows, 5 selections) unless --full is
 * given.
 */
import { evaluateAndCount, liveFormulaCalls, type RunCounts, type RunOptions } from "../harness/officeRuns/inventoryRun";
import { type SelectionCost, following } from "../harness/officeRuns/followRun";
import { longInventoryCell } from "../harness/officeRuns/longCells";

const ci = (process.env.CI === "true" || process.env.CI === "1") && !process.argv.includes("--full");
const FIRST_RUN_SIZES = ci ? [100, 10_000] : [100, 10_000, 1_000_000];
const RERUN_SIZES = ci ? [100, 10_000] : [100, 10_000, 30_000];
const SELECTIONS = ci ? 5 : 20;

const HEADER = "mode      rows       syncs  chunks  syncs-chunks  formatOps  refusals  undo  largest request+response (bytes)  largest response";

function line(mode: string, rows: number, c: RunCounts): string {
  return `${mode.padEnd(9)} ${String(rows).padStart(9)}  ${String(c.syncs).padStart(5)}  ${String(c.chunks).padStart(6)}  ${String(c.syncs - c.chunks).padStart(12)}  ${String(c.formatOps).padStart(9)}  ${String(c.refusals).padStart(8)}  ${String(c.undoEntries).padStart(4)}  ${String(c.largestRequest).padStart(32)}  ${String(c.largestResponse).padStart(16)}`;
}

async function table(title: string, sizes: readonly number[], modes: readonly ("values" | "formulas")[], options: RunOptions = {}): Promise<void> {
  console.log(`\n${title}\n${HEADER}`);
  for (const mode of modes) {
    const ops: number[] = [];
    for (const rows of sizes) {
      const c = await evaluateAndCount(rows, mode, false, options);
      ops.push(c.formatOps);
      console.log(line(mode, rows, c));
    }
    console.log(`${mode}: format operations N=${sizes[sizes.length - 1]} / N=${sizes[0]} = ${(ops[ops.length - 1] / ops[0]).toFixed(2)}`);
  }
}

/** The analyst walks down the inventory one row at a time (each selection followed), then clicks around with the pane hidden. */
async function selections(rows: number, steps: number): Promise<void> {
  console.log(`\nFollowing the selection (${rows.toLocaleString("en")}-row inventory, ${steps} selections, each after the host's delay)`);
  const { addin, stop, selects } = await following(rows);
  const show = (what: string, costs: readonly SelectionCost[]) => {
    const sum = (key: keyof SelectionCost) => costs.reduce((total, c) => total + c[key], 0);
    const most = (key: keyof SelectionCost) => Math.max(...costs.map((c) => c[key]));
    console.log(
      `  ${what.padEnd(46)} per selection: syncs ${(sum("syncs") / costs.length).toFixed(2)} (max ${most("syncs")}), ` +
        `style sets ${(sum("styleSets") / costs.length).toFixed(2)} (max ${most("styleSets")}), undo entries ${(sum("undoEntries") / costs.length).toFixed(2)} (max ${most("undoEntries")})`,
    );
  };
  const first = await selects("B2");
  show("first selection (all 20 matrix cells set)", [first]);
  const walk: SelectionCost[] = [];
  for (let row = 3; row < 3 + steps; row++) walk.push(await selects(`B${row}`));
  show("next rows, pane shown", walk);
  const sameRow: SelectionCost[] = [];
  for (const column of ["C", "D", "E"]) sameRow.push(await selects(`${column}${2 + steps}`));
  show("other cells of the same row, pane shown", sameRow);
  addin.hide();
  const hidden: SelectionCost[] = [];
  for (let row = 3; row < 3 + steps; row++) hidden.push(await selects(`B${row}`));
  show("pane hidden", hidden);
  await stop();
}

async function main(): Promise<void> {
  console.log(`bench:office (${ci ? "CI=true: small sizes only; --full for 1,000,000 rows" : "full size"})`);
  await table("Short cells (numbers and codes), first run", FIRST_RUN_SIZES, ["values", "formulas"]);
  await table("Long cells (full descriptor texts), first run", FIRST_RUN_SIZES, ["values", "formulas"], { cells: longInventoryCell });
  await table("Values-mode re-run (reads back the rationale column)", RERUN_SIZES, ["values"], { rerun: true });
  await selections(10_000, SELECTIONS);
  console.log("\nCustom-function calls to calculate a live-formula run (every result cell read once)");
  for (const rows of [100, 10_000]) {
    const [plain, table] = [await liveFormulaCalls(rows, false), await liveFormulaCalls(rows, true)];
    console.log(`  ${rows.toLocaleString("en").padStart(6)} rows: plain range ${plain} (spilled), table ${table.toLocaleString("en")} (${(table / rows).toFixed(1)} per row)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
