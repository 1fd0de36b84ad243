import type { CellContent, CellValue } from "../workbook/port";

/**
 * A short fingerprint (FNV-1a, 32 bit) of a column of values, blank cells
 * included by position. Equal columns give equal fingerprints; it tells the
 * product whether its own result cells were edited since it wrote them.
 */
export function fingerprint(column: readonly (CellValue | CellContent)[]): string {
  let hash = 0x811c9dc5;
  for (const value of column) {
    const text = value === null || value === undefined ? "\u0000" : typeof value === "object" ? JSON.stringify(value) : `${typeof value}:${value}`;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1e; // cell separator
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
