import type { Assessment, Language } from "../domain";
import { type Block, type CellContent, type WorkbookPort, address } from "../workbook/port";
import { fingerprint } from "./fingerprint";
import { mergedInputNotes, refuseMergedResults } from "./inventoryLayout";
import { type ValidationNote, applyValidation, planValidation } from "./inputValidation";
import type { InventoryMapping } from "./mapInventory";
import { type Ownership, type ResultsRecord, withResults } from "./ownership";
import type { Progress, ResultMode } from "./run.types";
import { type PostResult, checkCancelled, readPosts } from "./readPosts";
import {
  FIELD_OFFSETS,
  HEADER_COLOUR,
  LEVEL_COLOURS,
  RESULT_FIELDS,
  RESULT_WIDTH,
  STRIP,
  STRIP_OFFSET,
  highlightRules,
  resultHeaders,
  resultWidths,
} from "./resultColumns";
import { anchorFormulas, calculatedColumnFormulas, sameFormula, spillFormulas } from "./resultFormulas";
import { portableFormulas, writePortable } from "./portable/writePortable";
import { assessedRow, invalidRow } from "./resultRow";
import { type ResultsPlace, checkPlaceIsFree } from "./resultsPlace";
import { Stop } from "./stop";
import { stopMessages } from "./stopMessages";

export type { PostResult } from "./readPosts";

export interface EvaluationReport {
  readonly mapping: InventoryMapping;
  readonly language: Language;
  /** First result column. */
  readonly column: number;
  readonly mode: ResultMode;
  readonly posts: readonly PostResult[];
  readonly evaluated: number;
  readonly invalid: number;
  /** Rows with every input blank (not evaluated, not errors). */
  readonly blank: number;
  readonly validation: readonly ValidationNote[];
  /** What the sheet's layout did to the reading (merged data cells read blank…), said where results are read. */
  readonly layoutNotes?: readonly string[];
  readonly ownership: Ownership;
}

