import { type Language, MATRIX_VERSION, RULE_ID } from "../domain";
import type { ResultMode } from "./run.types";
import { type CellValue, type WorkbookPort, address } from "../workbook/port";
import { sheetCalled } from "./sheetNames";
import { Stop } from "./stop";
import { stopMessages } from "./stopMessages";

/**
 * What the product wrote into a workbook, recorded in a very hidden sheet so
 * a re-run recognises its own sheets and columns and updates them in place,
 * and never mistakes an analyst's cells for its own.
 */
export const STATE_SHEET = "AssistLevel.state";

/**
 * The product's hidden working sheets are named "AssistLevel.…" (the state
 * sheet; an adapter's lists sheet): never an inventory, never offered.
 */
export function isProductSheet(sheet: string): boolean {
  return sheet.startsWith(PRODUCT_PREFIX);
}

const PRODUCT_PREFIX = "AssistLevel.";

/**
 * An analyst's sheet named like one of the product's working sheets in
 * another case ("assistlevel.state"): Excel takes it for the product's
 * (sheet names compare regardless of case), so the product would clear it.
 * The run stops first, naming it.
 */
function refuseLookalikes(sheets: readonly string[], language: Language): void {
  const lookalike = sheets.find((sheet) => !isProductSheet(sheet) && sheet.toUpperCase().startsWith(PRODUCT_PREFIX.toUpperCase()));
  if (lookalike !== undefined) throw new Stop("foreignSheet", stopMessages(language).foreignSheet(lookalike));
}

export type OwnedSheetRole = "matrix" | "summary" | "audit";

/** Result columns written on an inventory sheet: where, and the headers written. */
export interface ResultsRecord {
  readonly headerRow: number;
  readonly column: number;
  /** Last inventory row results were written for (rows below it hold none). */
  readonly lastRow: number;
  readonly headers: readonly string[];
  /** Input columns that carry the product's dropdown validation. */
  readonly validated: readonly number[];
  /** Fingerprint of each result column's values as written, to notice an analyst's edits there (values mode). */
  readonly fingerprints: readonly string[];
  /** How the results were written; absent in records of earlier versions (values). */
  readonly mode?: ResultMode;
  /** Formulas mode: the formula of each result column's first data cell, in column order (null where none). */
  readonly formulas?: readonly (string | null)[];
  /** Formulas mode in a table: the table whose calculated columns hold the results. */
  readonly table?: string;
}

export interface Ownership {
  readonly sheets: Partial<Record<OwnedSheetRole, string>>;
  readonly results: Readonly<Record<string, ResultsRecord>>;
}

const EMPTY: Ownership = { sheets: {}, results: {} };

/**
 * The state sheet's records. A record that cannot be read (edited by hand,
 * cut short, written by a damaged copy) stops the run, naming the cell,
 * instead of guessing which cells are the product's. The use cases pass
 * the analyst's language; the pane's source list has none and stops in English.
 */
export async function readOwnership(port: WorkbookPort, language: Language = "en"): Promise<Ownership> {
  const names = await port.sheetNames();
  refuseLookalikes(names, language);
  if (!names.includes(STATE_SHEET)) return EMPTY;
  const used = await port.usedBlock(STATE_SHEET);
  if (!used) return EMPTY;
  const rows = await port.readValues({ ...used, columns: 2 });
  const sheets: Partial<Record<OwnedSheetRole, string>> = {};
  const results: Record<string, ResultsRecord> = {};
  rows.forEach(([key, value], i) => {
    if (typeof key !== "string" || typeof value !== "string") return;
    if (key.startsWith("sheet:")) sheets[key.slice(6) as OwnedSheetRole] = value;
    else if (key.startsWith("results:")) {
      const record = parseResults(value);
      if (!record) throw new Stop("damagedState", stopMessages(language).damagedState(STATE_SHEET, address({ row: used.row + i, column: used.column + 1 })));
      results[key.slice(8)] = record;
    }
  });
  return { sheets, results };
}

/** A results record as written by writeOwnership, or undefined when it is not one. */
function parseResults(json: string): ResultsRecord | undefined {
  let record: Partial<ResultsRecord> | null;
  try {
    record = JSON.parse(json) as Partial<ResultsRecord> | null;
  } catch {
    return undefined;
  }
  const isInteger = (value: unknown): boolean => Number.isInteger(value);
  if (record === null || typeof record !== "object" || !isInteger(record.headerRow) || !isInteger(record.column) || !isInteger(record.lastRow)) return undefined;
  if (!Array.isArray(record.headers) || !Array.isArray(record.validated) || !Array.isArray(record.fingerprints)) return undefined;
  return record as ResultsRecord;
}

/** Rewrites the state sheet with `ownership` (a handful of rows). */
export async function writeOwnership(port: WorkbookPort, ownership: Ownership): Promise<void> {
  if (!(await port.addSheet(STATE_SHEET))) await port.clearSheet(STATE_SHEET);
  // The matrix and rule that wrote the results, as a machine identifies them (seed hash included): read by no run yet, kept for a later version of the tool.
  const rows: CellValue[][] = [["key", "value"], ["matrix", MATRIX_VERSION], ["rule", RULE_ID]];
  for (const [role, name] of Object.entries(ownership.sheets)) rows.push([`sheet:${role}`, name ?? null]);
  for (const [sheet, record] of Object.entries(ownership.results)) rows.push([`results:${sheet}`, JSON.stringify(record)]);
  await port.write({ sheet: STATE_SHEET, row: 1, column: 1, rows: rows.length, columns: 2 }, rows);
  await port.setSheetHidden(STATE_SHEET, true);
}

export function withSheet(ownership: Ownership, role: OwnedSheetRole, name: string): Ownership {
  return { ...ownership, sheets: { ...ownership.sheets, [role]: name } };
}

export function withResults(ownership: Ownership, sheet: string, record: ResultsRecord): Ownership {
  return { ...ownership, results: { ...ownership.results, [sheet]: record } };
}

/**
 * The sheet the product uses for `role`: its own sheet from an earlier run
 * (cleared, to be written anew), or a new sheet named `name`. A sheet named
 * `name` that the product did not make stops the run before anything is written.
 */
export async function claimSheet(
  port: WorkbookPort,
  ownership: Ownership,
  role: OwnedSheetRole,
  name: string,
  language: Language,
): Promise<{ readonly sheet: string; readonly ownership: Ownership }> {
  const sheets = await port.sheetNames();
  const owned = ownership.sheets[role];
  if (owned && sheets.includes(owned)) {
    await port.clearSheet(owned);
    return { sheet: owned, ownership };
  }
  await addFreeSheet(port, sheets, name, language);
  return { sheet: name, ownership: withSheet(ownership, role, name) };
}

/**
 * Adds the product's sheet `name` to a workbook holding `sheets`. A sheet
 * Excel takes for it (the same name in any case) that the product did not
 * make stops the run, naming that sheet.
 */
export async function addFreeSheet(port: WorkbookPort, sheets: readonly string[], name: string, language: Language): Promise<void> {
  const taken = sheetCalled(sheets, name);
  if (taken !== undefined || !(await port.addSheet(name))) throw new Stop("foreignSheet", stopMessages(language).foreignSheet(taken ?? name));
}
