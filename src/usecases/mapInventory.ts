import type { Language } from "../domain";
import { type Block, type CellValue, type TableInfo, type WorkbookPort, columnLetter } from "../workbook/port";
import { EXACT_SCORE, type Recognised, headerKey, nearestHeaders, recogniseRow } from "./headerRecognition";
import { INVENTORY_INPUTS, type InventoryInput, REQUIRED_INPUTS } from "./inventoryHeaders";
import { type Ownership, STATE_SHEET, isProductSheet } from "./ownership";
import type { InventorySource } from "./run.types";
import { sheetCalled } from "./sheetNames";
import { Stop } from "./stop";
import { lastPostRow } from "./tableTotals";
import { stopMessages } from "./stopMessages";

/** Where an inventory's posts are and which column holds each input. */
export interface InventoryMapping {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Last column of the analyst's inventory (the product's result columns excluded). */
  readonly lastColumn: number;
  /** Header text of each column, index 0 = column 1 ("" left of the inventory). */
  readonly headers: readonly string[];
  /** The Excel table the inventory is, when it is one (results then become table columns in formula mode). */
  readonly table?: string;
  readonly columns: Readonly<Partial<Record<InventoryInput, number>>>;
  /** Why each column was taken: named by --map or the pane, a known header, a key word (the pane shows it). */
  readonly recognised: Readonly<Partial<Record<InventoryInput, Recognised>>>;
  /**
   * The optional criteria (role, improvement, contacts) no column was found
   * for, each with the nearest headers of the sheet: every surface says so
   * where its results are read, so no criterion vanishes unsaid.
   */
  readonly absent: readonly AbsentCriterion[];
}

/** An optional criterion without a column, and the headers that came nearest to naming it. */
export interface AbsentCriterion {
  readonly input: "role" | "improvement" | "contacts";
  /** Up to three headers, best first, as `D "Niveau verbetering"`; empty when none came near. */
  readonly nearest: readonly string[];
}

export interface MapOptions {
  readonly sheet?: string;
  /** A table or block to map (the pane's choice); without it, the named sheet or the first sheet with an inventory. */
  readonly source?: InventorySource;
  /** Explicit mapping, input → header text or column letter; it overrides recognition. */
  readonly map?: Readonly<Partial<Record<InventoryInput, string>>>;
  readonly language: Language;
}

/** The header row is looked for among a block's first rows. */
const HEADER_SEARCH_ROWS = 20;

const asText = (value: CellValue): string => (value === null || typeof value === "object" ? "" : String(value).trim());

/**
 * Finds the inventory: the sheet, its header row and the column of each
 * input. Of the candidate header rows (an Excel table's header row on the
 * sheet, then each of the sheet's first 20 rows) the one that names the
 * required inputs best wins, a table's first. Stops with a message listing
 * the headers found when a required column is missing or two columns name
 * one input equally well.
 */
export async function mapInventory(port: WorkbookPort, ownership: Ownership, options: MapOptions): Promise<InventoryMapping> {
  if (options.source) {
    const outcome = await mapSource(port, ownership, options.source, options);
    if (outcome instanceof Stop) throw outcome;
    return outcome;
  }
  const sheets = await candidateSheets(port, ownership, options);
  let first: Stop | undefined;
  for (const sheet of sheets) {
    const outcome = await mapSource(port, ownership, { sheet }, options);
    if (!(outcome instanceof Stop)) return outcome;
    first ??= outcome;
  }
  throw first ?? new Stop("noSheet", stopMessages(options.language).noSheet(options.sheet ?? "", ""));
}

/** A row that could be the header row, and where its posts are. */
interface Candidate {
  readonly headerRow: number;
  readonly lastRow: number;
  readonly headers: string[];
  readonly table?: string;
  /** The row is an Excel table's header row, found on a sheet that was mapped whole. */
  readonly tableRow?: boolean;
}

/**
 * Maps the inventory in a table (its header row is the table's), a block
 * (its header row is searched among its top rows) or a whole sheet (an
 * Excel table's header row on it, or one of its top rows). A block of one
 * row is taken as a click inside the inventory: the sheet is mapped instead.
 */
