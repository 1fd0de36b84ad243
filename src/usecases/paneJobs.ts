import { CRITERIA, type Language, LEVELS, argumentLabel, assess, bandHas, flagCodes, formatProblem, readPost } from "../domain";
import { type Block, type WorkbookPort, blockInside } from "../workbook/port";
import { evaluateWorkbook } from "./evaluateWorkbook";
import { type InventoryMapping, mapInventory } from "./mapInventory";
import { loadMatrix, matrixCell } from "./matrixSheet/loadMatrix";
import { STATE_SHEET, isProductSheet, readOwnership, writeOwnership } from "./ownership";
import type { CellProblem, EvaluateRequest, InventorySource, PaneEvaluation, Progress, SelectedPost, SourceChoice } from "./paneJobs.types";
import { POST_INPUTS, text } from "./readPosts";
import { LEVEL_COLOURS } from "./resultColumns";
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
  return mapInventory(port, await readOwnership(port), { source, map, language });
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
    sheets,
  };
}

/** Loads or updates the matrix sheet. */
export async function loadMatrixSheet(port: WorkbookPort, language: Language): Promise<{ sheet: string }> {
  const matrix = await loadMatrix(port, await readOwnership(port), language);
  await writeOwnership(port, matrix.ownership);
  await port.flush();
  return { sheet: matrix.sheet };
}

/**
 * The post on `row` of the mapped inventory (null outside it), lighting on
 * the matrix sheet the descriptors it meets and darkening the others: one
 * row read and 20 style calls, whatever the inventory's size.
 */
export async function followPost(port: WorkbookPort, mapping: InventoryMapping, row: number | null, language: Language): Promise<SelectedPost | null> {
  const inside = row !== null && row >= mapping.firstRow && row <= mapping.lastRow;
  const columns = [...POST_INPUTS.map((input) => mapping.columns[input]), mapping.columns.postId].filter((c): c is number => c !== undefined);
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const [ownership, values] = await Promise.all([
    readOwnership(port),
    inside ? port.readValues({ sheet: mapping.sheet, row, column: first, rows: 1, columns: last - first + 1 }) : Promise.resolve(null),
  ]);
  const cell = (column: number | undefined) => (column === undefined || !values ? null : values[0][column - first]);
  let post: SelectedPost | null = null;
  if (inside && values) {
    const [staff, scope, advice, role, improvement, contacts] = POST_INPUTS.map((input) => cell(mapping.columns[input]));
    const facts = readPost({ staff, scope, advice, role, improvement, contacts });
    const base = { sheet: mapping.sheet, row, postId: text(cell(mapping.columns.postId)) };
    if (Array.isArray(facts)) {
      post = { ...base, flags: [], meets: [], problems: facts.map((p) => formatProblem(p, language, argumentLabel(p.argument, language))) };
    } else {
      const assessment = assess(facts);
      const meets = CRITERIA.flatMap((criterion) => LEVELS.filter((level) => bandHas(assessment.bands[criterion], level)).map((level) => ({ criterion, level })));
      post = { ...base, level: assessment.level, flags: flagCodes(assessment.flags), meets, problems: [] };
    }
  }
  const matrix = ownership.sheets.matrix;
  if (matrix && (await port.sheetNames()).includes(matrix)) {
    const lit = new Set((post?.meets ?? []).map((m) => `${m.criterion}:${m.level}`));
    for (const criterion of CRITERIA) {
      for (const level of LEVELS) {
        const { row: r, column: c } = matrixCell(criterion, level);
        await port.style({ sheet: matrix, row: r, column: c, rows: 1, columns: 1 }, { fill: lit.has(`${criterion}:${level}`) ? LEVEL_COLOURS[level] : null });
      }
    }
  }
  await port.flush();
  return post;
}
