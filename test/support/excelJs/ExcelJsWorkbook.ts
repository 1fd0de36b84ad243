import type ExcelJS from "exceljs";
import {
  type Block,
  type CellContent,
  type CellLink,
  type CellStyle,
  type CellValue,
  type ConditionalFormat,
  type TableInfo,
  type WorkbookPort,
  address,
  blockInside,
  blocksOverlap,
} from "../../../src/workbook/port";
import { isBlank } from "../../../src/domain";
import { shiftRows } from "../../../src/workbook/package/formulaShift";
import { readCellContent, readCellValue, toExcelJsValue } from "./cellValues";
import { argb, excelJsConditionalFormat, excelJsListValidation, validationsOf } from "./excelJsRules";


/**
 * The workbook port over an ExcelJS workbook held in memory: the use-case
 * tests run on it and inspect the result through ExcelJS's model. The
 * product itself writes copies through PackageWorkbook (src/workbook/package).
 */
export class ExcelJsWorkbook implements WorkbookPort {
  /** HR.* functions do not compute in a file written here: results are written as values. */
  readonly liveFormulas: boolean = false;

  constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Writes go straight into the in-memory model. */
  async flush(): Promise<void> {}

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`The workbook has no sheet named "${name}".`);
    return sheet;
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((s) => s.name);
  }

  async tables(): Promise<TableInfo[]> {
    const tables: TableInfo[] = [];
    for (const sheet of this.workbook.worksheets) {
      for (const table of sheet.getTables() as unknown as { table: { name: string; tableRef?: string; ref?: string } }[]) {
        const model = table.table;
        const ref = model.tableRef ?? model.ref;
        if (ref) tables.push({ name: model.name, block: blockOf(sheet.name, ref) });
      }
    }
    return tables;
  }

  async usedBlock(name: string): Promise<Block | null> {
    const sheet = this.sheet(name);
    let lastRow = 0;
    let lastColumn = 0;
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        if (cell.value === null || cell.value === undefined || cell.value === "") return;
        lastRow = rowNumber;
        if (columnNumber > lastColumn) lastColumn = columnNumber;
      });
    });
    return lastRow === 0 ? null : { sheet: name, row: 1, column: 1, rows: lastRow, columns: lastColumn };
  }

  async readValues(block: Block): Promise<CellValue[][]> {
    const sheet = this.sheet(block.sheet);
    const values: CellValue[][] = new Array(block.rows);
    for (let r = 0; r < block.rows; r++) {
      const row = sheet.findRow(block.row + r);
      const line: CellValue[] = new Array(block.columns).fill(null);
      if (row) {
        for (let c = 0; c < block.columns; c++) {
          const cell = row.findCell(block.column + c);
          if (cell) line[c] = readCellValue(cell.value);
        }
      }
      values[r] = line;
    }
    return values;
  }

  async readColumn(block: Block): Promise<CellValue[]> {
    const sheet = this.sheet(block.sheet);
    const values: CellValue[] = new Array(block.rows);
    for (let r = 0; r < block.rows; r++) {
      const cell = sheet.findRow(block.row + r)?.findCell(block.column);
      values[r] = cell ? readCellValue(cell.value) : null;
    }
    return values;
  }

  async readFormulas(block: Block): Promise<CellContent[][]> {
    const sheet = this.sheet(block.sheet);
    return Array.from({ length: block.rows }, (_, r) => {
      const row = sheet.findRow(block.row + r);
      return Array.from({ length: block.columns }, (_, c) => readCellContent(row?.findCell(block.column + c)?.value));
    });
  }

  async mergedAreas(block: Block): Promise<Block[]> {
    const merges = (this.sheet(block.sheet) as unknown as { model: { merges?: string[] } }).model.merges ?? [];
    return merges.map((ref) => blockOf(block.sheet, ref)).filter((area) => blocksOverlap(area, block));
  }

  async filledCells(block: Block, limit: number): Promise<string[]> {
    const sheet = this.sheet(block.sheet);
    const found: string[] = [];
    for (let r = 0; r < block.rows && found.length < limit; r++) {
      const row = sheet.findRow(block.row + r);
      if (!row) continue;
      for (let c = 0; c < block.columns && found.length < limit; c++) {
        if (!isBlank(row.findCell(block.column + c)?.value)) found.push(address({ row: block.row + r, column: block.column + c }));
      }
    }
    return found;
  }

  async addSheet(name: string): Promise<boolean> {
    if (this.workbook.getWorksheet(name)) return false;
    this.workbook.addWorksheet(name);
    return true;
  }

  async clearSheet(name: string): Promise<void> {
    const old = this.sheet(name);
    const { orderNo, state } = old as unknown as { orderNo: number; state: ExcelJS.WorksheetState };
    this.workbook.removeWorksheet(old.id);
    const fresh = this.workbook.addWorksheet(name, { state });
    (fresh as unknown as { orderNo: number }).orderNo = orderNo;
    this.links.delete(name);
  }

  async setSheetHidden(name: string, hidden: boolean): Promise<void> {
    this.sheet(name).state = hidden ? "veryHidden" : "visible";
  }

  async write(block: Block, content: readonly (readonly CellContent[])[]): Promise<void> {
    const sheet = this.sheet(block.sheet);
    for (let r = 0; r < content.length; r++) {
      const row = sheet.getRow(block.row + r);
      const line = content[r];
      for (let c = 0; c < line.length; c++) {
        // A blank where no cell exists stays without a cell: ExcelJS's cost grows with the cells it holds.
        if (line[c] === null && row.findCell(block.column + c) === undefined) continue;
        row.getCell(block.column + c).value = toExcelJsValue(line[c]);
      }
    }
  }

  /** Each cell gets its own formula, shifted from the first row's as a fill-down does (ExcelJS's shared formulas read back as their master's address). */
  async fillFormulas(block: Block, formulas: readonly (string | null)[]): Promise<void> {
    if (formulas.length !== block.columns) throw new Error(`fillFormulas: ${formulas.length} formulas for a block of ${block.columns} columns`);
    const sheet = this.sheet(block.sheet);
    for (let r = 0; r < block.rows; r++) {
      const row = sheet.getRow(block.row + r);
      formulas.forEach((formula, c) => {
        if (formula !== null) row.getCell(block.column + c).value = toExcelJsValue({ formula: shiftRows(formula, r) });
      });
    }
  }

  async clearContents(block: Block): Promise<void> {
    const sheet = this.sheet(block.sheet);
    for (let r = 0; r < block.rows; r++) {
      const row = sheet.findRow(block.row + r);
      for (let c = 0; c < block.columns && row; c++) {
        const cell = row.findCell(block.column + c);
        if (cell) cell.value = null;
      }
    }
  }

  async addTableColumns(...[table]: Parameters<WorkbookPort["addTableColumns"]>): Promise<void> {
    throw new Error(`Table "${table}": calculated columns of HR.* formulas need Excel; write results as values in a file.`);
  }

  async style(block: Block, style: CellStyle): Promise<void> {
    const sheet = this.sheet(block.sheet);
    for (let r = 0; r < block.rows; r++) {
      const row = sheet.getRow(block.row + r);
      for (let c = 0; c < block.columns; c++) excelJsStyle(row.getCell(block.column + c), style);
    }
  }

  async setColumnWidths(name: string, firstColumn: number, widths: readonly number[]): Promise<void> {
    const sheet = this.sheet(name);
    widths.forEach((width, i) => {
      sheet.getColumn(firstColumn + i).width = width;
    });
  }

  async setRowHeights(name: string, firstRow: number, heights: readonly number[]): Promise<void> {
    const sheet = this.sheet(name);
    heights.forEach((height, i) => {
      sheet.getRow(firstRow + i).height = height;
    });
  }

  /**
   * The links made, by sheet. ExcelJS keeps a hyperlink inside the cell's value ({ text, hyperlink }),
   * which would turn a written number into text, so this test adapter records them instead.
   */
  readonly links = new Map<string, CellLink[]>();

  async linkCells(sheet: string, links: readonly CellLink[]): Promise<void> {
    this.sheet(sheet);
    this.links.set(sheet, [...(this.links.get(sheet) ?? []), ...links]);
  }

  async freeze(name: string, rows: number, columns: number): Promise<void> {
    this.sheet(name).views = [{ state: "frozen", xSplit: columns, ySplit: rows }];
  }

  async removeConditionalFormats(block: Block): Promise<void> {
    const sheet = this.sheet(block.sheet);
    sheet.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !refInside(cf.ref, block));
  }

  async addConditionalFormats(formats: readonly ConditionalFormat[]): Promise<void> {
    for (const [index, format] of formats.entries()) {
      this.sheet(format.block.sheet).addConditionalFormatting(excelJsConditionalFormat(format, index + 1));
    }
  }

  async setListValidation(block: Block, items: readonly string[], message: string): Promise<void> {
    const sheet = this.sheet(block.sheet);
    await this.removeValidation(block);
    validationsOf(sheet).add(address(block), excelJsListValidation(items, message));
  }

  async removeValidation(block: Block): Promise<void> {
    const model = validationsOf(this.sheet(block.sheet)).model;
    for (const key of Object.keys(model)) if (refInside(key, block)) delete model[key];
  }

  async hasValidation(block: Block): Promise<boolean> {
    return Object.entries(validationsOf(this.sheet(block.sheet)).model).some(
      ([key, validation]) => validation !== undefined && refOverlaps(key, block),
    );
  }

  async addColumnChart(): Promise<boolean> {
    return false; // ExcelJS does not write charts; the summary keeps the chart's data.
  }
}

