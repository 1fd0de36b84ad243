import type { Block, CellValue } from "../port";
import { PackageRefusal } from "./packageRefusal";

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * The cell values of one sheet as the use cases read them, row by row
 * (1-based row and column). Rows are plain arrays, created only for rows
 * that hold something: a million-row inventory costs its values, no more.
 */
export class CellGrid {
  private readonly rows: (CellValue[] | undefined)[] = [];

  get(row: number, column: number): CellValue {
    return this.rows[row - 1]?.[column - 1] ?? null;
  }

  set(row: number, column: number, value: CellValue): void {
    let line = this.rows[row - 1];
    if (line === undefined) {
      if (value === null) return;
      line = this.rows[row - 1] = [];
    }
    line[column - 1] = value;
  }

  /** The block from A1 to the last non-blank cell, or null when there is none. */
  usedBlock(sheet: string): Block | null {
    let lastRow = 0;
    let lastColumn = 0;
    this.rows.forEach((line, r) => {
      if (line === undefined) return;
      for (let c = line.length - 1; c >= lastColumn; c--) {
        if (!isEmpty(line[c])) {
          lastColumn = c + 1;
          break;
        }
      }
      if (line.some((v) => !isEmpty(v))) lastRow = r + 1;
    });
    return lastRow === 0 ? null : { sheet, row: 1, column: 1, rows: lastRow, columns: lastColumn };
  }

  /** Rows that hold a value, in order, with their values (for writing a sheet whole). */
  *filledRows(): Generator<[number, CellValue[]]> {
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (line !== undefined) yield [r + 1, line];
    }
  }
}

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === "";
}

/** "AB12" → { row: 12, column: 28 }; `$` signs allowed; anything else is refused naming the part. */
export function parseCellReference(reference: string, part: string): { row: number; column: number } {
  const start = reference.charCodeAt(0) === 36 ? 1 : 0;
  const { column, end } = columnLetters(reference, start);
  const digits = reference.slice(reference.charCodeAt(end) === 36 ? end + 1 : end);
  const row = Number(digits);
  if (column === 0 || digits === "" || !Number.isInteger(row) || row < 1) throw new PackageRefusal("badXml", `${part}: "${reference}" is not a cell reference`);
  if (row > MAX_ROWS || column > MAX_COLUMNS) throw new PackageRefusal("tooManyRows", `${part}: ${reference}`);
  return { row, column };
}

/** The column of a cell reference's letters ("AB12" → 28); 0 when it has none. */
export function columnNumber(reference: string): number {
  return columnLetters(reference, 0).column;
}

function columnLetters(reference: string, start: number): { column: number; end: number } {
  let column = 0;
  let i = start;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return { column, end: i };
}

/** "B2:D10", "B2" or "2:2"-free ranges of an sqref → blocks on `sheet` (whole rows/columns are not used by the product). */
export function blocksOfReference(sqref: string, sheet: string, part: string): Block[] {
  return sqref
    .trim()
    .split(/\s+/)
    .filter((range) => range !== "")
    .flatMap((range) => {
      const [start, end = start] = range.split(":");
      if (!/[0-9]/.test(start) || !/[A-Za-z]/.test(start)) return [];
      const a = parseCellReference(start, part);
      const b = parseCellReference(end, part);
      const row = Math.min(a.row, b.row);
      const column = Math.min(a.column, b.column);
      return [{ sheet, row, column, rows: Math.abs(b.row - a.row) + 1, columns: Math.abs(b.column - a.column) + 1 }];
    });
}
