import { columnNumber } from "./cellGrid";
import { attributeOf, endsTagName, findEndTag, nextTag, tagEnd } from "./tagScanner";

/** Where an element sits in a part's text: its "<", just after its start tag, just after it. */
export interface Span {
  start: number;
  tagEnd: number;
  end: number;
  selfClosing: boolean;
}
/** A cell of a row, with its column (from `r`, or one after the cell before). */
export interface CellSpan extends Span {
  column: number;
  hasReference: boolean;
}

/**
 * A row's `<c>` children in `text` between `from` (just after the row's start
 * tag) and `limit` (its end tag), with their columns: found by their `<c`
 * tags alone, stepping over what is inside them, so a row costs a few
 * searches rather than a tag per value. Any other child (an extension, a
 * comment, a CDATA section) is stepped over. Offsets are into `text`.
 */
export function rowCells(text: string, from: number, limit: number, prefix: string, part: string): CellSpan[] {
  const cells: CellSpan[] = [];
  const name = `${prefix}c`;
  let i = text.indexOf("<", from);
  while (i >= 0 && i < limit) {
    if (text.startsWith(name, i + 1) && endsTagName(text.charCodeAt(i + 1 + name.length))) {
      const startTagEnd = tagEnd(text, i + 1);
      const selfClosing = text.charCodeAt(startTagEnd - 2) === 47;
      const end = selfClosing ? startTagEnd : (findEndTag(text, name, startTagEnd)?.end ?? limit);
      const reference = attributeOf(text.slice(i, startTagEnd), "r");
      const previous = cells[cells.length - 1]?.column ?? 0;
      cells.push({
        start: i,
        tagEnd: startTagEnd,
        end,
        selfClosing,
        column: reference !== undefined ? columnNumber(reference) : previous + 1,
        hasReference: reference !== undefined,
      });
      i = text.indexOf("<", end);
      continue;
    }
    const other = nextTag(text, i, part);
    if (!other || other.start >= limit) break;
    if (other.start > i) {
      // A comment or CDATA section was stepped over: the tag after it may be a cell.
      i = other.start;
      continue;
    }
    const skip = other.close || other.selfClosing ? other.end : (findEndTag(text, other.name, other.end)?.end ?? limit);
    i = text.indexOf("<", skip);
  }
  return cells;
}
