import ExcelJS from "exceljs";
import * as fs from "fs";
import { finished } from "stream/promises";
import {
  type Block,
  type CellContent,
  type CellStyle,
  type CellValue,
  type ConditionalFormat,
  type TableInfo,
  type WorkbookPort,
  address,
  blockInside,
  blocksOverlap,
} from "../port";
import { readCellContent, readCellValue, toExcelJsValue } from "./cellValues";
import { isBlank } from "../../domain";
import { excelJsStyle } from "./ExcelJsWorkbook";
import { excelJsConditionalFormat, excelJsListValidation, validationsOf } from "./excelJsRules";
import { readSheetDirectory } from "./sheetDirectory";

/** One sheet held as plain rows of ExcelJS cell values, plus what the use cases add to it. */
interface StreamedSheet {
  readonly name: string;
  readonly rows: ExcelJS.CellValue[][];
  /** Styles the use cases set, by row then column (a few header cells). */
  readonly styles: Map<number, Map<number, CellStyle>>;
  readonly widths: Map<number, number>;
  readonly heights: Map<number, number>;
  formats: ConditionalFormat[];
  validations: { block: Block; items: readonly string[]; message: string }[];
  frozen?: { rows: number; columns: number };
  hidden: boolean;
}

/**
 * The workbook port for inventories too large for an in-memory ExcelJS
 * workbook (hundreds of thousands of rows): the file is read and written with
 * ExcelJS's streaming reader and writer, and only cell values (formulas
 * included) are kept in between — about a tenth of the memory. What this
 * adapter does not carry over is listed in LOST_IN_STREAMING; the batch tool
 * says so before it uses it.
 */
export class StreamedWorkbook implements WorkbookPort {
  /** HR.* functions do not compute in a file written here: results are written as values. */
  readonly liveFormulas = false;
  private readonly sheets: StreamedSheet[] = [];

  /** Writes go straight into the rows kept in memory. */
  async flush(): Promise<void> {}

