import { columnLetter } from "../port";
import { OPERATION_BYTES, READ_CELL_BYTES, textBytes } from "./chunks";
import { fromOfficeValue, toOfficeContent } from "./officeCells";
import type { SyncQueue } from "./syncQueue";

/**
 * The product's very hidden sheet of dropdown lists too long (or with a
 * comma) to be typed into a validation rule. One list per column; a list
 * already there is reused, so re-runs do not grow the sheet.
 */
export const LISTS_SHEET = "AssistLevel.lists";

/** "='AssistLevel.lists'!$B$1:$B$6": the reference a validation rule takes as its list source. */
export async function listSourceRange(context: Excel.RequestContext, queue: SyncQueue, items: readonly string[]): Promise<string> {
  const [exists] = await queue.read([
    {
      bytes: OPERATION_BYTES,
      prepare: () => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET).load("name");
        return () => !sheet.isNullObject;
      },
    },
  ]);
  let lists: (string | null)[][] = [];
  if (exists) {
    [lists] = await queue.read([
      {
        bytes: OPERATION_BYTES + 1_000 * READ_CELL_BYTES,
        prepare: () => {
          const used = context.workbook.worksheets.getItem(LISTS_SHEET).getUsedRangeOrNullObject(true).load("values,valueTypes,columnCount");
          return () => (used.isNullObject ? [] : columnsOf(used.values.map((row, r) => row.map((v, c) => fromOfficeValue(v, used.valueTypes[r][c])))));
        },
      },
    ]);
  }
  const same = lists.findIndex((list) => list.length === items.length && list.every((item, i) => item === items[i]));
  const column = same >= 0 ? same + 1 : lists.length + 1;
  if (same < 0) {
    await queue.write([
      {
        bytes: OPERATION_BYTES + items.reduce((sum, item) => sum + textBytes(item), 0),
        queue: () => {
          const sheets = context.workbook.worksheets;
          const sheet = exists ? sheets.getItem(LISTS_SHEET) : sheets.add(LISTS_SHEET);
          sheet.visibility = "VeryHidden";
          sheet.getRangeByIndexes(0, column - 1, items.length, 1).values = items.map((item) => [toOfficeContent(item)]);
        },
      },
    ]);
  }
  const letter = columnLetter(column);
  return `='${LISTS_SHEET}'!$${letter}$1:$${letter}$${items.length}`;
}

/** The lists held in a block's columns, each up to its last non-empty cell. */
function columnsOf(rows: readonly (readonly unknown[])[]): (string | null)[][] {
  const columns = rows[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, c) => {
    const list = rows.map((row) => (row[c] === null ? null : String(row[c])));
    while (list.length > 0 && list[list.length - 1] === null) list.pop();
    return list;
  });
}
