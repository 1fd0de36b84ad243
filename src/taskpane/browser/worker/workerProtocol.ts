import type { Language } from "../../../domain";
import type { InventoryMapping } from "../../../usecases/mapInventory";
import type { EvaluateRequest, InventorySource, PaneEvaluation, Progress, SelectedPost, SourceChoice } from "../../../usecases/paneJobs.types";

/**
 * The messages between the page (BrowserHost) and the inventory worker that
 * holds the workbook. Everything here is plain data: it crosses the worker
 * boundary by structured clone, so no class instances and no functions.
 */

/** What the page knows of the file the worker opened. */
export interface OpenedInventory {
  readonly name: string;
  readonly sheets: readonly string[];
}

/** One inventory row as the preview grid shows it. */
export interface PreviewRow {
  readonly row: number;
  /** The analyst's cells, column 1 to the inventory's last column, as display text. */
  readonly cells: readonly string[];
  /** The result cells (class, bands, misfit, flags, rationale) when the inventory was evaluated. */
  readonly results?: PreviewResults;
}

export interface PreviewResults {
  /** Texts in RESULT_FIELDS order: class, the five bands, misfit, flags, rationale. */
  readonly fields: readonly string[];
  /** Class 1–4, 0 for a row that could not be evaluated, null for a blank row. */
  readonly level: 0 | 1 | 2 | 3 | 4 | null;
  /** The 20 strip cells in STRIP order: true where the post meets that descriptor. */
  readonly lit: readonly boolean[];
}

/** A page of the preview: rows `first` … `first + count - 1` of the inventory sheet. */
export interface PreviewRequest {
  readonly sheet: string;
  readonly first: number;
  readonly count: number;
  readonly columns: number;
  /** First result column, when the inventory was evaluated. */
  readonly resultColumn?: number;
}

/** The calls the page makes, by name, with their arguments and what they resolve to. */
export interface WorkerCalls {
  open: { args: [file: Blob, name: string, language: Language]; result: OpenedInventory };
  listSources: { args: []; result: SourceChoice };
  mapInventory: { args: [source: InventorySource, map: EvaluateRequest["map"], language: Language]; result: InventoryMapping };
  loadMatrix: { args: [language: Language]; result: { readonly sheet: string } };
  evaluate: { args: [request: EvaluateRequest]; result: PaneEvaluation };
  followPost: { args: [mapping: InventoryMapping, row: number | null, language: Language]; result: SelectedPost | null };
  previewRows: { args: [request: PreviewRequest]; result: PreviewRow[] };
  /** The workbook as .xlsx bytes. */
  download: { args: []; result: ArrayBuffer };
}

export type CallName = keyof WorkerCalls;

export type CallMessage<N extends CallName = CallName> = {
  readonly type: "call";
  readonly id: number;
  readonly name: N;
  readonly args: WorkerCalls[N]["args"];
};

/** Asks the worker to stop the call `id` (an aborted AbortSignal on the page). */
export interface CancelMessage {
  readonly type: "cancel";
  readonly id: number;
}

export type PageMessage = CallMessage | CancelMessage;

/** An error as it crosses the boundary; `code` is set for a Stop or an unreadable file. */
export interface WorkerFailure {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly stack?: string;
}

export type WorkerMessage =
  | { readonly type: "result"; readonly id: number; readonly value: unknown }
  | { readonly type: "failure"; readonly id: number; readonly failure: WorkerFailure }
  | { readonly type: "progress"; readonly id: number; readonly progress: Progress };

/** Either side of the boundary: a Worker, the worker's global scope, or a MessagePort in tests. */
export interface Endpoint {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}