async function mapSource(port: WorkbookPort, ownership: Ownership, source: InventorySource, options: MapOptions): Promise<InventoryMapping | Stop> {
  const say = stopMessages(options.language);
  const { sheet } = source;
  if (!(await port.sheetNames()).includes(sheet)) return new Stop("noSheet", say.noSheet(sheet, ""));
  const tables = (await port.tables()).filter((t) => t.block.sheet === sheet);
  let region: Block | null;
  let searchRows = HEADER_SEARCH_ROWS;
  let sheetTables: readonly TableInfo[] = [];
  if (source.table !== undefined) {
    region = tables.find((t) => t.name === source.table)?.block ?? null;
    if (!region) return new Stop("noSheet", say.noTable(source.table));
    searchRows = 1;
  } else if (source.block && source.block.rows > 1) {
    region = source.block;
  } else {
    region = await port.usedBlock(sheet);
    sheetTables = tables;
  }
  if (!region) return new Stop("emptySheet", say.emptySheet(sheet));
  const results = ownership.results[sheet];
  const end = region.column + region.columns - 1;
  const lastColumn = results && results.column > region.column ? Math.min(end, results.column - 1) : end;
  const regionLastRow = region.row + region.rows - 1;
  const padding: string[] = new Array(region.column - 1).fill("");
  const rowOf = (values: readonly CellValue[]): string[] => [...padding, ...values.map(asText)];

  const candidates: Candidate[] = [];
  for (const table of sheetTables) {
    const { block } = table;
    if (block.column < region.column || block.column + block.columns - 1 > lastColumn) continue;
    const [values] = await port.readValues({ sheet, row: block.row, column: region.column, rows: 1, columns: lastColumn - region.column + 1 });
    candidates.push({ headerRow: block.row, lastRow: block.row + block.rows - 1, headers: rowOf(values ?? []), tableRow: true });
  }
  const top = await port.readValues({ sheet, row: region.row, column: region.column, rows: Math.min(searchRows, region.rows), columns: lastColumn - region.column + 1 });
  top.forEach((values, r) => {
    const headerRow = region.row + r;
    if (!candidates.some((c) => c.headerRow === headerRow)) {
      candidates.push({ headerRow, lastRow: regionLastRow, headers: rowOf(values), ...(source.table !== undefined ? { table: source.table } : {}) });
    }
  });

  const owned = (column: number): boolean => column > lastColumn;
  let best: { candidate: Candidate; outcome: RowColumns | Stop; rank: number[] } | undefined;
  for (const candidate of candidates) {
    if (candidate.headers.every((h) => h === "")) continue;
    const { outcome, recognised } = columnsOf(candidate.headers, options, sheet, owned);
    const rank = rankOf(outcome, recognised, candidate);
    if (!best || compareRanks(rank, best.rank) > 0) best = { candidate, outcome, rank };
  }
  if (!best) return new Stop("noHeader", say.noHeader(sheet, "—"));
  const { candidate, outcome } = best;
  if (outcome instanceof Stop) return outcome;
  const { headerRow, headers, table } = candidate;
  // A table's totals row is not a post (a table source, or a sheet whose header row is a table's).
  const lastRow = lastPostRow(tables, headerRow, candidate.lastRow);
  const absent = absentOf(headers, outcome.columns);
  return { sheet, headerRow, firstRow: headerRow + 1, lastRow, lastColumn, headers, ...outcome, absent, ...(table !== undefined ? { table } : {}) };
}

/** The inputs' columns of one header row, and why each was taken. */
interface RowColumns {
  readonly columns: Partial<Record<InventoryInput, number>>;
  readonly recognised: Partial<Record<InventoryInput, Recognised>>;
}

/** Stops that say the row is not the header row (rather than a question about a header row that is). */
const NOT_THIS_ROW: ReadonlySet<string> = new Set(["missingColumns", "unknownMapping"]);

/** Better rows first: a row that maps, a table's header row, more required inputs, surer ones. */
function rankOf(outcome: RowColumns | Stop, recognised: RowColumns["recognised"], candidate: Candidate): number[] {
  const maps = outcome instanceof Stop ? (NOT_THIS_ROW.has(outcome.code) ? 0 : 1) : 2;
  const required = REQUIRED_INPUTS.filter((input) => recognised[input] !== undefined).length;
  const score = Object.values(recognised).reduce((sum, r) => sum + (r?.score ?? 0), 0);
  return [maps, candidate.tableRow ? 1 : 0, required, score];
}

const compareRanks = (a: number[], b: number[]): number => a.map((x, i) => x - b[i]).find((d) => d !== 0) ?? 0;

