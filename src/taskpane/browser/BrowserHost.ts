import type { Language } from "../../domain";
import type { InventoryMapping } from "../../usecases/mapInventory";
import type { EvaluateRequest, InventorySource, PaneEvaluation, Progress, SelectedPost, SourceChoice } from "../../usecases/paneJobs.types";
import type { PaneHost } from "../host/PaneHost";
import { WorkerClient } from "./workerClient";
import type { Endpoint, OpenedInventory, PreviewRequest, PreviewRow } from "./worker/workerProtocol";

/** Starts a worker holding an inventory; `onCrash` hears of a worker that failed to load or run. */
export type WorkerConnector = (onCrash: (error: Error) => void) => Promise<{ readonly endpoint: Endpoint; readonly close: () => void }>;

/** What the preview shows: the inventory as last mapped, its evaluation, and the row the pane selected. */
export interface BrowserView {
  readonly mapping?: InventoryMapping;
  readonly evaluation?: PaneEvaluation;
  readonly language: Language;
  /** Evaluations finished on this file (the workbook then holds results, whichever sheet is mapped now). */
  readonly runs: number;
  /** The row to bring into view (a problem or flagged post the analyst clicked). */
  readonly selectedRow?: number;
}

/**
 * The pane's host in a plain browser: the workbook is an .xlsx or .csv file
 * held by a Web Worker (ExcelJS there, so it stays off the page's thread and
 * out of its bundle), and each PaneHost call is a message to that worker.
 * It also keeps what the preview grid needs (mapping, evaluation, selected
 * row) and lets the grid follow it. Results are written as values or as
 * portable formulas (the download then holds the formulas); live HR.*
 * formulas compute only in Excel, so a request for them writes values.
 */
export class BrowserHost implements PaneHost {
  readonly kind = "browser" as const;
  private view: BrowserView;
  private readonly listeners = new Set<() => void>();
  private onPost?: (post: SelectedPost | null) => void;

  private constructor(
    private readonly client: WorkerClient,
    readonly file: OpenedInventory,
    language: Language,
    private readonly close: () => void,
  ) {
    this.view = { language, runs: 0 };
  }

  /**
   * Opens `file` in a worker made by `connect` (the page's inventory worker;
   * a MessagePort in tests), which calls `onCrash` if the worker itself fails.
   * Rejects with an UnreadableFile naming the file and the reason when it is
   * not an inventory the page can read.
   */
  static async open(file: Blob, name: string, language: Language, connect: WorkerConnector): Promise<BrowserHost> {
    // A worker only reports a crash asynchronously, by which time the client exists.
    let crashed: (error: Error) => void = () => undefined;
    const { endpoint, close } = await connect((error) => crashed(error));
    const client = new WorkerClient(endpoint);
    crashed = (error) => client.close(error);
    try {
      const opened = await client.call("open", [file, name, language]);
      return new BrowserHost(client, opened, language, () => {
        client.close();
        close();
      });
    } catch (error) {
      client.close();
      close();
      throw error;
    }
  }

  async listSources(): Promise<SourceChoice> {
    return this.client.call("listSources", []);
  }

  async mapInventory(source: InventorySource, map: EvaluateRequest["map"], language: Language): Promise<InventoryMapping> {
    const mapping = await this.client.call("mapInventory", [source, map, language]);
    // A new mapping of the same sheet keeps the result columns already there.
    const evaluation = this.view.evaluation?.mapping.sheet === mapping.sheet ? this.view.evaluation : undefined;
    this.update({ mapping, evaluation, language });
    return mapping;
  }

  async loadMatrix(language: Language): Promise<{ readonly sheet: string }> {
    return this.client.call("loadMatrix", [language]);
  }

  /** Values or portable formulas as asked; live HR.* formulas need Excel, so they are written as values. */
  async evaluate(request: EvaluateRequest, onProgress: (progress: Progress) => void, signal: AbortSignal): Promise<PaneEvaluation> {
    const mode = request.mode === "formulas" ? "values" : request.mode;
    const evaluation = await this.client.call("evaluate", [{ ...request, mode }], { onProgress, signal });
    this.update({ mapping: evaluation.mapping, evaluation, language: request.language, runs: this.view.runs + 1 });
    return evaluation;
  }

  /** Brings the row of `cell` into view in the preview when it is on the inventory sheet. */
  async select(sheet: string, cell: string): Promise<void> {
    const row = Number(/\d+$/.exec(cell)?.[0]);
    if (sheet === this.view.mapping?.sheet && Number.isInteger(row)) this.update({ selectedRow: row });
  }

  /** The preview is the selection here: a row picked in the grid (see selectRow) is followed. */
  async followSelection(
    mapping: InventoryMapping,
    language: Language,
    onPost: (post: SelectedPost | null) => void,
  ): Promise<() => Promise<void>> {
    this.onPost = onPost;
    this.update({ mapping, language });
    return async () => {
      if (this.onPost === onPost) this.onPost = undefined;
    };
  }

  /** The analyst picked `row` in the preview: tell the pane which post it is (and light it on the matrix sheet). */
  async selectRow(row: number): Promise<void> {
    this.update({ selectedRow: row });
    const onPost = this.onPost;
    const mapping = this.view.mapping;
    if (!onPost || !mapping) return;
    onPost(await this.client.call("followPost", [mapping, row, this.view.language]));
  }

  /** A page of inventory rows for the preview grid. */
  previewRows(request: PreviewRequest): Promise<PreviewRow[]> {
    return this.client.call("previewRows", [request]);
  }

  /** The workbook as it is now, as an .xlsx file. */
  async download(): Promise<Blob> {
    const bytes = await this.client.call("download", []);
    return new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  }

  /** Ends the worker and forgets the workbook. */
  dispose(): void {
    this.close();
  }

  /** For useSyncExternalStore: the preview re-renders when the view changes. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): BrowserView => this.view;

  private update(change: Partial<BrowserView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }
}
