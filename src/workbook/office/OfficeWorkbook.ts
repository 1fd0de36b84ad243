import {
  type Block,
  type CellContent,
  type CellStyle,
  type CellValue,
  type ConditionalFormat,
  type TableInfo,
  type WorkbookPort,
  address,
  blocksOverlap,
} from "../port";
import { DEFAULT_MAX_REQUEST_BYTES, OPERATION_BYTES, readChunks, textBytes, writeChunks } from "./chunks";
import { gridBytes, readMeasured } from "./measuredReads";
import { blocksOfAddress, fromOfficeFormula, fromOfficeValue, hasFormula, isDateCategory, toOfficeContent } from "./officeCells";
import { addConditionalFormat, applyStyle, literalListSource, setListRule } from "./officeRules";
import { listSourceRange } from "./listSheet";
import { PendingRuleRemovals } from "./conditionalFormats";
import { type QueueEntry, type QueueStats, SyncQueue } from "./syncQueue";
import { fillEntries } from "./filledFormulas";

/** A write of this many plain values or more suspends calculation when its request is full. */
const LARGE_WRITE_CELLS = 10_000;

/** Excel's column width unit is the point; the port's is the character of the default font (7 px + 5 px padding). */
const widthInPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

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
 */
export class OfficeWorkbook implements WorkbookPort {
  /** HR.* custom functions compute in Excel: results can be live formulas. */
  readonly liveFormulas = true;
  private readonly queue: SyncQueue;
  private readonly followUps = new Set<Promise<void>>();
  private readonly ruleRemovals = new PendingRuleRemovals();
  private failure: unknown;

  constructor(
    private readonly context: Excel.RequestContext,
    options: OfficeWorkbookOptions = {},
  ) {
    this.queue = new SyncQueue(
      {
        sync: () => context.sync(),
        suspendCalculation: () => context.application.suspendApiCalculationUntilNextSync(),
        recalculate: () => context.application.calculate("Recalculate"),
      },
      options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    );
  }

  /** Requests sent so far and how many were payload-sized chunks (for benchmarks). */
  get stats(): Readonly<QueueStats> {
    return this.queue.stats;
  }

  /**
   * Sends every queued operation, including those a deferred step queued once
   * its read came back, and reports the first failure of such a step.
   */
  async flush(): Promise<void> {
    await this.ruleRemovals.run((name) => this.sheet(name), this.queue, null);
    do {
      await this.queue.flush();
      await Promise.all([...this.followUps]);
    } while (this.queue.pending);
    if (this.failure !== undefined) {
      const failure = this.failure;
      this.failure = undefined;
      throw failure;
    }
  }

