import type { Language } from "../domain";
import { type Block, type WorkbookPort, blockInside } from "../workbook/port";
import { evaluateWorkbook } from "./evaluateWorkbook";
import { type InventoryMapping, mapInventory } from "./mapInventory";
import { loadMatrix } from "./matrixSheet/loadMatrix";
import { STATE_SHEET, isProductSheet, readOwnership, writeOwnership } from "./ownership";
import type { CellProblem, EvaluateRequest, InventorySource, PaneEvaluation, Progress, SourceChoice } from "./paneJobs.types";
import { summaryTables } from "./summary/summaryTables";

/**
 * The pane's jobs over any workbook port: the same use cases the batch tool
 * runs, cut to the pane's buttons. The Excel host runs them over office.js,
 * the browser host over an in-memory ExcelJS workbook in a worker.
 */

/** Tables and sheets (not the product's own) an inventory may be on; `hint` is what Excel has active. */
export async function listSources(port: WorkbookPort, hint: { activeTable?: string; selection?: Block } = {}): Promise<SourceChoice> {
  const ownership = await readOwnership(port);
  const owned = new Set<string>([STATE_SHEET, ...Object.values(ownership.sheets).filter((s): s is string => !!s)]);
  const mine = (sheet: string): boolean => owned.has(sheet) || isProductSheet(sheet);
  const [sheets, tables] = await Promise.all([port.sheetNames(), port.tables()]);
  const sources: InventorySource[] = [
    ...tables.filter((t) => !mine(t.block.sheet)).map((t) => ({ sheet: t.block.sheet, table: t.name })),
    ...sheets.filter((s) => !mine(s)).map((sheet) => ({ sheet })),
  ];
  return { sources, preferred: preferredSource(sources, tables, hint) };
}

function preferredSource(
  sources: readonly InventorySource[],
  tables: readonly { name: string; block: Block }[],
  hint: { activeTable?: string; selection?: Block },
): InventorySource | undefined {
  const { activeTable, selection } = hint;
  const table = activeTable ?? (selection ? tables.find((t) => t.block.sheet === selection.sheet && blockInside(selection, t.block))?.name : undefined);
  const ofTable = table === undefined ? undefined : sources.find((s) => s.table === table);
  if (ofTable) return ofTable;
  if (selection && sources.some((s) => s.sheet === selection.sheet && s.table === undefined)) {
    return selection.rows > 1 ? { sheet: selection.sheet, block: selection } : { sheet: selection.sheet };
  }
  return sources[0];
}

/** Recognised columns of the inventory at `source`, with the analyst's corrections. */
export async function mapSource(port: WorkbookPort, source: InventorySource, map: EvaluateRequest["map"], language: Language): Promise<InventoryMapping> {
  return mapInventory(port, await readOwnership(port, language), { source, map, language });
}

/** Evaluate & highlight, then the matrix, summary and audit sheets. */
export async function evaluateSource(
  port: WorkbookPort,
  request: EvaluateRequest,
  options: { readonly onProgress?: (progress: Progress) => void; readonly signal?: AbortSignal; readonly now?: Date } = {},
): Promise<PaneEvaluation> {
  const { onProgress } = options;
  const { report, sheets } = await evaluateWorkbook(port, {
    language: request.language,
    source: request.source,
    map: request.map,
    mode: request.mode,
    validation: request.validation,
    signal: options.signal,
    now: options.now,
    onProgress,
    // The evaluate step reports its own progress (read, evaluate, write, highlight).
    onStep: (step) => step !== "evaluate" && onProgress?.({ step, done: 0, total: 0 }),
  });
  const problems: CellProblem[] = report.posts.flatMap((post) =>
    (post.problems ?? []).map((message, i) => ({ sheet: report.mapping.sheet, cell: post.problemCells?.[i] ?? `A${post.row}`, message })),
  );
  return {
    mapping: report.mapping,
    mode: report.mode,
    column: report.column,
    evaluated: report.evaluated,
    invalid: report.invalid,
    blank: report.blank,
    summary: summaryTables(report),
    problems,
    validation: report.validation,
    layoutNotes: report.layoutNotes ?? [],
    sheets,
  };
}

/** Loads or updates the matrix sheet. */
export async function loadMatrixSheet(port: WorkbookPort, language: Language): Promise<{ sheet: string }> {
  const matrix = await loadMatrix(port, await readOwnership(port, language), language);
  await writeOwnership(port, matrix.ownership);
  await port.flush();
  return { sheet: matrix.sheet };
}

