/**
 * An inventory with the cell lengths analysts really have: the ordinal
 * criteria recorded as their full descriptor texts (80–190 characters, from
 * the matrix seed in src/domain/matrix), not as numbers. Given lazily from
 * the row number, like inventoryCell.
 */
import { ORDINAL_DESCRIPTORS } from "../../src/domain/matrix/ordinalDescriptors";
import { inventoryCell } from "./inventoryRun";

const COORDINATION = ORDINAL_DESCRIPTORS.coordination.map((d) => d.text.nl);
const ADVICE = ORDINAL_DESCRIPTORS.advice.map((d) => d.text.nl);

/** inventoryCell, with columns 3 (Coördinatie) and 4 (Advies) as full Dutch descriptor texts. */
export function longInventoryCell(row: number, column: number): string | number {
  if (row === 1) return inventoryCell(row, column);
  if (column === 3) return COORDINATION[row % COORDINATION.length];
  if (column === 4) return ADVICE[(row >> 2) % ADVICE.length];
  return inventoryCell(row, column);
}
