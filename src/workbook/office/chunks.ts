/**
 * Payload estimates and row chunks for office.js requests. Excel on the web
 * refuses a request or response over 5 MB; the adapter keeps each one under
 * 4 MB by estimating the JSON each operation adds.
 */

/** The default ceiling of one request (and its response), in bytes. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/**
 * Bytes guessed per cell read before any answer came back: the first chunk of
 * a block is sized from it, every later one from the bytes measured
 * (measuredReads.ts), since a cell may hold a number or 1,000 characters.
 */
export const READ_CELL_BYTES = 64;

/** Bytes of a fixed-size operation (a property set, a load of a few scalars, an add). */
export const OPERATION_BYTES = 200;

/** UTF-8 bytes of a string in a JSON payload, with its quotes and separator. */
export function textBytes(text: string): number {
  let bytes = text.length + 3;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
    else if (code === 0x22 || code === 0x5c || code < 0x20) bytes += 1;
  }
  return bytes;
}

/** Estimated bytes of one cell written. */
export function cellBytes(value: unknown): number {
  if (typeof value === "string") return textBytes(value);
  if (typeof value === "number") return 24;
  if (typeof value === "boolean") return 6;
  return 3;
}

/** A run of rows [start, end) of a block, and its estimated bytes. */
export interface RowChunk {
  readonly start: number;
  readonly end: number;
  readonly bytes: number;
}

/** Splits written rows into runs that each fit `maxBytes` (a single oversized row stands alone). */
export function writeChunks(rows: readonly (readonly unknown[])[], maxBytes: number): RowChunk[] {
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = OPERATION_BYTES;
  for (let r = 0; r < rows.length; r++) {
    let rowBytes = 2;
    for (const value of rows[r]) rowBytes += cellBytes(value);
    if (r > start && bytes + rowBytes > maxBytes) {
      chunks.push({ start, end: r, bytes });
      start = r;
      bytes = OPERATION_BYTES;
    }
    bytes += rowBytes;
  }
  if (rows.length > start) chunks.push({ start, end: rows.length, bytes });
  return chunks;
}

/** Splits `rows` rows of `columns` cells read into runs that each fit `maxBytes`. */
export function readChunks(rows: number, columns: number, maxBytes: number, cellBytesRead = READ_CELL_BYTES): RowChunk[] {
  const perChunk = Math.max(1, Math.floor((maxBytes - OPERATION_BYTES) / (Math.max(1, columns) * cellBytesRead)));
  const chunks: RowChunk[] = [];
  for (let start = 0; start < rows; start += perChunk) {
    const end = Math.min(rows, start + perChunk);
    chunks.push({ start, end, bytes: OPERATION_BYTES + (end - start) * columns * cellBytesRead });
  }
  return chunks;
}
