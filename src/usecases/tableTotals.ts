import type { TableInfo } from "../workbook/port";

/**
 * The last row of posts under `headerRow`: a table's totals row is not a
 * post, so when one of the sheet's Excel tables (`tables`, as mapInventory
 * read them) has this header row and shows a totals row, the posts end above
 * it (and `lastRow` stays when no table does).
 */
export function lastPostRow(tables: readonly TableInfo[], headerRow: number, lastRow: number): number {
  const table = tables.find((t) => t.block.row === headerRow && t.totalsRow === true);
  return table ? Math.min(lastRow, table.block.row + table.block.rows - 2) : lastRow;
}
