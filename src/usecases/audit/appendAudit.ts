import type { Language } from "../../domain";
import type { Block, CellValue, WorkbookPort } from "../../workbook/port";
import { absentCriterionNames } from "../absentCriteria";
import type { AbsentCriterion } from "../mapInventory";
import { type Ownership, addFreeSheet, withSheet } from "../ownership";
import { HEADER_COLOUR } from "../resultColumns";
import { SHEET_NAMES } from "../sheetNames";
import { byLanguage } from "../../words/words";

/** What one run records in the audit log. */
export interface AuditEntry {
  readonly date: Date;
  readonly matrixVersion: string;
  readonly rule: string;
  /** The inventory sheet evaluated. */
  readonly sheet: string;
  readonly evaluated: number;
  readonly invalid: number;
  /** The optional criteria the inventory had no column for (the classes were made without them). */
  readonly absent: readonly AbsentCriterion[];
}

/** Column headings of the log, in the language of the run that starts it. */
export const AUDIT_HEADERS = byLanguage((words) => words.audit.headers);

const WIDTHS = [22, 50, 40, 24, 16, 16, 36];
/** The column added by issue 11: a log begun before it has no header there yet. */
const ABSENT_COLUMN = 7;

/** "2026-03-01T09:30:00Z": ISO 8601 in UTC, as text so no locale or time zone turns it into another date. */
export function auditDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * Appends one row to the audit log. Unlike the matrix and summary sheets the
 * log is never cleared: each run adds a row under the earlier ones. The first
 * run adds the sheet with a header row; a sheet with the log's name that the
 * product did not make stops the run before anything is written.
 */
export async function appendAudit(
  port: WorkbookPort,
  ownership: Ownership,
  entry: AuditEntry,
  language: Language,
): Promise<{ sheet: string; ownership: Ownership }> {
  const row: CellValue[] = [
    auditDate(entry.date),
    entry.matrixVersion,
    entry.rule,
    entry.sheet,
    entry.evaluated,
    entry.invalid,
    absentCriterionNames(entry.absent, language),
  ];
  const owned = ownership.sheets.audit;
  if (owned && (await port.sheetNames()).includes(owned)) {
    const used = await port.usedBlock(owned);
    // An owned log the analyst emptied starts again with its header.
    if (!used) await writeHeader(port, owned, language);
    else await addAbsentHeader(port, owned, language);
    await port.write(line(owned, used ? used.row + used.rows : 2), [row]);
    return { sheet: owned, ownership };
  }
  const name = SHEET_NAMES[language].audit;
  await addFreeSheet(port, await port.sheetNames(), name, language);
  await writeHeader(port, name, language);
  await port.write(line(name, 2), [row]);
  return { sheet: name, ownership: withSheet(ownership, "audit", name) };
}

function line(sheet: string, row: number): Block {
  return { sheet, row, column: 1, rows: 1, columns: WIDTHS.length };
}

/** A log begun before the "criteria without a column" column gets its header, so the new cells are named. */
async function addAbsentHeader(port: WorkbookPort, sheet: string, language: Language): Promise<void> {
  const cell: Block = { sheet, row: 1, column: ABSENT_COLUMN, rows: 1, columns: 1 };
  const [[header]] = await port.readValues(cell);
  if (header !== null && header !== "") return;
  await port.write(cell, [[AUDIT_HEADERS[language][ABSENT_COLUMN - 1]]]);
  await port.style(cell, { bold: true, fill: HEADER_COLOUR, wrap: true, verticalAlign: "top" });
  await port.setColumnWidths(sheet, ABSENT_COLUMN, [WIDTHS[ABSENT_COLUMN - 1]]);
}

async function writeHeader(port: WorkbookPort, sheet: string, language: Language): Promise<void> {
  await port.write(line(sheet, 1), [AUDIT_HEADERS[language]]);
  await port.style(line(sheet, 1), { bold: true, fill: HEADER_COLOUR, wrap: true, verticalAlign: "top" });
  await port.setColumnWidths(sheet, 1, WIDTHS);
  await port.freeze(sheet, 1, 0);
}
