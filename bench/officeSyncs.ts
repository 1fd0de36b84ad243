/**
 * Syncs, chunks and format operations of one evaluate + highlight run of the
 * real use case over the office.js adapter and the fake Excel of
 * test/workbook/office (an inventory generated from the row number), for
 * N = 100 / 10,000 / 1,000,000 rows in both result modes on a plain range;
 * then the same with long cells (full descriptor texts in the inventory, see
 * longCells.ts) and values-mode re-runs, which read the rationale column back.
 * Prints tables; nothing here is asserted (the tests do that).
 */
import { evaluateAndCount, type RunCounts, type RunOptions } from "../test/workbook/office/inventoryRun";
import { longInventoryCell } from "../test/workbook/office/longCells";

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

async function main(): Promise<void> {
  await table("Short cells (numbers and codes), first run", [100, 10_000, 1_000_000], ["values", "formulas"]);
  await table("Long cells (full descriptor texts), first run", [100, 10_000, 1_000_000], ["values", "formulas"], { cells: longInventoryCell });
  await table("Values-mode re-run (reads back the rationale column)", [100, 10_000, 30_000], ["values"], { rerun: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
