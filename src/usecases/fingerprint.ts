import type { CellContent, CellValue } from "../workbook/port";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A short fingerprint (FNV-1a, 32 bit) of a column of values, blank cells
 * included by position. Equal columns give equal fingerprints; it tells the
 * product whether its own result cells were edited since it wrote them.
 * Each cell counts as the text `type:value` (a blank as one NUL); the parts
 * are hashed one after the other rather than joined, which gives the same
 * fingerprint without making a string per cell.
 */
export function fingerprint(column: readonly (CellValue | CellContent)[]): string {
  let hash = FNV_OFFSET;
  for (const value of column) {
    if (value === null || value === undefined) hash = hashText(hash, "\u0000");
    else if (typeof value === "object") hash = hashText(hash, JSON.stringify(value));
    else if (typeof value === "string") hash = hashText(hashText(hash, "string:"), value);
    else hash = hashText(hashText(hash, typeof value === "number" ? "number:" : "boolean:"), String(value));
    hash ^= 0x1e; // cell separator
    hash = Math.imul(hash, FNV_PRIME);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function hashText(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash;
}
