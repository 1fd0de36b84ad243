import { type Block, type CellContent, type CellValue, address } from "../port";
import { readChunks } from "./chunks";
import { gridBytes, readMeasured } from "./measuredReads";
import { fromOfficeFormula, fromOfficeValue, isDateCategory } from "./officeCells";
import type { OfficeRequests } from "./officeRequests";

/**
 * Reading a block's cells through office.js: values, formulas, and the
 * filled cells of a block. A block is read in row chunks sized so each
 * request and its response stay under the queue's limit.
 */

/**
 * A number the cell shows as a date or time (its numberFormatCategories
 * entry is "Date" or "Time", ExcelApi 1.12) reads as the text Excel shows
 * (Range.text), so a date is never taken for a count; that text is read in
 * a second request, only when the block holds such a cell.
 */
export async function readValues(office: OfficeRequests, block: Block): Promise<CellValue[][]> {
  const dates: [number, number][] = [];
  const values = await readChunked(office, block, "values,valueTypes,numberFormatCategories", (range, start) =>
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
  const texts = await readChunked(office, { ...block, row: block.row + first, rows }, "text", (range) => range.text);
  for (const [r, c] of dates) values[r][c] = texts[r - first][c];
  return values;
}

export async function readColumn(office: OfficeRequests, block: Block): Promise<CellValue[]> {
  return (await readValues(office, { ...block, columns: 1 })).map((row) => row[0]);
}

export async function readFormulas(office: OfficeRequests, block: Block): Promise<CellContent[][]> {
  return readChunked(office, block, "formulas", (range) => range.formulas.map((row) => row.map(fromOfficeFormula)));
}

/** A block read in row chunks sized from the bytes Excel sent back (see readMeasured): `properties` loaded on each chunk, `rows` making its lines (`start`: the chunk's first row in the block). */
async function readChunked<T>(office: OfficeRequests, block: Block, properties: string, rows: (range: Excel.Range, start: number) => T[][]): Promise<T[][]> {
  if (block.rows <= 0 || block.columns <= 0) return [];
  const grids = properties.split(",") as ("values" | "valueTypes" | "formulas" | "numberFormatCategories" | "text")[];
  return readMeasured(block.rows, block.columns, office.queue.maxBytes, async (start, end, estimate, continued) => {
    const [part] = await office.queue.read([
      {
        bytes: estimate,
        continued,
        prepare: () => {
          const range = office.range({ ...block, row: block.row + start, rows: end - start }).load(properties);
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
export async function filledCells(office: OfficeRequests, block: Block, limit: number): Promise<string[]> {
  if (block.rows <= 0 || block.columns <= 0 || limit <= 0) return [];
  const used = await office.readOne(() => {
    const range = office.range(block).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    return () => (range.isNullObject ? null : { ...block, row: range.rowIndex + 1, column: range.columnIndex + 1, rows: range.rowCount, columns: range.columnCount });
  });
  const found: string[] = [];
  if (!used) return found;
  for (const chunk of readChunks(used.rows, used.columns, office.queue.maxBytes)) {
    const part = { ...used, row: used.row + chunk.start, rows: chunk.end - chunk.start };
    const formulas = await readFormulas(office, part);
    for (let r = 0; r < formulas.length && found.length < limit; r++) {
      for (let c = 0; c < part.columns && found.length < limit; c++) {
        if (formulas[r][c] !== null) found.push(address({ row: part.row + r, column: part.column + c }));
      }
    }
    if (found.length >= limit) break;
  }
  return found;
}
