import type { WorkbookPort } from "../workbook/port";

/**
 * The last row of posts under `headerRow`: a table's totals row is not a
 * post, so when an Excel table on the sheet has this header row and shows a
 * totals row, the posts end above it (and `lastRow` stays when no table does).
 */
export async function lastPostRow(port: WorkbookPort, sheet: string, headerRow: number, lastRow: number): Promise<number> {
  const table = (await port.tables()).find((t) => t.block.sheet === sheet && t.block.row === headerRow && t.totalsRow === true);
  return table ? Math.min(lastRow, table.block.row + table.block.rows - 2) : lastRow;
}
