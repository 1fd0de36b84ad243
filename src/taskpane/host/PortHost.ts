import type { Language } from "../../domain";
import type { InventoryMapping } from "../../usecases/mapInventory";
import { evaluateSource, listSources, loadMatrixSheet, mapSource } from "../../usecases/paneJobs";
import { followPost } from "../../usecases/followPost";
import type { MatrixLight } from "../../usecases/matrixLight";
import type { EvaluateRequest, InventorySource, PaneEvaluation, Progress, SelectedPost, SourceChoice } from "../../usecases/paneJobs.types";
import type { WorkbookPort } from "../../workbook/port";
import type { PaneHost } from "./PaneHost";

/** Runs one job against the workbook (inside `Excel.run` for Excel; directly for a workbook in memory). */
export type RunOnWorkbook = <T>(job: (port: WorkbookPort) => Promise<T>) => Promise<T>;

/**
 * A PaneHost over any WorkbookPort: each call is one job of the shared use
 * cases, run through `run`. `select` and `followSelection` do nothing here;
 * a host that can select cells (Excel) overrides them.
 */
export class PortHost implements PaneHost {
  constructor(
    protected readonly run: RunOnWorkbook,
    readonly kind: "excel" | "browser",
  ) {}

  listSources(): Promise<SourceChoice> {
    return this.run((port) => listSources(port));
  }

  mapInventory(source: InventorySource, map: EvaluateRequest["map"], language: Language): Promise<InventoryMapping> {
    return this.run((port) => mapSource(port, source, map, language));
  }

  loadMatrix(language: Language): Promise<{ readonly sheet: string }> {
    return this.run((port) => loadMatrixSheet(port, language));
  }

  evaluate(request: EvaluateRequest, onProgress: (progress: Progress) => void, signal: AbortSignal): Promise<PaneEvaluation> {
    return this.run((port) => evaluateSource(port, request, { onProgress, signal }));
  }

  async select(): Promise<void> {}

  /** Nothing to follow without a live selection: the returned stop does nothing. */
  async followSelection(): Promise<() => Promise<void>> {
    return async () => {};
  }

  /** The post on `row` and the matrix lit for it: what a selection handler calls (`light`: what the last call lit, see MatrixLight). */
  followRow(mapping: InventoryMapping, row: number | null, language: Language, light?: MatrixLight): Promise<SelectedPost | null> {
    return this.run((port) => followPost(port, mapping, row, language, light));
  }
}
