/**
 * One evaluate + highlight run of the real use case over the office.js
 * adapter and the fake Excel, on an inventory generated from the row number
 * (so 1,000,000 rows cost no memory until read). Shared by the count tests
 * and bench/officeSyncs.ts.
 */
import { evaluateInventory } from "../../src/usecases/evaluateInventory";
import { mapInventory } from "../../src/usecases/mapInventory";
import { readOwnership } from "../../src/usecases/ownership";
import type { ResultMode } from "../../src/usecases/paneJobs.types";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import { FakeContext } from "../excel/fakeExcel";
import type { Scalar } from "../excel/fakeSheet";

const HEADERS = ["Post-ID", "Personeel", "Coördinatie", "Advies", "Rol"];
const ROLES = ["verantwoordelijk", "bijdragen"];

/** The inventory cell at (row, column); row 1 holds the headers. */
export function inventoryCell(row: number, column: number): string | number {
  if (row === 1) return HEADERS[column - 1];
  switch (column) {
    case 1:
      return `P${row - 1}`;
    case 2:
      return (row * 37) % 1500;
    case 3:
      return 1 + (row % 4);
    case 4:
      return 1 + ((row >> 2) % 4);
    default:
      return ROLES[row % 2];
  }
}

export interface RunCounts {
  readonly syncs: number;
  /** Requests the adapter closed because the next operation would not fit under its limit. */
  readonly chunks: number;
  readonly formatOps: number;
  readonly cfAdds: number;
  readonly styleSets: number;
  readonly validationSets: number;
  /** Largest request plus response, measured by the fake as JSON bytes. */
  readonly largestRequest: number;
  /** Largest response alone, measured by the fake as JSON bytes. */
  readonly largestResponse: number;
  /** Syncs Excel refused for their payload size (each costs a retry). */
  readonly refusals: number;
  /** Write requests (each one undo entry in the fake). */
  readonly undoEntries: number;
  readonly evaluated: number;
}

export interface RunOptions {
  /** The inventory's cells (default: inventoryCell, short codes and numbers). */
  readonly cells?: (row: number, column: number) => Scalar;
  /** Counts a second run over the first one's results (a re-run) instead of the first. */
  readonly rerun?: boolean;
}

/** Maps the inventory (not counted), then counts what evaluateInventory and the final flush cost. */
export async function evaluateAndCount(rows: number, mode: ResultMode, table: boolean, options: RunOptions = {}): Promise<RunCounts> {
  const fake = new FakeContext();
  fake.addSheet("Posten", { rows: rows + 1, columns: HEADERS.length, value: options.cells ?? inventoryCell });
  if (table) fake.addTable("Inventaris", "Posten", { row: 1, column: 1, rows: rows + 1, columns: HEADERS.length });
  const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
  const ownership = await readOwnership(port);
  const source = table ? { sheet: "Posten", table: "Inventaris" } : { sheet: "Posten" };
  const mapping = await mapInventory(port, ownership, { source, language: "nl" });
  await port.flush();
  let owned = ownership;
  if (options.rerun) {
    owned = (await evaluateInventory(port, mapping, ownership, "nl", { mode })).ownership;
    await port.flush();
  }
  const before = { ...fake.counts };
  const chunksBefore = port.stats.chunks;
  const report = await evaluateInventory(port, mapping, owned, "nl", { mode });
  await port.flush();
  const after = fake.counts;
  return {
    syncs: after.syncs - before.syncs,
    chunks: port.stats.chunks - chunksBefore,
    formatOps: after.formatOps - before.formatOps,
    cfAdds: after.cfAdds - before.cfAdds,
    styleSets: after.styleSets - before.styleSets,
    validationSets: after.validationSets - before.validationSets,
    largestRequest: after.largestRequest,
    largestResponse: after.largestResponse,
    refusals: after.refusals - before.refusals,
    undoEntries: after.undoEntries - before.undoEntries,
    evaluated: report.evaluated,
  };
}

/**
 * Custom-function calls Excel makes to show a live-formula run's results
 * (the fake's calculation, fakeCalculation.ts): every result cell of the
 * first run read back once, as a recalculation would compute them.
 */
export async function liveFormulaCalls(rows: number, table: boolean): Promise<number> {
  const fake = new FakeContext();
  fake.addSheet("Posten", { rows: rows + 1, columns: HEADERS.length, value: inventoryCell });
  if (table) fake.addTable("Inventaris", "Posten", { row: 1, column: 1, rows: rows + 1, columns: HEADERS.length });
  const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
  const ownership = await readOwnership(port);
  const source = table ? { sheet: "Posten", table: "Inventaris" } : { sheet: "Posten" };
  const mapping = await mapInventory(port, ownership, { source, language: "nl" });
  const report = await evaluateInventory(port, mapping, ownership, "nl", { mode: "formulas" });
  await port.flush();
  const before = fake.counts.customFunctionCalls;
  await port.readValues({ sheet: "Posten", row: mapping.firstRow, column: report.column, rows, columns: 29 });
  return fake.counts.customFunctionCalls - before;
}
