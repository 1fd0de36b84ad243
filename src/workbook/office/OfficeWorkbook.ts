import type { Block, CellContent, CellLink, CellStyle, CellValue, ConditionalFormat, TableInfo, WorkbookPort } from "../port";
import { DEFAULT_MAX_REQUEST_BYTES } from "./chunks";
import { PendingRuleRemovals } from "./conditionalFormats";
import { OfficeRequests } from "./officeRequests";
import { type QueueStats, SyncQueue } from "./syncQueue";
import * as workbook from "./workbookShape";
import * as reads from "./cellReads";
import * as writes from "./cellWrites";
import * as sheets from "./sheetSetup";
import * as formats from "./cellFormats";

export interface OfficeWorkbookOptions {
  /** Ceiling of one request and its response (default 4 MB; Excel on the web refuses 5 MB). */
  readonly maxRequestBytes?: number;
}

/**
 * The workbook port over office.js, for the task pane inside Excel. Writes
 * are queued on the request context and sent with the next read or `flush()`;
 * reads made together share one `context.sync()`; every request stays under
 * `maxRequestBytes`. Formats are applied per block and conditional formats
 * per rule, so their number never depends on the row count.
 *
 * Each operation lives with its kind: what the workbook holds
 * (workbookShape.ts), cell reads (cellReads.ts), cell writes (cellWrites.ts),
 * the product's sheets (sheetSetup.ts), styles, rules and validation
 * (cellFormats.ts); all go through one queue (syncQueue.ts).
 */
export class OfficeWorkbook implements WorkbookPort {
  /** HR.* custom functions compute in Excel: results can be live formulas. */
  readonly liveFormulas = true;
  private readonly office: OfficeRequests;
  private readonly ruleRemovals = new PendingRuleRemovals();

  constructor(context: Excel.RequestContext, options: OfficeWorkbookOptions = {}) {
    const queue = new SyncQueue(
      {
        sync: () => context.sync(),
        suspendCalculation: () => context.application.suspendApiCalculationUntilNextSync(),
        recalculate: () => context.application.calculate("Recalculate"),
      },
      options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    );
    this.office = new OfficeRequests(context, queue);
  }

  /** Requests sent so far and how many were payload-sized chunks (for benchmarks). */
  get stats(): Readonly<QueueStats> {
    return this.office.queue.stats;
  }

  /**
   * Deletes the custom rules of the blocks whose rules were removed and not
   * written again, then sends every queued operation, including those a
   * deferred step queued once its read came back, and reports the first
   * failure of such a step (SyncQueue.flush).
   */
  async flush(): Promise<void> {
    await this.ruleRemovals.run((name) => this.office.sheet(name), this.office.queue, null);
    await this.office.queue.flush();
  }

  sheetNames(): Promise<string[]> {
    return workbook.sheetNames(this.office);
  }

  tables(): Promise<TableInfo[]> {
    return workbook.tables(this.office);
  }

  usedBlock(name: string): Promise<Block | null> {
    return workbook.usedBlock(this.office, name);
  }

  mergedAreas(block: Block): Promise<Block[]> {
    return workbook.mergedAreas(this.office, block);
  }

  readValues(block: Block): Promise<CellValue[][]> {
    return reads.readValues(this.office, block);
  }

  readColumn(block: Block): Promise<CellValue[]> {
    return reads.readColumn(this.office, block);
  }

  readFormulas(block: Block): Promise<CellContent[][]> {
    return reads.readFormulas(this.office, block);
  }

  filledCells(block: Block, limit: number): Promise<string[]> {
    return reads.filledCells(this.office, block, limit);
  }

  addSheet(name: string): Promise<boolean> {
    return sheets.addSheet(this.office, name);
  }

  clearSheet(name: string): Promise<void> {
    return sheets.clearSheet(this.office, name);
  }

  setSheetHidden(name: string, hidden: boolean): Promise<void> {
    return sheets.setSheetHidden(this.office, name, hidden);
  }

  write(block: Block, content: readonly (readonly CellContent[])[]): Promise<void> {
    return writes.write(this.office, block, content);
  }

  fillFormulas(block: Block, formulas: readonly (string | null)[]): Promise<void> {
    return writes.fillFormulas(this.office, block, formulas);
  }

  clearContents(block: Block): Promise<void> {
    return writes.clearContents(this.office, block);
  }

  addTableColumns(table: string, headers: readonly string[], formulas: readonly (string | null)[]): Promise<void> {
    return writes.addTableColumns(this.office, table, headers, formulas);
  }

  style(block: Block, style: CellStyle): Promise<void> {
    return formats.style(this.office, block, style);
  }

  setColumnWidths(sheet: string, firstColumn: number, widths: readonly number[]): Promise<void> {
    return sheets.setColumnWidths(this.office, sheet, firstColumn, widths);
  }

  setRowHeights(sheet: string, firstRow: number, heights: readonly number[]): Promise<void> {
    return sheets.setRowHeights(this.office, sheet, firstRow, heights);
  }

  linkCells(sheet: string, links: readonly CellLink[]): Promise<void> {
    return sheets.linkCells(this.office, sheet, links);
  }

  freeze(sheet: string, rows: number, columns: number): Promise<void> {
    return sheets.freeze(this.office, sheet, rows, columns);
  }

  /**
   * The product's rules in the block go when its rules are written again:
   * addConditionalFormats then tells them by their formula and fill, so an
   * analyst's rule over the same cells stays (see deleteOwnRules). Without a
   * following add, flush deletes the custom rules lying inside the block.
   */
  async removeConditionalFormats(block: Block): Promise<void> {
    this.ruleRemovals.mark(block);
  }

  addConditionalFormats(rules: readonly ConditionalFormat[]): Promise<void> {
    return formats.addConditionalFormats(this.office, this.ruleRemovals, rules);
  }

  setListValidation(block: Block, items: readonly string[], message: string): Promise<void> {
    return formats.setListValidation(this.office, block, items, message);
  }

  removeValidation(block: Block): Promise<void> {
    return formats.removeValidation(this.office, block);
  }

  hasValidation(block: Block): Promise<boolean> {
    return formats.hasValidation(this.office, block);
  }

  addColumnChart(sheet: string, data: Block, title: string, at: Block): Promise<boolean> {
    return sheets.addColumnChart(this.office, sheet, data, title, at);
  }
}
