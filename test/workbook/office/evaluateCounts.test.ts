/**
 * Issue 4's targets for the office.js adapter, on the real use case
 * (evaluateInventory) at N = 100, 10,000 and 1,000,000 rows, in both result
 * modes, on a plain range and on a table (see inventoryRun.ts).
 *
 * How chunks are counted: a chunk is a request the adapter's queue closed
 * because the next operation would not fit under its 4 MB ceiling
 * (port.stats.chunks). The fake checks independently that no request, with
 * its response, exceeds the 5 MB Excel on the web accepts (it refuses larger
 * ones, so the run would fail), and the test checks the largest measured
 * request stays under 4 MB.
 *
 * Syncs besides the chunks: the use case issues every read before its first
 * write together (the place check, the input columns, the validation already
 * there), so they share one request, and the final flush sends the writes:
 * 2 (3 for a table in formulas mode, which reads the table's shape before
 * adding calculated columns), the same for every N, within the issue's target of 3.
 */
import { evaluateAndCount, type RunCounts } from "../../../harness/officeRuns/inventoryRun";

jest.setTimeout(600_000);

const SIZES = [100, 10_000, 1_000_000] as const;
const CASES = [
  ["values", false],
  ["values", true],
  ["formulas", false],
  ["formulas", true],
] as const;

describe.each(CASES)("evaluate + highlight in %s mode (table: %s)", (mode, table) => {
  const counts = new Map<number, RunCounts>();
  beforeAll(async () => {
    for (const n of SIZES) counts.set(n, await evaluateAndCount(n, mode, table));
  });

  it("needs no more syncs than the chunks plus a fixed number independent of N", () => {
    const extra = SIZES.map((n) => counts.get(n)!.syncs - counts.get(n)!.chunks);
    // A table in formulas mode reads the table's shape before it adds the calculated columns.
    const fixed = mode === "formulas" && table ? 3 : 2;
    // Reads in measured parts (measuredReads.ts): a request carrying a later part counts as a chunk even when it also carries a fixed read, hence "at most".
    for (const e of extra) expect(e).toBeLessThanOrEqual(fixed);
  });

  it("keeps every request and its response under Excel on the web's 5 MB", () => {
    for (const n of SIZES) expect(counts.get(n)!.largestRequest).toBeLessThanOrEqual(4_000_000);
  });

  it("makes the same format operations for every N: conditional formats per rule, styles per block", () => {
    const ops = SIZES.map((n) => counts.get(n)!);
    expect(ops.map((c) => c.formatOps)).toEqual(ops.map(() => ops[0].formatOps));
    expect(ops.map((c) => [c.cfAdds, c.styleSets, c.validationSets])).toEqual(ops.map(() => [25, 121, 12]));
  });

  // Both modes read the inputs (5 columns × N) in chunks; only values mode also writes N-sized results.
  it(mode === "formulas" ? "chunks only the reading of the inputs: the same chunks as reading alone" : "splits the value writes into chunks as N grows", () => {
    const chunks = SIZES.map((n) => counts.get(n)!.chunks);
    expect(chunks[0]).toBe(0);
    expect(chunks[2]).toBeGreaterThan(chunks[1]);
    if (mode === "formulas") expect(chunks[2]).toBeLessThanOrEqual(Math.ceil((1_000_000 * 5 * 64) / 4_000_000) + 5);
  });

  it("meets the issue's target: syncs ≤ 3 + chunks", () => {
    for (const n of SIZES) expect(counts.get(n)!.syncs).toBeLessThanOrEqual(3 + counts.get(n)!.chunks);
  });
});