  private sheet(name: string): StreamedSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`The workbook has no sheet named "${name}".`);
    return sheet;
  }

  /** Reads every sheet's cell values with ExcelJS's streaming reader. */
  static async read(path: string): Promise<StreamedWorkbook> {
    const workbook = new StreamedWorkbook();
    const directory = await readSheetDirectory(path);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      worksheets: "emit",
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "ignore",
      entries: "emit",
    });
    for await (const worksheet of reader) {
      const sheetReader = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { id: number; name: string };
      // Named by ExcelJS when it could match the part (its id is then the sheetId); else id is the part number.
      const entry = [...directory.values()].find((e) => e.name === sheetReader.name) ?? directory.get(Number(sheetReader.id));
      if (!entry) throw new Error(`worksheet part sheet${sheetReader.id}.xml is not listed in xl/workbook.xml`);
      const sheet = workbook.addEmpty(entry.name);
      sheet.hidden = entry.state !== "visible";
      for await (const row of sheetReader) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        sheet.rows[row.number - 1] = values;
      }
    }
    const order = [...directory.values()].map((e) => e.name);
    workbook.sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    return workbook;
  }

  private addEmpty(name: string): StreamedSheet {
    const sheet: StreamedSheet = { name, rows: [], styles: new Map(), widths: new Map(), heights: new Map(), formats: [], validations: [], hidden: false };
    this.sheets.push(sheet);
    return sheet;
  }

  async write(block: Block, content: readonly (readonly CellContent[])[]): Promise<void> {
    const sheet = this.sheet(block.sheet);
    for (let r = 0; r < content.length; r++) {
      const row = (sheet.rows[block.row - 1 + r] ??= []);
      const line = content[r];
      for (let c = 0; c < line.length; c++) row[block.column - 1 + c] = toExcelJsValue(line[c]);
    }
  }

  /** Writes the workbook with ExcelJS's streaming writer. */
  async save(path: string): Promise<void> {
    // Own the file stream: the writer's commit resolves before a stream it opened itself is flushed.
    const file = fs.createWriteStream(path);
    const flushed = finished(file);
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: file, useSharedStrings: false, useStyles: true });
    for (const sheet of this.sheets) {
      const views: Partial<ExcelJS.WorksheetView>[] = sheet.frozen
        ? [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }]
        : [];
      const out = writer.addWorksheet(sheet.name, { state: sheet.hidden ? "veryHidden" : "visible", views });
      for (const [column, width] of sheet.widths) out.getColumn(column).width = width;
      sheet.formats.forEach((format, index) => out.addConditionalFormatting(excelJsConditionalFormat(format, index + 1)));
      for (const v of sheet.validations) validationsOf(out).add(address(v.block), excelJsListValidation(v.items, v.message));
      for (let r = 0; r < sheet.rows.length; r++) {
        const row = out.getRow(r + 1);
        const values = sheet.rows[r];
        if (values) values.forEach((value, c) => value !== undefined && value !== null && (row.getCell(c + 1).value = value));
        for (const [column, style] of sheet.styles.get(r + 1) ?? []) excelJsStyle(row.getCell(column), style);
        const height = sheet.heights.get(r + 1);
        if (height !== undefined) row.height = height;
        row.commit();
      }
      out.commit();
    }
    await writer.commit();
    await flushed;
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async tables(): Promise<TableInfo[]> {
    return []; // the streaming reader does not read tables (see LOST_IN_STREAMING)
  }

  async usedBlock(name: string): Promise<Block | null> {
    const sheet = this.sheet(name);
    let lastRow = 0;
    let lastColumn = 0;
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      for (let c = row.length - 1; c >= 0; c--) {
        const v = row[c];
        if (v !== null && v !== undefined && v !== "") {
          lastRow = r + 1;
          if (c + 1 > lastColumn) lastColumn = c + 1;
          break;
        }
      }
    });
    return lastRow === 0 ? null : { sheet: name, row: 1, column: 1, rows: lastRow, columns: lastColumn };
  }

  async readValues(block: Block): Promise<CellValue[][]> {
    const sheet = this.sheet(block.sheet);
    const values: CellValue[][] = new Array(block.rows);
    for (let r = 0; r < block.rows; r++) {
      const row = sheet.rows[block.row - 1 + r];
      const line: CellValue[] = new Array(block.columns);
      for (let c = 0; c < block.columns; c++) line[c] = row ? readCellValue(row[block.column - 1 + c]) : null;
      values[r] = line;
    }
    return values;
  }

  async readColumn(block: Block): Promise<CellValue[]> {
    const rows = this.sheet(block.sheet).rows;
    const values: CellValue[] = new Array(block.rows);
    for (let r = 0; r < block.rows; r++) values[r] = readCellValue(rows[block.row - 1 + r]?.[block.column - 1]);
    return values;
  }

  async readFormulas(block: Block): Promise<CellContent[][]> {
    const rows = this.sheet(block.sheet).rows;
    return Array.from({ length: block.rows }, (_, r) =>
      Array.from({ length: block.columns }, (_, c) => readCellContent(rows[block.row - 1 + r]?.[block.column - 1 + c])),
    );
  }

  async clearContents(block: Block): Promise<void> {
    const rows = this.sheet(block.sheet).rows;
    for (let r = 0; r < block.rows; r++) {
      const row = rows[block.row - 1 + r];
      for (let c = 0; c < block.columns && row; c++) row[block.column - 1 + c] = null;
    }
  }

  async addTableColumns(table: string): Promise<void> {
    throw new Error(`Table "${table}": calculated columns of HR.* formulas need Excel; write results as values in a file.`);
  }

  async filledCells(block: Block, limit: number): Promise<string[]> {
    const rows = this.sheet(block.sheet).rows;
    const found: string[] = [];
    for (let r = 0; r < block.rows && found.length < limit; r++) {
      const row = rows[block.row - 1 + r];
      if (!row) continue;
      for (let c = 0; c < block.columns && found.length < limit; c++) {
        if (!isBlank(row[block.column - 1 + c])) found.push(address({ row: block.row + r, column: block.column + c }));
      }
    }
    return found;
  }

  async addSheet(name: string): Promise<boolean> {
    if (this.sheets.some((s) => s.name === name)) return false;
    this.addEmpty(name);
    return true;
  }

  async clearSheet(name: string): Promise<void> {
    const index = this.sheets.findIndex((s) => s.name === name);
    const hidden = this.sheets[index].hidden;
    this.sheets.splice(index, 1);
    const fresh = this.addEmpty(name);
    fresh.hidden = hidden;
    this.sheets.splice(this.sheets.length - 1, 1);
    this.sheets.splice(index, 0, fresh);
  }

  async setSheetHidden(name: string, hidden: boolean): Promise<void> {
    this.sheet(name).hidden = hidden;
  }

  async style(block: Block, style: CellStyle): Promise<void> {
    const sheet = this.sheet(block.sheet);
    for (let r = 0; r < block.rows; r++) {
      const row = sheet.styles.get(block.row + r) ?? new Map<number, CellStyle>();
      sheet.styles.set(block.row + r, row);
      for (let c = 0; c < block.columns; c++) row.set(block.column + c, { ...row.get(block.column + c), ...style });
    }
  }

  async setColumnWidths(name: string, firstColumn: number, widths: readonly number[]): Promise<void> {
    const sheet = this.sheet(name);
    widths.forEach((width, i) => sheet.widths.set(firstColumn + i, width));
  }

  async setRowHeights(name: string, firstRow: number, heights: readonly number[]): Promise<void> {
    const sheet = this.sheet(name);
    heights.forEach((height, i) => sheet.heights.set(firstRow + i, height));
  }

  async freeze(name: string, rows: number, columns: number): Promise<void> {
    this.sheet(name).frozen = { rows, columns };
  }

  async removeConditionalFormats(block: Block): Promise<void> {
    const sheet = this.sheet(block.sheet);
    sheet.formats = sheet.formats.filter((f) => !blockInside(f.block, block));
  }

  async addConditionalFormats(formats: readonly ConditionalFormat[]): Promise<void> {
    for (const format of formats) this.sheet(format.block.sheet).formats.push(format);
  }

  async setListValidation(block: Block, items: readonly string[], message: string): Promise<void> {
    await this.removeValidation(block);
    this.sheet(block.sheet).validations.push({ block, items, message });
  }

  async removeValidation(block: Block): Promise<void> {
    const sheet = this.sheet(block.sheet);
    sheet.validations = sheet.validations.filter((v) => !blockInside(v.block, block));
  }

  async hasValidation(block: Block): Promise<boolean> {
    return this.sheet(block.sheet).validations.some((v) => blocksOverlap(v.block, block));
  }

  async addColumnChart(): Promise<boolean> {
    return false;
  }
}

/** What a copy made through StreamedWorkbook does not keep from the input, in words for the analyst. */
export const LOST_IN_STREAMING: Readonly<Record<"nl" | "fr" | "en", string>> = {
  en: "cell formats, Excel tables, charts, pictures, comments, merged cells, existing conditional formats and data validation",
  nl: "celopmaak, Excel-tabellen, grafieken, afbeeldingen, opmerkingen, samengevoegde cellen, bestaande voorwaardelijke opmaak en gegevensvalidatie",
  fr: "mises en forme des cellules, tableaux Excel, graphiques, images, commentaires, cellules fusionnées, mises en forme conditionnelles et validations existantes",
};

/**
 * Above this file size an .xlsx is streamed: ExcelJS holds a workbook in
 * memory at roughly 150–250 times its compressed size (measured: a 100,000-row,
 * 12-column inventory of ~5 MB took 1.7 GB), which a 1,048,576-row
 * inventory would not fit in.
 */
export const STREAM_ABOVE_BYTES = 25 * 1024 * 1024;
