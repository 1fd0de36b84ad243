import { type Block, type TableInfo, blocksOverlap } from "../port";
import { OPERATION_BYTES } from "./chunks";
import { blocksOfAddress } from "./officeCells";
import type { OfficeRequests } from "./officeRequests";

/**
 * What the workbook holds, read through office.js: its sheets, its tables,
 * the used part of a sheet and the merged areas over a block. Each is one
 * read that shares its request with the reads made in the same tick.
 */

export async function sheetNames(office: OfficeRequests): Promise<string[]> {
  return office.readOne(() => {
    const sheets = office.context.workbook.worksheets.load("items/name");
    return () => sheets.items.map((s) => s.name);
  });
}

export async function tables(office: OfficeRequests): Promise<TableInfo[]> {
  const names = await office.readOne(() => {
    const tables = office.context.workbook.tables.load("items/name");
    return () => tables.items.map((t) => t.name);
  });
  const parts = names.map((name) => ({
    bytes: OPERATION_BYTES,
    prepare: () => {
      const table = office.context.workbook.tables.getItem(name);
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
  return office.queue.read(parts);
}

export async function usedBlock(office: OfficeRequests, name: string): Promise<Block | null> {
  return office.readOne(() => {
    const used = office.sheet(name).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
    return () => (used.isNullObject ? null : { sheet: name, row: 1, column: 1, rows: used.rowIndex + used.rowCount, columns: used.columnIndex + used.columnCount });
  });
}

/**
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13) returns only the merged
 * areas whose top-left cell lies in the range (office-js issue #3611), so it
 * is asked of the range from A1 to the block's far corner, where every area
 * touching the block starts; it fails beyond 512 areas.
 */
export async function mergedAreas(office: OfficeRequests, block: Block): Promise<Block[]> {
  const areas = await office.readOne(() => {
    const merged = office.sheet(block.sheet).getRangeByIndexes(0, 0, block.row + block.rows - 1, block.column + block.columns - 1).getMergedAreasOrNullObject().load("address");
    return () => (merged.isNullObject ? [] : blocksOfAddress(block.sheet, merged.address));
  });
  return areas.filter((area) => blocksOverlap(area, block));
}
