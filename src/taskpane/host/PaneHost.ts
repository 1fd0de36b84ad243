import type { Language } from "../../domain";
import type { InventoryMapping } from "../../usecases/mapInventory";
import type {
  EvaluateRequest,
  InventorySource,
  PaneEvaluation,
  Progress,
  SelectedPost,
  SourceChoice,
} from "../../usecases/paneJobs.types";

/**
 * What the pane asks of the workbook it works on. Two hosts implement it:
 * `ExcelHost` over office.js (the add-in in Excel) and `BrowserHost` over an
 * .xlsx/.csv file held in the page (ExcelJS in a worker). Components get a
 * host as a prop and never touch `Excel.*` themselves. Every method rejects
 * with a `Stop` (message in the analyst's language) when the workbook is not
 * as needed, or with an Error for a defect; the pane shows both in a MessageBar.
 */
export interface PaneHost {
  readonly kind: "excel" | "browser";
  /** Tables and sheets an inventory may be on, and the one to offer first. */
  listSources(): Promise<SourceChoice>;
  /** The recognised columns of the inventory at `source`, with the analyst's corrections. */
  mapInventory(source: InventorySource, map: EvaluateRequest["map"], language: Language): Promise<InventoryMapping>;
  /** Loads (or updates) the matrix sheet in `language`. */
  loadMatrix(language: Language): Promise<{ readonly sheet: string }>;
  /**
   * Evaluate & highlight, then the matrix, summary and audit sheets. `signal`
   * cancels: the run stops at the next chunk and leaves the workbook as it was.
   */
  evaluate(request: EvaluateRequest, onProgress: (progress: Progress) => void, signal: AbortSignal): Promise<PaneEvaluation>;
  /** Selects a cell (a problem, a flagged post's row) and brings its sheet to the front. */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Follows the selection on the inventory: calls `onPost` with the post of a
   * selected row (null when the selection leaves the inventory) and lights its
   * descriptors on the matrix sheet. A lookup that fails while following goes
   * to `onError` (the pane shows it). Resolves to a function that stops following.
   */
  followSelection(
    mapping: InventoryMapping,
    language: Language,
    onPost: (post: SelectedPost | null) => void,
    onError: (failure: unknown) => void,
  ): Promise<() => Promise<void>>;
}
