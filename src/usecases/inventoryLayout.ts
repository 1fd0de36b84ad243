import { POST_INPUT_KEYS, type Language, isBlank } from "../domain";
import { type Block, address, columnLetter } from "../workbook/port";
import type { WorkbookPort } from "../workbook/port";
import { layoutMessages } from "./layoutMessages";
import type { InventoryMapping } from "./mapInventory";
import { RESULT_WIDTH } from "./resultColumns";
import { Stop } from "./stop";

/** Excel's last column, XFD. */
export const LAST_COLUMN = 16_384;

/** Areas and rows named in a message before "…". */
const SHOWN = 5;

/** Refuses, before any read, when the result columns would run past column XFD. */
export function checkRoomForResults(sheet: string, column: number, language: Language): void {
  if (column + RESULT_WIDTH - 1 <= LAST_COLUMN) return;
  throw new Stop("noRoomForResults", layoutMessages(language).noRoomForResults(sheet, columnLetter(Math.min(column - 1, LAST_COLUMN)), RESULT_WIDTH));
}

/**
 * Refuses when a merged area in the result block covers the header row or
 * a post's row: a value written into a merged area's hidden cells is not
 * shown, and the row it belongs to would seem to show another row's result.
 * An area only on rows without a post (a note under the inventory) gets no
 * result and stays as it is.
 */
export function refuseMergedResults(areas: readonly Block[], showsResults: (row: number) => boolean, block: Block, language: Language): void {
  const inTheWay = areas.filter((area) => Array.from({ length: area.rows }, (_, i) => area.row + i).some(showsResults));
  if (inTheWay.length === 0) return;
  throw new Stop("mergedResults", layoutMessages(language).mergedResults(block.sheet, listed(inTheWay.map(address)), address(block)));
}

/**
 * Merged data cells are read as Excel reads them: only a merged area's
 * top-left cell holds its value, the cells it covers are blank. Says which
 * rows got a blank input that way (one note; none when no covered input cell
 * reads blank).
 */
export async function mergedInputNotes(port: WorkbookPort, mapping: InventoryMapping, language: Language): Promise<string[]> {
  const inputs = POST_INPUT_KEYS.map((input) => mapping.columns[input]).filter((c): c is number => c !== undefined);
  const rows = mapping.lastRow - mapping.firstRow + 1;
  if (inputs.length === 0 || rows <= 0) return [];
  const first = Math.min(...inputs);
  const span: Block = { sheet: mapping.sheet, row: mapping.firstRow, column: first, rows, columns: Math.max(...inputs) - first + 1 };
  const merged = await port.mergedAreas(span);
  // Each area's part within the posts' rows, read at once (one request for an office.js adapter).
  const parts = merged.map((area): Block => {
    const row = Math.max(area.row, mapping.firstRow);
    return { ...area, row, rows: Math.min(area.row + area.rows - 1, mapping.lastRow) - row + 1 };
  });
  const values = await Promise.all(parts.map((part) => port.readValues(part)));
  const blanked = new Set<number>();
  const areas = merged.filter((area, i) => {
    let touched = false;
    values[i].forEach((line, r) =>
      line.forEach((value, c) => {
        const row = parts[i].row + r;
        const column = area.column + c;
        // A covered cell (not the top-left) of an input column that reads blank: the post lost that input to the merge.
        if ((row === area.row && column === area.column) || !inputs.includes(column) || !isBlank(value)) return;
        blanked.add(row);
        touched = true;
      }),
    );
    return touched;
  });
  if (areas.length === 0) return [];
  return [layoutMessages(language).mergedInputs(listed(areas.map(address)), listed(rowRuns([...blanked].sort((a, b) => a - b))))];
}

/** "3–4", "7" for each run of consecutive rows. */
function rowRuns(rows: readonly number[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < rows.length; ) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    runs.push(j === i ? `${rows[i]}` : `${rows[i]}–${rows[j]}`);
    i = j + 1;
  }
  return runs;
}

function listed(items: readonly string[]): string {
  return items.slice(0, SHOWN).join(", ") + (items.length > SHOWN ? ", …" : "");
}
