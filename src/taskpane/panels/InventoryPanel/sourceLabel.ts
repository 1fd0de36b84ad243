import type { InventorySource } from "../../../usecases/paneJobs.types";
import { columnLetter } from "../../../workbook/port";
import type { InventoryText } from "../../text/inventoryText";

/** How a source reads in the picker: a table, a selected range, or a whole sheet. */
export function sourceLabel(source: InventorySource, text: InventoryText): string {
  if (source.table !== undefined) return text.table(source.table, source.sheet);
  const block = source.block;
  if (block) {
    const range = `${columnLetter(block.column)}${block.row}:${columnLetter(block.column + block.columns - 1)}${block.row + block.rows - 1}`;
    return text.selection(source.sheet, range);
  }
  return text.sheet(source.sheet);
}
