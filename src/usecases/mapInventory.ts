import { type Language, normalizeText } from "../domain";
import { type Block, type CellValue, type WorkbookPort, columnLetter } from "../workbook/port";
import { HEADER_VARIANTS, INVENTORY_INPUTS, type InventoryInput, REQUIRED_INPUTS } from "./inventoryHeaders";
import { type Ownership, STATE_SHEET, isProductSheet } from "./ownership";
import type { InventorySource } from "./paneJobs.types";
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

const HEADER_SEARCH_ROWS = 10;

/** A header as compared: normalized, without a trailing "(…)" or ":" part. */
function headerKey(text: string): string {
  return normalizeText(text).replace(/\s*\(.*\)\s*$/, "").replace(/\s*:\s*$/, "");
}

const VARIANTS: ReadonlyMap<string, InventoryInput> = (() => {
  const lookup = new Map<string, InventoryInput>();
  for (const input of INVENTORY_INPUTS) for (const variant of HEADER_VARIANTS[input]) lookup.set(headerKey(variant), input);
  return lookup;
})();

const asText = (value: CellValue): string => (value === null || typeof value === "object" ? "" : String(value).trim());

/**
 * Finds the inventory on a sheet: the header row (the first of the top rows
 * that names staff, scope and advice, or the mapped headers) and the column of
 * each input. Stops with a message listing the headers found when a required
 * column is missing or two columns claim the same input.
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
    const outcome = await mapSheet(port, ownership, sheet, options);
    if (!(outcome instanceof Stop)) return outcome;
    first ??= outcome;
  }
  throw first ?? new Stop("noSheet", stopMessages(options.language).noSheet(options.sheet ?? "", ""));
}

function mapSheet(port: WorkbookPort, ownership: Ownership, sheet: string, options: MapOptions): Promise<InventoryMapping | Stop> {
  return mapSource(port, ownership, { sheet }, options);
}

/**
 * Maps the inventory in a table (its header row is the table's), a block
 * (its header row is searched among its top rows) or a whole sheet's used
 * range. A block of one row is taken as a click inside the inventory: the
 * sheet's used range is mapped instead.
 */
async function mapSource(port: WorkbookPort, ownership: Ownership, source: InventorySource, options: MapOptions): Promise<InventoryMapping | Stop> {
  const say = stopMessages(options.language);
  const { sheet } = source;
  if (!(await port.sheetNames()).includes(sheet)) return new Stop("noSheet", say.noSheet(sheet, ""));
  let region: Block | null;
  let searchRows = HEADER_SEARCH_ROWS;
  if (source.table !== undefined) {
    region = (await port.tables()).find((t) => t.name === source.table)?.block ?? null;
    if (!region) return new Stop("noSheet", say.noTable(source.table));
    searchRows = 1;
  } else if (source.block && source.block.rows > 1) {
    region = source.block;
  } else {
    region = await port.usedBlock(sheet);
  }
  if (!region) return new Stop("emptySheet", say.emptySheet(sheet));
  const results = ownership.results[sheet];
  const end = region.column + region.columns - 1;
  const lastColumn = results && results.column > region.column ? Math.min(end, results.column - 1) : end;
  const width = lastColumn - region.column + 1;
  const top = await port.readValues({ sheet, row: region.row, column: region.column, rows: Math.min(searchRows, region.rows), columns: width });
  const padding: string[] = new Array(region.column - 1).fill("");

  let fallback: Stop | undefined;
  for (let r = 0; r < top.length; r++) {
    const headers = [...padding, ...top[r].map(asText)];
    if (headers.every((h) => h === "")) continue;
    const outcome = columnsOf(headers, options, sheet);
    if (outcome instanceof Stop) {
      fallback ??= outcome;
      continue;
    }
    const headerRow = region.row + r;
    // A table's totals row is not a post (a table source, or a sheet whose header row is a table's).
    const lastRow = await lastPostRow(port, sheet, headerRow, region.row + region.rows - 1);
    const absent: AbsentCriterion[] = (["role", "improvement", "contacts"] as const).filter((input) => outcome[input] === undefined).map((input) => ({ input, nearest: [] }));
    const mapping = { sheet, headerRow, firstRow: headerRow + 1, lastRow, lastColumn, headers, columns: outcome, absent };
    return source.table !== undefined ? { ...mapping, table: source.table } : mapping;
  }
  return fallback ?? new Stop("noHeader", say.noHeader(sheet, listHeaders([...padding, ...(top[0]?.map(asText) ?? [])])));
}

function columnsOf(headers: readonly string[], options: MapOptions, sheet: string): Partial<Record<InventoryInput, number>> | Stop {
  const say = stopMessages(options.language);
  const found: Partial<Record<InventoryInput, number[]>> = {};
  headers.forEach((header, i) => {
    const input = header === "" ? undefined : VARIANTS.get(headerKey(header));
    if (input) (found[input] ??= []).push(i + 1);
  });
  const columns: Partial<Record<InventoryInput, number>> = {};
  for (const input of INVENTORY_INPUTS) {
    const wanted = options.map?.[input];
    if (wanted !== undefined) {
      const column = columnNamed(headers, wanted);
      if (column === undefined) return new Stop("unknownMapping", say.unknownMapping(input, wanted, listHeaders(headers)));
      columns[input] = column;
      continue;
    }
    const candidates = found[input] ?? [];
    if (candidates.length > 1) {
      const named = candidates.map((c) => `${columnLetter(c)} "${headers[c - 1]}"`).join(", ");
      return new Stop("ambiguousColumn", say.ambiguousColumn(input, named));
    }
    if (candidates.length === 1) columns[input] = candidates[0];
  }
  const missing = REQUIRED_INPUTS.filter((input) => columns[input] === undefined);
  if (missing.length > 0) return new Stop("missingColumns", say.missingColumns(sheet, missing.join(", "), listHeaders(headers)));
  return columns;
}

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

function listHeaders(headers: readonly string[]): string {
  const named = headers.map((h, i) => (h === "" ? "" : `${columnLetter(i + 1)} "${h}"`)).filter(Boolean);
  return named.length > 0 ? named.join(", ") : "—";
}

/** The named sheet, or else every sheet the product did not make, in workbook order. */
async function candidateSheets(port: WorkbookPort, ownership: Ownership, options: MapOptions): Promise<string[]> {
  const sheets = await port.sheetNames();
  if (options.sheet !== undefined) {
    if (!sheets.includes(options.sheet)) {
      throw new Stop("noSheet", stopMessages(options.language).noSheet(options.sheet, sheets.map((s) => `"${s}"`).join(", ")));
    }
    return [options.sheet];
  }
  const owned = new Set<string>([STATE_SHEET, ...Object.values(ownership.sheets).filter((s): s is string => !!s)]);
  return sheets.filter((s) => !owned.has(s) && !isProductSheet(s));
}

/** The block of data rows of one column. */
export function dataBlock(mapping: InventoryMapping, column: number, columns = 1): Block {
  return { sheet: mapping.sheet, row: mapping.firstRow, column, rows: Math.max(0, mapping.lastRow - mapping.firstRow + 1), columns };
}