export interface EvaluateInventoryOptions {
  /** "values" (default) writes the results; "formulas" writes live =HR.… formulas (needs `port.liveFormulas`); "portable" writes native formulas. */
  readonly mode?: ResultMode;
  /** Dropdowns on the input columns (default true). */
  readonly validation?: boolean;
  /** Cancels while reading and evaluating; once writing starts the run completes. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
}

/**
 * Evaluates every post of a mapped inventory and writes the result columns
 * (class, the band of each criterion, misfit, flags, rationale) plus the
 * 20-cell descriptor strip with its conditional formats, after the inventory
 * or over the product's own earlier result columns. Stops, before writing,
 * when a cell the analyst filled is in the way. Running it twice writes the same.
 */
export async function evaluateInventory(
  port: WorkbookPort,
  mapping: InventoryMapping,
  ownership: Ownership,
  language: Language,
  options: EvaluateInventoryOptions = {},
): Promise<EvaluationReport> {
  const mode = options.mode ?? "values";
  if (mode === "formulas" && !port.liveFormulas) throw new Error("Live HR.* formulas need Excel with the add-in; this workbook takes values only.");
  const earlier = ownership.results[mapping.sheet];
  const place: ResultsPlace = {
    mapping,
    column: earlier?.column ?? mapping.lastColumn + 1,
    lastRow: Math.max(mapping.lastRow, earlier?.lastRow ?? 0),
    earlier,
  };
  // Result columns a live run added to a table stay table columns whatever mode comes after (earlier.table).
  const inTable = mapping.table !== undefined && earlier?.table === mapping.table;
  if (mode === "formulas" && mapping.table !== undefined && !inTable) checkTableHeadersFree(mapping, place, language);
  // Every read before the first write, issued together: one request for an office.js adapter (plus its chunks).
  const [merged, posts, validationPlan, layoutNotes] = await Promise.all([
    checkPlaceIsFree(port, place, language),
    readPosts(port, mapping, language, options),
    options.validation === false ? Promise.resolve([]) : planValidation(port, mapping, earlier?.validated ?? [], language),
    mergedInputNotes(port, mapping, language),
  ]);
  const postRows = new Set(posts.list.map((p) => p.row));
  // Portable formulas go in every row of the block, blank rows included: a merged block anywhere in it is in the way.
  const showsResults = mode === "portable" ? () => true : (row: number) => row === mapping.headerRow || postRows.has(row);
  refuseMergedResults(merged.areas, showsResults, merged.block, language);
  const rows = resultRows(posts.list, mapping.firstRow, place.lastRow, language);
  const formulas = mode === "formulas" ? anchorFormulas(mapping, language) : mode === "portable" ? portableFormulas(mapping, place.column, language) : undefined;
  if (mode === "formulas" && formulas && mapping.table !== undefined && earlier?.mode === "formulas") await checkCalculatedColumns(port, place, formulas, language);
  checkCancelled(options.signal, language);

  options.onProgress?.({ step: "write", done: 0, total: rows.length });
  const headers = resultHeaders(language);
  if (earlier && (earlier.mode ?? "values") !== mode) await clearEarlierResults(port, place);
  if (mode === "values") await writeValues(port, place, headers, rows);
  else if (mode === "portable") await writePortable(port, place, headers, formulas ?? []);
  else await writeFormulas(port, place, headers, language);
  options.onProgress?.({ step: "write", done: rows.length, total: rows.length });

  options.onProgress?.({ step: "highlight", done: 0, total: 0 });
  await port.style({ sheet: mapping.sheet, row: mapping.headerRow, column: place.column, rows: 1, columns: RESULT_WIDTH }, { bold: true, fill: HEADER_COLOUR });
  await port.setColumnWidths(mapping.sheet, place.column, resultWidths(headers));
  const dataRows = Math.max(1, place.lastRow - mapping.firstRow + 1);
  // Only the product's own earlier rules are taken away; on a first run an analyst's rule over these cells stays.
  if (earlier) await port.removeConditionalFormats({ sheet: mapping.sheet, row: mapping.headerRow, column: place.column, rows: dataRows + 1, columns: RESULT_WIDTH });
  await port.addConditionalFormats(highlightRules(mapping.sheet, place.column, mapping.firstRow, dataRows));
  await styleStripLegend(port, mapping, place.column);

  const validation = await applyValidation(port, mapping, validationPlan, language);
  const record: ResultsRecord = {
    headerRow: mapping.headerRow,
    column: place.column,
    // Portable mode empties the rows an earlier, longer run wrote: its results end with the inventory.
    lastRow: mode === "portable" ? mapping.lastRow : place.lastRow,
    headers,
    validated: validation.filter((n) => n.applied).map((n) => n.column),
    fingerprints: mode === "values" ? RESULT_FIELDS.map((_, c) => fingerprint(rows.map((r) => r[c]))) : [],
    mode,
    ...(formulas ? { formulas } : {}),
    ...(mapping.table !== undefined && (mode === "formulas" || inTable) ? { table: mapping.table } : {}),
  };
  return {
    mapping,
    language,
    column: place.column,
    mode,
    posts: posts.list,
    evaluated: posts.list.filter((p) => p.assessment).length,
    invalid: posts.list.filter((p) => p.problems).length,
    blank: posts.blank,
    validation,
    layoutNotes,
    ownership: withResults(ownership, mapping.sheet, record),
  };
}

/** Class to flags in one block, the rationale in its own column after the strip. */
async function writeValues(port: WorkbookPort, { mapping, column }: ResultsPlace, headers: string[], rows: readonly CellContent[][]): Promise<void> {
  await port.write({ sheet: mapping.sheet, row: mapping.headerRow, column, rows: 1, columns: RESULT_WIDTH }, [headers]);
  if (rows.length === 0) return;
  // Rows are shared between posts with the same assessment (resultRows), and so are their two parts.
  const parts = new Map<CellContent[], [CellContent[], CellContent[]]>();
  const split = (row: CellContent[]): [CellContent[], CellContent[]] => {
    let made = parts.get(row);
    if (made === undefined) parts.set(row, (made = [row.slice(0, STRIP_OFFSET), [row[STRIP_OFFSET]]]));
    return made;
  };
  await port.write({ sheet: mapping.sheet, row: mapping.firstRow, column, rows: rows.length, columns: STRIP_OFFSET }, rows.map((r) => split(r)[0]));
  await port.write({ sheet: mapping.sheet, row: mapping.firstRow, column: column + FIELD_OFFSETS[STRIP_OFFSET], rows: rows.length, columns: 1 }, rows.map((r) => split(r)[1]));
}

/**
 * Live formulas: in a table, calculated columns added to it on the first run
 * (their formulas rewritten on a re-run only when they changed, e.g. another
 * language); in a plain range, two spilling formulas. Writes independent of the row count.
 */
async function writeFormulas(port: WorkbookPort, place: ResultsPlace, headers: string[], language: Language): Promise<void> {
  const { mapping, column, earlier } = place;
  if (mapping.table !== undefined) {
    const formulas = calculatedColumnFormulas(mapping, language);
    // Added once: after a values or portable run over them, the columns are still the table's and are written in place.
    if (earlier?.table !== mapping.table) return port.addTableColumns(mapping.table, headers, formulas);
    await port.write({ sheet: mapping.sheet, row: mapping.headerRow, column, rows: 1, columns: RESULT_WIDTH }, [headers]);
    const rows = mapping.lastRow - mapping.firstRow + 1;
    for (const [offset, formula] of formulas.entries()) {
      if (formula === null || rows <= 0 || sameFormula(formula, earlier.formulas?.[offset] ?? null)) continue;
      await port.write({ sheet: mapping.sheet, row: mapping.firstRow, column: column + offset, rows, columns: 1 }, Array.from({ length: rows }, () => [{ formula }]));
    }
    return;
  }
  // Earlier values were cleared by the caller on the switch; earlier anchors are simply rewritten (their spill follows).
  await port.write({ sheet: mapping.sheet, row: mapping.headerRow, column, rows: 1, columns: RESULT_WIDTH }, [headers]);
  if (mapping.lastRow < mapping.firstRow) return;
  const { detail, explain } = spillFormulas(mapping, language);
  await port.write({ sheet: mapping.sheet, row: mapping.firstRow, column, rows: 1, columns: 1 }, [[{ formula: detail }]]);
  await port.write({ sheet: mapping.sheet, row: mapping.firstRow, column: column + FIELD_OFFSETS[STRIP_OFFSET], rows: 1, columns: 1 }, [[{ formula: explain }]]);
}

/**
 * A table's calculated columns are rewritten whole when their formula
 * changes: every cell must still hold the formula written, or the analyst's
 * cell would be lost. Read only when a formula changed.
 */
async function checkCalculatedColumns(port: WorkbookPort, { mapping, column, earlier }: ResultsPlace, formulas: (string | null)[], language: Language): Promise<void> {
  const rows = mapping.lastRow - mapping.firstRow + 1;
  const changed = formulas.flatMap((f, offset) => (f !== null && rows > 0 && !sameFormula(f, earlier?.formulas?.[offset] ?? null) ? [offset] : []));
  const edited: number[] = [];
  for (const offset of changed) {
    const cells = await port.readFormulas({ sheet: mapping.sheet, row: mapping.firstRow, column: column + offset, rows, columns: 1 });
    const written = earlier?.formulas?.[offset] ?? null;
    if (cells.some(([cell]) => !(cell !== null && typeof cell === "object" && "formula" in cell && sameFormula(cell.formula, written)))) edited.push(offset);
  }
  if (edited.length > 0) {
    const names = edited.map((offset) => `"${earlier?.headers[offset]}"`).join(", ");
    throw new Stop("editedResults", stopMessages(language).editedResults(mapping.sheet, names));
  }
}

/**
 * Live formulas in a table come as new table columns named with the result
 * headers, and a table's column names must be unique (ECMA-376 Part 1,
 * 18.5.1.3 tableColumn: "the unique caption of the table column"). An
 * analyst's column of the same name (case aside) stops the run before
 * anything is written: what Excel would do instead (rename one, refuse) is
 * not documented, and either would leave the results under names the next
 * run does not know.
 */
function checkTableHeadersFree(mapping: InventoryMapping, place: ResultsPlace, language: Language): void {
  const ours = new Set(resultHeaders(language).map((header) => header.trim().toLowerCase()));
  const own = (column: number): boolean => place.earlier !== undefined && column >= place.earlier.column && column < place.earlier.column + RESULT_WIDTH;
  mapping.headers.forEach((header, i) => {
    const column = i + 1;
    if (own(column) || !ours.has(String(header).trim().toLowerCase())) return;
    throw new Stop("tableHeaderTaken", stopMessages(language).tableHeaderTaken(mapping.table ?? "", String(header), address({ row: mapping.headerRow, column })));
  });
}

/** Empties the product's own earlier result cells (checked unedited) before they are written another way. */
async function clearEarlierResults(port: WorkbookPort, { mapping, column, earlier }: ResultsPlace): Promise<void> {
  if (!earlier || earlier.lastRow < mapping.firstRow) return;
  const block: Block = { sheet: mapping.sheet, row: mapping.firstRow, column, rows: earlier.lastRow - mapping.firstRow + 1, columns: RESULT_WIDTH };
  await port.clearContents(block);
}

/** Strip headers take their level's colour: the strip's own legend. */
async function styleStripLegend(port: WorkbookPort, mapping: InventoryMapping, column: number): Promise<void> {
  for (let i = 0; i < STRIP.length; i++) {
    await port.style(
      { sheet: mapping.sheet, row: mapping.headerRow, column: column + STRIP_OFFSET + i, rows: 1, columns: 1 },
      { fill: LEVEL_COLOURS[STRIP[i].level], horizontalAlign: "center" },
    );
  }
}

/**
 * The result row of every row from `firstRow` to `lastRow` (posts in row
 * order; rows without a post are blank). A valid post's row follows from its
 * assessment alone, and assessments are shared (assess), so posts with the
 * same one share one row: a million rows hold a few hundred rationales.
 */
function resultRows(posts: readonly PostResult[], firstRow: number, lastRow: number, language: Language): CellContent[][] {
  const byAssessment = new Map<Assessment, CellContent[]>();
  const blank: CellContent[] = RESULT_FIELDS.map(() => null);
  const rows: CellContent[][] = [];
  let next = 0;
  for (let row = firstRow; row <= lastRow; row++) {
    while (next < posts.length && posts[next].row < row) next++;
    const post = posts[next]?.row === row ? posts[next] : undefined;
    if (!post) rows.push(blank);
    else if (!post.assessment) rows.push(invalidRow(post.problems ?? [], language));
    else {
      let shared = byAssessment.get(post.assessment);
      if (shared === undefined) byAssessment.set(post.assessment, (shared = assessedRow(post.assessment, language)));
      rows.push(shared);
    }
  }
  return rows;
}
