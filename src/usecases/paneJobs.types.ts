import type { CriterionKey, FlagCode, Language, Level } from "../domain";
import type { InventoryInput } from "./inventoryHeaders";
import type { InventoryMapping } from "./mapInventory";
import type { ValidationNote } from "./inputValidation";
import type { InventorySource, ResultMode } from "./run.types";
import type { SummaryTables } from "./summary/summaryTables";

export type { InventorySource, Progress, ResultMode, RunStep } from "./run.types";

/** The sources a pane offers, and the one to offer first (the active table, else the selection, else the first sheet). */
export interface SourceChoice {
  readonly sources: readonly InventorySource[];
  readonly preferred?: InventorySource;
}

export interface EvaluateRequest {
  readonly source: InventorySource;
  /** The analyst's corrections of the recognised columns: input → header text or column letter. */
  readonly map: Readonly<Partial<Record<InventoryInput, string>>>;
  readonly language: Language;
  readonly mode: ResultMode;
  /** Put dropdowns of the accepted descriptors on the input columns. */
  readonly validation: boolean;
}

/** A cell that could not be read, for the Problems list (clicking selects `cell`). */
export interface CellProblem {
  readonly sheet: string;
  /** "E7". */
  readonly cell: string;
  readonly message: string;
}

/** What a run gives the pane; plain data (it crosses a worker boundary in the browser). */
export interface PaneEvaluation {
  readonly mapping: InventoryMapping;
  readonly mode: ResultMode;
  /** First result column on the inventory sheet. */
  readonly column: number;
  readonly evaluated: number;
  readonly invalid: number;
  readonly blank: number;
  readonly summary: SummaryTables;
  readonly problems: readonly CellProblem[];
  readonly validation: readonly ValidationNote[];
  /** What the sheet's layout did to the reading (merged input cells read blank…), said as warnings. */
  readonly layoutNotes: readonly string[];
  readonly sheets: { readonly matrix: string; readonly summary: string; readonly audit: string };
}

/** The post on a selected inventory row, and the descriptors it meets (lit on the matrix sheet). */
export interface SelectedPost {
  readonly sheet: string;
  readonly row: number;
  readonly postId: string;
  readonly level?: Level;
  readonly flags: readonly FlagCode[];
  /** Descriptors the post meets: one entry per (criterion, level) lit. */
  readonly meets: readonly { readonly criterion: CriterionKey; readonly level: Level }[];
  /** Why the row could not be evaluated, when it could not. */
  readonly problems: readonly string[];
}
