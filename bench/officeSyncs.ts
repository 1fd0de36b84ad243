/**
 * Syncs, chunks and format operations of one evaluate + highlight run of the
 * real use case over the office.js adapter and the fake Excel of
 * test/workbook/office (an inventory generated from the row number), for
 * N = 100 / 10,000 / 1,000,000 rows in both result modes on a plain range.
 * Prints one table; nothing here is asserted (the tests do that).
 */
import { evaluateAndCount } from "../test/workbook/office/inventoryRun";

async function main(): Promise<void> {
  console.log("mode      rows       syncs  chunks  syncs-chunks  formatOps  largest request (bytes)");
  for (const mode of ["values", "formulas"] as const) {
    const ops: number[] = [];
    for (const rows of [100, 10_000, 1_000_000]) {
      const c = await evaluateAndCount(rows, mode, false);
      ops.push(c.formatOps);
      console.log(`${mode.padEnd(9)} ${String(rows).padStart(9)}  ${String(c.syncs).padStart(5)}  ${String(c.chunks).padStart(6)}  ${String(c.syncs - c.chunks).padStart(12)}  ${String(c.formatOps).padStart(9)}  ${c.largestRequest}`);
    }
    console.log(`${mode}: format operations N=1,000,000 / N=100 = ${(ops[2] / ops[0]).toFixed(2)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