/** The columns one header row gives, or the Stop it raises; either way, what it recognised (to rank the row). */
function columnsOf(
  headers: readonly string[],
  options: MapOptions,
  sheet: string,
  owned: (column: number) => boolean,
): { readonly outcome: RowColumns | Stop; readonly recognised: RowColumns["recognised"] } {
  const say = stopMessages(options.language);
  const mapped: Partial<Record<InventoryInput, Recognised>> = {};
  const byColumn = new Map<number, InventoryInput>();
  let refusal: Stop | undefined;
  for (const input of INVENTORY_INPUTS) {
    const wanted = options.map?.[input];
    if (wanted === undefined) continue;
    const column = columnNamed(headers, wanted);
    if (column === undefined) {
      refusal ??= new Stop("unknownMapping", say.unknownMapping(input, wanted, listHeaders(headers)));
      continue;
    }
    const other = byColumn.get(column);
    if (other !== undefined) refusal ??= new Stop("mapTwice", say.mapSameColumn(columnLetter(column), other, input));
    else if (owned(column)) refusal ??= new Stop("mapResults", say.mapResultColumn(input, columnLetter(column)));
    byColumn.set(column, input);
    mapped[input] = { column, score: EXACT_SCORE, how: "mapped" };
  }
  const known = new Set(Object.keys(mapped) as InventoryInput[]);
  const { found, ambiguous } = recogniseRow(headers, new Set(byColumn.keys()), known);
  const recognised = { ...found, ...mapped };
  const answer = (outcome: RowColumns | Stop) => ({ outcome, recognised });
  if (refusal) return answer(refusal);
  const columns: Partial<Record<InventoryInput, number>> = {};
  for (const input of INVENTORY_INPUTS) if (recognised[input]) columns[input] = recognised[input].column;
  const unsure = ambiguous.find((a) => REQUIRED_INPUTS.includes(a.input) || OPTIONAL_CRITERIA.includes(a.input as AbsentCriterion["input"]));
  if (unsure) {
    const named = unsure.columns.map((c) => quotedHeader(headers, c)).join(", ");
    return answer(new Stop("ambiguousColumn", say.ambiguousColumn(unsure.input, named)));
  }
  const missing = REQUIRED_INPUTS.filter((input) => columns[input] === undefined);
  if (missing.length > 0) return answer(new Stop("missingColumns", say.missingColumns(sheet, missing.join(", "), listHeaders(headers))));
  return answer({ columns, recognised });
}

/** The optional criteria without a column, with the headers that came nearest (only for the header row taken: it compares letter by letter). */
function absentOf(headers: readonly string[], columns: Partial<Record<InventoryInput, number>>): AbsentCriterion[] {
  const taken = new Set(Object.values(columns));
  return OPTIONAL_CRITERIA.filter((input) => columns[input] === undefined).map((input) => ({
    input,
    nearest: nearestHeaders(headers, input, taken).map((c) => quotedHeader(headers, c)),
  }));
}

const OPTIONAL_CRITERIA: readonly AbsentCriterion["input"][] = ["role", "improvement", "contacts"];

/** The column whose header is `wanted` (compared as headers are), or whose letter it is. */
function columnNamed(headers: readonly string[], wanted: string): number | undefined {
  const key = headerKey(wanted);
  const index = headers.findIndex((h) => h !== "" && headerKey(h) === key);
  if (index >= 0) return index + 1;
  if (/^[A-Za-z]{1,3}$/.test(wanted.trim())) {
    const letters = wanted.trim().toUpperCase();
    for (let c = 1; c <= 16384; c++) if (columnLetter(c) === letters) return c;
  }
  return undefined;
}

/** A message lists this many headers at most, each cut to HEADER_ECHO characters: a sheet's first row may be a 4 MB line. */
const LISTED_HEADERS = 20;
const HEADER_ECHO = 40;

/** `D "Niveau advies"`: a column and its header as messages quote it. */
function quotedHeader(headers: readonly string[], column: number): string {
  const header = headers[column - 1] ?? "";
  return `${columnLetter(column)} "${header.length > HEADER_ECHO ? `${header.slice(0, HEADER_ECHO)}…` : header}"`;
}

function listHeaders(headers: readonly string[]): string {
  const columns = headers.flatMap((h, i) => (h === "" ? [] : [i + 1]));
  if (columns.length === 0) return "—";
  const listed = columns.slice(0, LISTED_HEADERS).map((c) => quotedHeader(headers, c));
  return columns.length > LISTED_HEADERS ? `${listed.join(", ")} … (+${columns.length - LISTED_HEADERS})` : listed.join(", ");
}

/** The named sheet, or else every sheet the product did not make, in workbook order. */
async function candidateSheets(port: WorkbookPort, ownership: Ownership, options: MapOptions): Promise<string[]> {
  const sheets = await port.sheetNames();
  if (options.sheet !== undefined) {
    // --sheet inventaris names the sheet Inventaris: Excel compares sheet names regardless of case.
    const named = sheetCalled(sheets, options.sheet);
    if (named === undefined) {
      throw new Stop("noSheet", stopMessages(options.language).noSheet(options.sheet, sheets.map((s) => `"${s}"`).join(", ")));
    }
    return [named];
  }
  const owned = new Set<string>([STATE_SHEET, ...Object.values(ownership.sheets).filter((s): s is string => !!s)]);
  return sheets.filter((s) => !owned.has(s) && !isProductSheet(s));
}

/** The block of data rows of one column. */
export function dataBlock(mapping: InventoryMapping, column: number, columns = 1): Block {
  return { sheet: mapping.sheet, row: mapping.firstRow, column, rows: Math.max(0, mapping.lastRow - mapping.firstRow + 1), columns };
}