/** Applies a port style to an ExcelJS cell (also used by the streaming writer). */
export function excelJsStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.fill === null) cell.fill = { type: "pattern", pattern: "none" };
  if (style.bold !== undefined || style.italic !== undefined || style.underline !== undefined || style.fontColor || style.fontSize) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.underline !== undefined ? { underline: style.underline } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
    };
  }
  if (style.wrap !== undefined || style.verticalAlign || style.horizontalAlign) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.verticalAlign ? { vertical: style.verticalAlign } : {}),
      ...(style.horizontalAlign ? { horizontal: style.horizontalAlign } : {}),
    };
  }
}

/** "B2:D10" (or "B2") → a block. */
export function blockOf(sheet: string, ref: string): Block {
  const [start, end = start] = ref.replace(/\$/g, "").split(":");
  const a = decode(start);
  const b = decode(end);
  return { sheet, row: a.row, column: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

function decode(cell: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(cell.toUpperCase());
  if (!match) throw new Error(`Not a cell address: ${cell}`);
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/** True when some range of a space-separated reference shares a cell with the block. */
function refOverlaps(ref: string, block: Block): boolean {
  return ref.split(/\s+/).some((part) => blocksOverlap(blockOf(block.sheet, part), block));
}

/** True when every range of a space-separated reference lies inside the block. */
function refInside(ref: string, block: Block): boolean {
  return ref.split(/\s+/).every((part) => blockInside(blockOf(block.sheet, part), block));
}
