import { OPERATION_BYTES, READ_CELL_BYTES, cellBytes, textBytes } from "./chunks";

/**
 * Reading a tall block in row chunks sized from what Excel actually sent
 * back. Excel on the web refuses a response over 5 MB
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices)
 * and any platform refuses to get more than five million cells at once (same
 * page). How long the cells are is not known before reading them — an
 * inventory holds numbers or full descriptor texts, a results column one-word
 * classes or 1,000-character rationales — so the first chunk is sized from a
 * guess (READ_CELL_BYTES a cell), every later one from the largest bytes per
 * row measured so far, and a chunk Excel refuses as too large is halved and
 * read again.
 */

/** "On all platforms, a range is limited to five million cells for get operations." */
export const GET_CELL_LIMIT = 5_000_000;

/** A chunk's lines and the JSON bytes its response carried (measured on the values received). */
export interface MeasuredPart<T> {
  readonly lines: T[];
  readonly bytes: number;
}

/** True for the error office.js gives when a request or its response is over the payload limit. */
export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** JSON bytes of a grid of cells as Excel sends it (values, or value types). */
export function gridBytes(grid: readonly (readonly unknown[])[]): number {
  let bytes = 2;
  for (const row of grid) {
    bytes += 2;
    for (const cell of row) bytes += typeof cell === "string" ? textBytes(cell) : cellBytes(cell);
  }
  return bytes;
}

/**
 * Reads rows [0, rows) of `columns` cells through `readPart(start, end,
 * estimate, continued)`, each part's response kept under `maxBytes`;
 * `continued` marks a part sent only because of the size (not the first try).
 */
export async function readMeasured<T>(
  rows: number,
  columns: number,
  maxBytes: number,
  readPart: (start: number, end: number, estimate: number, continued: boolean) => Promise<MeasuredPart<T>>,
): Promise<T[]> {
  const lines: T[] = [];
  const width = Math.max(1, columns);
  let perRow = READ_CELL_BYTES * width;
  const cellCap = Math.max(1, Math.floor(GET_CELL_LIMIT / width));
  let start = 0;
  let refused = false;
  while (start < rows) {
    const count = Math.max(1, Math.min(rows - start, cellCap, Math.floor((maxBytes - OPERATION_BYTES) / perRow)));
    let part: MeasuredPart<T>;
    try {
      part = await readPart(start, start + count, OPERATION_BYTES + Math.ceil(count * perRow), start > 0 || refused);
    } catch (error) {
      if (!isPayloadError(error) || count === 1) throw error;
      // Refused: the rows are longer than measured. Half as many rows per chunk from here on.
      perRow = Math.max(perRow * 2, (maxBytes - OPERATION_BYTES) / Math.floor(count / 2));
      refused = true;
      continue;
    }
    for (const line of part.lines) lines.push(line);
    perRow = Math.max(perRow, part.bytes / count);
    start += count;
  }
  return lines;
}