  /**
   * A step that needs an answer from Excel before its writes, but whose caller
   * does not: its read rides along with the next request anyone sends, and its
   * writes join the queue when the answer is in.
   */
  private later(step: Promise<void>): void {
    const followUp: Promise<void> = step
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.followUps.delete(followUp));
    this.followUps.add(followUp);
  }

  private sheet(name: string): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(name);
  }

  private range(block: Block): Excel.Range {
    return this.sheet(block.sheet).getRangeByIndexes(block.row - 1, block.column - 1, block.rows, block.columns);
  }

  /** One read answered by the next sync. */
  private async readOne<T>(prepare: () => () => T, bytes = OPERATION_BYTES): Promise<T> {
    const [result] = await this.queue.read([{ bytes, prepare }]);
    return result;
  }

  private writeOne(queue: () => void, bytes = OPERATION_BYTES): Promise<void> {
    return this.queue.write([{ bytes, queue }]);
  }

  async sheetNames(): Promise<string[]> {
    return this.readOne(() => {
      const sheets = this.context.workbook.worksheets.load("items/name");
      return () => sheets.items.map((s) => s.name);
    });
  }

  async tables(): Promise<TableInfo[]> {
    const names = await this.readOne(() => {
      const tables = this.context.workbook.tables.load("items/name");
      return () => tables.items.map((t) => t.name);
    });
    const parts = names.map((name) => ({
      bytes: OPERATION_BYTES,
      prepare: () => {
        const table = this.context.workbook.tables.getItem(name);
        const range = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
        const sheet = table.worksheet.load("name");
        // Table.showTotals: "Specifies if the total row is visible" (ExcelApi 1.1); getRange() then includes it.
        table.load("showTotals");
        return (): TableInfo => {
          const block = { sheet: sheet.name, row: range.rowIndex + 1, column: range.columnIndex + 1, rows: range.rowCount, columns: range.columnCount };
          return table.showTotals ? { name, block, totalsRow: true } : { name, block };
        };
      },
    }));
    return this.queue.read(parts);
  }

  async usedBlock(name: string): Promise<Block | null> {
    return this.readOne(() => {
      const used = this.sheet(name).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      return () => (used.isNullObject ? null : { sheet: name, row: 1, column: 1, rows: used.rowIndex + used.rowCount, columns: used.columnIndex + used.columnCount });
    });
  }

  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13) returns only the merged
   * areas whose top-left cell lies in the range (office-js issue #3611), so it
   * is asked of the range from A1 to the block's far corner, where every area
   * touching the block starts; it fails beyond 512 areas.
   */
  async mergedAreas(block: Block): Promise<Block[]> {
    const areas = await this.readOne(() => {
      const merged = this.sheet(block.sheet).getRangeByIndexes(0, 0, block.row + block.rows - 1, block.column + block.columns - 1).getMergedAreasOrNullObject().load("address");
      return () => (merged.isNullObject ? [] : blocksOfAddress(block.sheet, merged.address));
    });
    return areas.filter((area) => blocksOverlap(area, block));
  }

  /**
   * A number the cell shows as a date or time (its numberFormatCategories
   * entry is "Date" or "Time", ExcelApi 1.12) reads as the text Excel shows
   * (Range.text), so a date is never taken for a count; that text is read in
   * a second request, only when the block holds such a cell.
   */
  async readValues(block: Block): Promise<CellValue[][]> {
    const dates: [number, number][] = [];
    const values = await this.readChunked(block, "values,valueTypes,numberFormatCategories", (range, start) =>
      range.values.map((row, r) =>
        row.map((value, c) => {
          if (range.valueTypes[r][c] === "Double" && isDateCategory(range.numberFormatCategories[r][c])) dates.push([start + r, c]);
          return fromOfficeValue(value, range.valueTypes[r][c]);
        }),
      ),
    );
    if (dates.length === 0) return values;
    const first = dates[0][0];
    const rows = dates[dates.length - 1][0] - first + 1;
    const texts = await this.readChunked({ ...block, row: block.row + first, rows }, "text", (range) => range.text);
    for (const [r, c] of dates) values[r][c] = texts[r - first][c];
    return values;
  }

  async readColumn(block: Block): Promise<CellValue[]> {
    return (await this.readValues({ ...block, columns: 1 })).map((row) => row[0]);
  }

  async readFormulas(block: Block): Promise<CellContent[][]> {
    return this.readChunked(block, "formulas", (range) => range.formulas.map((row) => row.map(fromOfficeFormula)));
  }

  /** A block read in row chunks sized from the bytes Excel sent back (see readMeasured): `properties` loaded on each chunk, `rows` making its lines (`start`: the chunk's first row in the block). */
  private async readChunked<T>(block: Block, properties: string, rows: (range: Excel.Range, start: number) => T[][]): Promise<T[][]> {
    if (block.rows <= 0 || block.columns <= 0) return [];
    const grids = properties.split(",") as ("values" | "valueTypes" | "formulas" | "numberFormatCategories" | "text")[];
    return readMeasured(block.rows, block.columns, this.queue.maxBytes, async (start, end, estimate, continued) => {
      const [part] = await this.queue.read([
        {
          bytes: estimate,
          continued,
          prepare: () => {
            const range = this.range({ ...block, row: block.row + start, rows: end - start }).load(properties);
            return () => ({ lines: rows(range, start), bytes: grids.reduce((sum, grid) => sum + gridBytes(range[grid]), 0) });
          },
        },
      ]);
      return part;
    });
  }

  /**
   * The block's used part comes first (an empty block, however tall, costs
   * one small request); then its formulas are read chunk by chunk until
   * `limit` cells are found. A formula giving "" counts as filled.
   */
  async filledCells(block: Block, limit: number): Promise<string[]> {
    if (block.rows <= 0 || block.columns <= 0 || limit <= 0) return [];
    const used = await this.readOne(() => {
      const range = this.range(block).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      return () => (range.isNullObject ? null : { ...block, row: range.rowIndex + 1, column: range.columnIndex + 1, rows: range.rowCount, columns: range.columnCount });
    });
    const found: string[] = [];
    if (!used) return found;
    for (const chunk of readChunks(used.rows, used.columns, this.queue.maxBytes)) {
      const part = { ...used, row: used.row + chunk.start, rows: chunk.end - chunk.start };
      const formulas = await this.readFormulas(part);
      for (let r = 0; r < formulas.length && found.length < limit; r++) {
        for (let c = 0; c < part.columns && found.length < limit; c++) {
          if (formulas[r][c] !== null) found.push(address({ row: part.row + r, column: part.column + c }));
        }
      }
      if (found.length >= limit) break;
    }
    return found;
  }

  async addSheet(name: string): Promise<boolean> {
    const exists = await this.readOne(() => {
      const sheet = this.context.workbook.worksheets.getItemOrNullObject(name).load("name");
      return () => !sheet.isNullObject;
    });
    if (exists) return false;
    await this.writeOne(() => this.context.workbook.worksheets.add(name));
    return true;
  }

  /** Values, formats, conditional formats, validation, charts and frozen panes go. */
  async clearSheet(name: string): Promise<void> {
    const charts = await this.readOne(() => {
      const collection = this.sheet(name).charts.load("items/name");
      return () => collection.items;
    });
    await this.writeOne(() => {
      for (const chart of charts) chart.delete();
      const sheet = this.sheet(name);
      const all = sheet.getRange();
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.clear("All");
      sheet.freezePanes.unfreeze();
    });
  }

  async setSheetHidden(name: string, hidden: boolean): Promise<void> {
    await this.writeOne(() => {
      this.sheet(name).visibility = hidden ? "VeryHidden" : "Visible";
    });
  }

  async write(block: Block, content: readonly (readonly CellContent[])[]): Promise<void> {
    if (content.length === 0) return;
    const formulas = hasFormula(content);
    const entries: QueueEntry[] = writeChunks(content, this.queue.maxBytes).map((chunk) => ({
      bytes: chunk.bytes,
      largeValues: !formulas && (chunk.end - chunk.start) * block.columns >= LARGE_WRITE_CELLS,
      queue: () => {
        const rows = content.slice(chunk.start, chunk.end);
        const range = this.range({ ...block, row: block.row + chunk.start, rows: rows.length, columns: rows[0].length });
        const data = rows.map((row) => row.map(toOfficeContent));
        if (formulas) range.formulas = data;
        else range.values = data;
      },
    }));
    await this.queue.write(entries);
  }

  /** The first row written, then copied down by Excel (filledFormulas.ts): a few operations whatever the row count. */
  async fillFormulas(block: Block, formulas: readonly (string | null)[]): Promise<void> {
    await this.queue.write(fillEntries(block, formulas, (part) => this.range(part)));
  }

  async clearContents(block: Block): Promise<void> {
    if (block.rows <= 0 || block.columns <= 0) return;
    await this.writeOne(() => this.range(block).clear("Contents"));
  }

  /**
   * Appends each column with its header and, for a formula, that formula in
   * the first data cell, filled down the data body: a column holding one
   * formula throughout is what Excel keeps as a calculated column. The
   * request size does not depend on the table's length (the fill happens in
   * Excel); the fill waits for the table's row count, read with the next request.
   */
  async addTableColumns(table: string, headers: readonly string[], formulas: readonly (string | null)[]): Promise<void> {
    let added: Excel.TableColumn[] = [];
    const texts = formulas.map((formula) => (formula === null ? null : formula.startsWith("=") ? formula : `=${formula}`));
    await this.writeOne(() => {
      const columns = this.context.workbook.tables.getItem(table).columns;
      added = headers.map((header) => columns.add(undefined, undefined, header));
      texts.forEach((text, i) => {
        if (text !== null) added[i].getDataBodyRange().getRow(0).formulas = [[text]];
      });
    }, headers.reduce((sum, h) => sum + OPERATION_BYTES + textBytes(h), 0) + texts.reduce((sum, t) => sum + (t === null ? 0 : textBytes(t)), 0));
    const rows = this.readOne(() => {
      const body = this.context.workbook.tables.getItem(table).getDataBodyRange().load("rowCount");
      return () => body.rowCount;
    });
    this.later(
      rows.then((count) =>
        count <= 1
          ? undefined
          : this.writeOne(() => {
              texts.forEach((text, i) => {
                if (text === null) return;
                const body = added[i].getDataBodyRange();
                body.getRow(0).autoFill(body, "FillDefault");
              });
            }, OPERATION_BYTES * texts.length),
      ),
    );
  }

  async style(block: Block, style: CellStyle): Promise<void> {
    if (block.rows <= 0 || block.columns <= 0) return;
    await this.writeOne(() => applyStyle(this.range(block), style));
  }

  async setColumnWidths(sheet: string, firstColumn: number, widths: readonly number[]): Promise<void> {
    await this.writeOne(() => {
      widths.forEach((width, i) => {
        this.range({ sheet, row: 1, column: firstColumn + i, rows: 1, columns: 1 }).getEntireColumn().format.columnWidth = widthInPoints(width);
      });
    }, OPERATION_BYTES * Math.max(1, widths.length));
  }

  async setRowHeights(sheet: string, firstRow: number, heights: readonly number[]): Promise<void> {
    await this.writeOne(() => {
      heights.forEach((height, i) => {
        this.range({ sheet, row: firstRow + i, column: 1, rows: 1, columns: 1 }).getEntireRow().format.rowHeight = height;
      });
    }, OPERATION_BYTES * Math.max(1, heights.length));
  }

  async freeze(sheet: string, rows: number, columns: number): Promise<void> {
    await this.writeOne(() => {
      const panes = this.sheet(sheet).freezePanes;
      if (rows === 0 && columns === 0) panes.unfreeze();
      else if (columns === 0) panes.freezeRows(rows);
      else if (rows === 0) panes.freezeColumns(columns);
      else panes.freezeAt(this.range({ sheet, row: 1, column: 1, rows, columns }));
    });
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

  async addConditionalFormats(formats: readonly ConditionalFormat[]): Promise<void> {
    await this.ruleRemovals.run((name) => this.sheet(name), this.queue, formats);
    await this.queue.write(
      formats.map((format) => ({ bytes: OPERATION_BYTES + textBytes(format.formula), queue: () => addConditionalFormat(this.range(format.block), format) })),
    );
  }

  /** A short list goes into the rule itself; a longer one (Excel allows 255 characters) onto the product's lists sheet. */
  async setListValidation(block: Block, items: readonly string[], message: string): Promise<void> {
    if (block.rows <= 0 || block.columns <= 0) return;
    const source = literalListSource(items) ?? (await listSourceRange(this.context, this.queue, items));
    await this.writeOne(() => setListRule(this.range(block), source, message), OPERATION_BYTES + textBytes(source) + textBytes(message));
  }

  async removeValidation(block: Block): Promise<void> {
    if (block.rows <= 0 || block.columns <= 0) return;
    await this.writeOne(() => this.range(block).dataValidation.clear());
  }

  /** Excel reports "None" for a block without any validation, "Inconsistent" for a partly validated one. */
  async hasValidation(block: Block): Promise<boolean> {
    if (block.rows <= 0 || block.columns <= 0) return false;
    return this.readOne(() => {
      const validation = this.range(block).dataValidation.load("type");
      return () => validation.type !== "None";
    });
  }

  async addColumnChart(sheet: string, data: Block, title: string, at: Block): Promise<boolean> {
    await this.writeOne(() => {
      const chart = this.sheet(sheet).charts.add("ColumnClustered", this.range(data), "Auto");
      chart.title.text = title;
      chart.legend.visible = false;
      chart.setPosition(address({ row: at.row, column: at.column }), address({ row: at.row + at.rows - 1, column: at.column + at.columns - 1 }));
    }, OPERATION_BYTES + textBytes(title));
    return true;
  }
}
