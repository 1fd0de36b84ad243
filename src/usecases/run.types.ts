import type { Block } from "../workbook/port";

/**
 * What every surface's run shares: where the inventory is, how results are
 * written, and progress. A leaf: it imports only the port, so a use case,
 * the CLI or the pane can use these without the pane's own types.
 */

/**
 * Where an inventory is: an Excel table, a block (the analyst's selection),
 * or a whole sheet (its used range) when neither is given.
 */
export interface InventorySource {
  readonly sheet: string;
  readonly table?: string;
  readonly block?: Block;
}

/**
 * How result columns are written: plain values; live `=HR.…` formulas
 * (Excel with the add-in only); or portable formulas, native formulas any
 * spreadsheet recalculates without the add-in (usecases/portable).
 */
export type ResultMode = "formulas" | "values" | "portable";

/** The steps of a run, in order, for a progress bar. */
export type RunStep = "map" | "read" | "evaluate" | "write" | "highlight" | "matrix" | "summary" | "audit";

export interface Progress {
  readonly step: RunStep;
  /** Work done and to do in this step (rows, or chunks); both 0 when not counted. */
  readonly done: number;
  readonly total: number;
}
