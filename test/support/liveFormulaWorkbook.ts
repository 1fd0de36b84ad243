/**
 * Stands in for Excel with the add-in loaded: an in-memory ExcelJS workbook
 * that takes live formulas, adds calculated columns to a table, and
 * calculates the HR.* formulas the use cases write by calling the real
 * custom functions on the cells they reference (spilling as Excel does).
 * It understands exactly the formula shapes src/usecases/resultFormulas.ts
 * writes and fails loudly on any other, so a change there cannot slip by.
 */
import type ExcelJS from "exceljs";
import { blockOf, ExcelJsWorkbook } from "./excelJs/ExcelJsWorkbook";
import { readCellValue } from "./excelJs/cellValues";
import { ASSISTDETAIL, ASSISTEXPLAIN, ASSISTLEVEL, type ExcelFunction, isFunctionError } from "../functions/excelCalls";

const FUNCTIONS: Record<string, ExcelFunction> = { ASSISTLEVEL, ASSISTDETAIL, ASSISTEXPLAIN };
const SHAPE = /^(?:INDEX\()?HR\.(ASSISTLEVEL|ASSISTDETAIL|ASSISTEXPLAIN)\((.*?)\)(?:,1,(\d+)\))?$/;

export class LiveFormulaWorkbook extends ExcelJsWorkbook {
  override readonly liveFormulas = true;

  async addTableColumns(table: string, headers: readonly string[], formulas: readonly (string | null)[]): Promise<void> {
    const found = (await this.tables()).find((t) => t.name === table);
    if (!found) throw new Error(`no table ${table}`);
    const { block } = found;
    const sheet = this.workbook.getWorksheet(block.sheet)!;
    const first = block.column + block.columns;
    headers.forEach((header, i) => {
      sheet.getCell(block.row, first + i).value = header;
      const formula = formulas[i];
      for (let r = block.row + 1; r < block.row + block.rows; r++) {
        if (formula !== null) sheet.getCell(r, first + i).value = { formula: formula.slice(1) } as ExcelJS.CellFormulaValue;
      }
    });
    this.tableColumns.set(table, [...(this.tableColumns.get(table) ?? []), ...headers]);
  }

  /** Headers of the columns added to each table (a real table grows; ExcelJS's model is not touched). */
  readonly tableColumns = new Map<string, string[]>();

  /** What each calculated cell shows, "Sheet!row:column" → value (an error as { error }). */
  readonly calculated = new Map<string, ExcelJS.CellValue>();

  /** Computes every HR.* formula: a range anchor spills down and right, a table formula fills its own cell. */
  calculate(): void {
    for (const sheet of this.workbook.worksheets) {
      const anchors: { row: number; column: number; formula: string }[] = [];
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as ExcelJS.CellFormulaValue | null;
          if (value && typeof value === "object" && "formula" in value && /HR\./.test(value.formula)) {
            anchors.push({ row: Number(cell.row), column: Number(cell.col), formula: value.formula });
          }
        }),
      );
      for (const anchor of anchors) this.compute(sheet, anchor);
    }
  }

  private compute(sheet: ExcelJS.Worksheet, anchor: { row: number; column: number; formula: string }): void {
    const shape = SHAPE.exec(anchor.formula);
    if (!shape) throw new Error(`formula the stand-in does not know: =${anchor.formula}`);
    const [, name, list, index] = shape;
    const args = list.split(",").map((arg) => this.argument(sheet, anchor.row, arg));
    const result = FUNCTIONS[name](...args);
    const cells = index === undefined ? result : [[result[0][Number(index) - 1]]];
    const shown = (x: unknown): ExcelJS.CellValue => (isFunctionError(x) ? ({ error: "#VALUE!" } as ExcelJS.CellErrorValue) : (x as ExcelJS.CellValue));
    cells.forEach((line, r) =>
      line.forEach((x, c) => {
        const target = sheet.getCell(anchor.row + r, anchor.column + c);
        if (r === 0 && c === 0) target.value = { formula: anchor.formula, result: shown(x) } as ExcelJS.CellFormulaValue;
        else target.value = shown(x);
        // ExcelJS drops a formula's result of 0: keep what Excel would show beside it.
        this.calculated.set(`${sheet.name}!${anchor.row + r}:${anchor.column + c}`, shown(x));
      }),
    );
  }

  private argument(sheet: ExcelJS.Worksheet, row: number, arg: string): unknown {
    if (arg === "") return null;
    if (/^"[a-z]{2}"$/.test(arg)) return [[arg.slice(1, -1)]];
    const structured = /^\[@\[(.*)\]\]$/.exec(arg);
    if (structured) {
      const header = structured[1].replace(/'(['[\]#])/g, "$1");
      const headerRow = this.headerRowOf(sheet, row, header);
      return [[readCellValue(sheet.getCell(row, headerRow).value) ?? ""]];
    }
    const range = blockOf(sheet.name, arg);
    const values: unknown[][] = [];
    for (let r = 0; r < range.rows; r++) values.push([readCellValue(sheet.getCell(range.row + r, range.column).value) ?? ""]);
    return values;
  }

  /** The column headed `header` in the rows above `row` (the table's header row). */
  private headerRowOf(sheet: ExcelJS.Worksheet, row: number, header: string): number {
    for (let r = row - 1; r >= 1; r--) {
      const cells = sheet.getRow(r);
      for (let c = 1; c <= sheet.columnCount; c++) if (readCellValue(cells.getCell(c).value) === header) return c;
    }
    throw new Error(`no column headed "${header}" above row ${row}`);
  }
}
