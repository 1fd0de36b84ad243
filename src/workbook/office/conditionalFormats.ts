import type { Block } from "../port";

/** Excel's sheet size: the complement of a block reaches these edges. */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

/**
 * Finds, in one request, the conditional formats lying wholly inside
 * `block`: those met in the block and in none of the four rectangles around
 * it (above, below, left, right — the rest of the sheet). A rule that also
 * covers cells outside the block (an analyst's rule over whole rows, say) is
 * met there too and is kept. Returns how to take the ids once synced.
 */
export function findInsideOnly(sheet: Excel.Worksheet, block: Block): () => string[] {
  const rect = (row: number, column: number, rows: number, columns: number): Excel.ConditionalFormatCollection | null =>
    rows > 0 && columns > 0 ? sheet.getRangeByIndexes(row - 1, column - 1, rows, columns).conditionalFormats.load("items/id") : null;
  const endRow = block.row + block.rows;
  const endColumn = block.column + block.columns;
  const inside = rect(block.row, block.column, block.rows, block.columns);
  const around = [
    rect(1, 1, block.row - 1, LAST_COLUMN),
    rect(endRow, 1, LAST_ROW - endRow + 1, LAST_COLUMN),
    rect(block.row, 1, block.rows, block.column - 1),
    rect(block.row, endColumn, block.rows, LAST_COLUMN - endColumn + 1),
  ];
  return () => {
    const outside = new Set<string>();
    for (const formats of around) for (const format of formats?.items ?? []) outside.add(format.id);
    return (inside?.items ?? []).map((format) => format.id).filter((id) => !outside.has(id));
  };
}
