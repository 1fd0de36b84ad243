import { columnLetter } from "../port";
import { CellWriter } from "./cellXml";
import { HeldChunks } from "./heldChunks";
import { columnXml, conditionalFormatsXml, sqrefInside, validationXml, widenedDimension, worksheetRank } from "./sheetAdditions";
import type { CellChange, SheetPatch } from "./sheetPatch";
import type { SheetFacts } from "./sheetReader";
import { type CellSpan, type Span, rowCells } from "./rowCells";
import { type ScannedTag, type Stall, attributeOf, endsTagName, findEndTag, nextTag, tagEnd } from "./tagScanner";
import { columnNumber } from "./cellGrid";
import { localName, prefixOf, withAttribute } from "./xmlText";

interface RowSpan extends Span {
  number: number;
  hasReference: boolean;
  /** Its cells, when they were walked (see wholeRow); empty when every change lies after the last one. */
  cells: CellSpan[];
  /** Just after the last cell (or the start tag), when the cells were walked. */
  cellsEnd?: number;
}
interface ChildSpan extends Span {
  key: number;
  sqref?: string;
}

/**
 * Writes an existing worksheet part anew with a patch applied, as a stream
 * (its tags found by tagScanner: the part was read and checked by the reader, sheetReader.ts,
 * before): the original text is copied character for character, and the product's
 * cells, columns, conditional formats and validations are inserted where
 * the schema wants them. Original cells change only where the patch writes
 * (the product's own result cells); a row, a cell, a view, a table part or
 * an extension the patch does not name passes through untouched.
 */
export async function* patchSheet(chunks: AsyncIterable<string>, patch: SheetPatch, facts: SheetFacts, sheet: string, part: string): AsyncGenerator<string[]> {
  const patcher = new SheetPatcher(patch, facts, sheet, part);
  for await (const chunk of chunks) {
    patcher.write(chunk);
    const out = patcher.take();
    if (out.length > 0) yield out;
  }
  yield patcher.end();
}

class SheetPatcher {
  private buffer = "";
  private readonly held = new HeldChunks();
  private readonly stall: Stall = { awaited: "" };
  private scanned = 0;
  private base = 0;
  private emitted = 0;
  private safe = 0;
  private out: string[] = [];
  private readonly stack: string[] = [];
  private prefix = "";
  private row: RowSpan | undefined;
  private container: { local: string; span: Span; children: ChildSpan[] } | undefined;
  private skipping = false;
  private nextNewRow: number;
  private rowShift = false;
  private lastRowNumber = 0;
  private lastSpans: { spans: string; first: number; last: number; widened: string } | undefined;
  /** Made once the root element has told the prefix. */
  private cells: CellWriter | undefined;
  private pendingColumns: number[];
  private pendingFormats: boolean;
  private pendingValidations: boolean;

  constructor(
    private readonly patch: SheetPatch,
    private readonly facts: SheetFacts,
    private readonly sheet: string,
    private readonly part: string,
  ) {
    this.nextNewRow = patch.bounds?.firstRow ?? Infinity;
    const covered = (column: number): boolean => facts.columns.some((c) => column >= c.min && column <= c.max);
    this.pendingColumns = [...patch.widths.keys()].filter((column) => !covered(column)).sort((a, b) => a - b);
    this.pendingFormats = patch.conditionalFormats.length > 0;
    this.pendingValidations = patch.validations.length > 0;
  }

  write(chunk: string): void {
    if (this.held.hold(chunk)) return;
    this.buffer = [this.buffer, ...this.held.release(), chunk].join("");
    for (;;) {
      const tag = nextTag(this.buffer, this.scanned - this.base, this.part, this.stall);
      if (!tag) {
        this.held.stalled(this.buffer, this.stall.awaited);
        break;
      }
      const at: ScannedTag = { ...tag, start: tag.start + this.base, end: tag.end + this.base };
      if (!at.close && this.stack.length === 2 && this.stack[1] === "sheetData" && localName(at.name) === "row") {
        if (!this.wholeRow(at)) {
          // The row goes on past this chunk (a long cell text): its end tag, and so a ">", is still to come.
          this.held.stalled(this.buffer, ">");
          break;
        }
        continue;
      }
      this.scanned = at.end;
      if (at.close) this.close(at);
      else {
        this.open(at);
        if (at.selfClosing) this.close(at);
      }
    }
    if (!this.row && !this.container && !this.skipping) this.copyTo(this.safe);
    this.buffer = this.buffer.slice(this.emitted - this.base);
    this.base = this.emitted;
  }

  /** The text written so far, as pieces (joined once, by the encoder). */
  take(): string[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  end(): string[] {
    const held = this.held.release();
    if (held.length > 0) this.buffer = [this.buffer, ...held].join("");
    this.copyTo(this.base + this.buffer.length);
    return this.take();
  }

  private text(from: number, to: number): string {
    return this.buffer.slice(from - this.base, to - this.base);
  }

  private copyTo(position: number): void {
    if (position > this.emitted) this.out.push(this.text(this.emitted, position));
    this.emitted = Math.max(this.emitted, position);
  }

  private open(tag: ScannedTag): void {
    const { start, end } = tag;
    const local = localName(tag.name);
    const depth = this.stack.length;
    this.stack.push(local);
    const text = depth === 1 || depth === 2 ? this.text(start, end) : "";
    const span = { start, tagEnd: end, end, selfClosing: tag.selfClosing };
    if (depth === 0) this.prefix = prefixOf(tag.name);
    else if (depth === 1) this.openTopLevel(local, span, text);
    else if (depth === 2 && this.container && (local === "col" || local === "dataValidation")) {
      const key = local === "col" ? Number(attributeOf(text, "min")) : 0;
      this.container.children.push({ ...span, key, sqref: attributeOf(text, "sqref") });
    }
    if (!this.skipping) this.safe = end;
  }

  private close(tag: ScannedTag): void {
    const end = tag.end;
    const closeStart = tag.selfClosing ? end : tag.start;
    const local = this.stack.pop();
    const depth = this.stack.length;
    if (depth === 2 && this.container) {
      const last = this.container.children[this.container.children.length - 1];
      if (last) last.end = end;
    } else if (depth === 1) this.closeTopLevel(local ?? "", end, closeStart);
    else if (depth === 0) {
      this.copyTo(tag.selfClosing ? end - 2 : closeStart);
      this.insertPending(Infinity);
    }
    if (!this.skipping) this.safe = end;
  }

  private openTopLevel(local: string, span: Span, tag: string): void {
    const rank = worksheetRank(local);
    if (rank >= 0) {
      this.copyTo(span.start);
      this.insertPending(rank);
    }
    const bounds = this.patch.bounds;
    if (local === "dimension" && bounds && span.selfClosing) {
      this.out.push(withAttribute(tag, "ref", widenedDimension(attributeOf(tag, "ref"), bounds, this.sheet, this.part)));
      this.emitted = span.end;
    } else if (local === "sheetData" && span.selfClosing) {
      this.out.push(`${this.text(span.start, span.end - 2)}>`, this.newRows(Infinity), `</${this.prefix}sheetData>`);
      this.emitted = span.end;
    } else if ((local === "cols" && this.pendingColumns.length > 0) || (local === "dataValidations" && (this.pendingValidations || this.patch.removedValidations.length > 0))) {
      this.container = { local, span, children: [] };
    } else if (local === "conditionalFormatting" && this.patch.removedFormats.length > 0 && sqrefInside(attributeOf(tag, "sqref") ?? "", this.patch.removedFormats, this.sheet, this.part)) {
      this.skipping = true;
    }
  }

  private closeTopLevel(local: string, end: number, closeStart: number): void {
    const selfClosing = closeStart === end;
    if (local === "sheetData" && !selfClosing) {
      this.copyTo(closeStart);
      this.out.push(this.newRows(Infinity));
    } else if (this.container && local === this.container.local) {
      this.out.push(this.rebuildContainer(this.container, end, closeStart));
      this.emitted = end;
      this.container = undefined;
    } else if (this.skipping && local === "conditionalFormatting") {
      this.emitted = end;
      this.skipping = false;
    }
  }

  /** What the product adds that the schema puts before an element of this rank (new containers, its conditional formats). */
  private insertPending(rank: number): void {
    const p = this.prefix;
    if (this.pendingColumns.length > 0 && rank > worksheetRank("cols")) {
      this.out.push(`<${p}cols>${this.pendingColumns.map((c) => columnXml(p, c, this.patch.widths.get(c) ?? 10)).join("")}</${p}cols>`);
      this.pendingColumns = [];
    }
    if (this.pendingFormats && rank > worksheetRank("conditionalFormatting")) {
      this.out.push(conditionalFormatsXml(p, this.patch.conditionalFormats, this.facts.maxPriority));
      this.pendingFormats = false;
    }
    if (this.pendingValidations && rank > worksheetRank("dataValidations")) {
      const list = this.patch.validations.map((v) => validationXml(p, v)).join("");
      this.out.push(`<${p}dataValidations count="${this.patch.validations.length}">${list}</${p}dataValidations>`);
      this.pendingValidations = false;
    }
  }

  /** `<cols>` with the new columns slotted in by number, or `<dataValidations>` without the product's earlier rules and with its new ones. */
  private rebuildContainer(container: { local: string; span: Span; children: ChildSpan[] }, end: number, closeStart: number): string {
    const p = this.prefix;
    const { span, children } = container;
    const selfClosing = closeStart === end;
    let startTag = this.text(span.start, span.tagEnd);
    if (selfClosing) startTag = `${startTag.slice(0, -2)}>`;
    const parts: string[] = [];
    let cursor = span.tagEnd;
    let kept = 0;
    for (const childSpan of children) {
      if (container.local === "cols") {
        while (this.pendingColumns.length > 0 && this.pendingColumns[0] < childSpan.key) parts.push(columnXml(p, this.pendingColumns[0], this.patch.widths.get(this.pendingColumns.shift() ?? 0) ?? 10));
      }
      const dropped = container.local === "dataValidations" && childSpan.sqref !== undefined && sqrefInside(childSpan.sqref, this.patch.removedValidations, this.sheet, this.part);
      parts.push(this.text(cursor, dropped ? childSpan.start : childSpan.end));
      cursor = childSpan.end;
      if (!dropped) kept++;
    }
    parts.push(this.text(cursor, closeStart));
    if (container.local === "cols") {
      parts.push(...this.pendingColumns.map((c) => columnXml(p, c, this.patch.widths.get(c) ?? 10)));
      this.pendingColumns = [];
    } else {
      this.pendingValidations = false;
      // CT_DataValidations holds one rule at least: left empty, it would be a sheet Excel repairs.
      if (kept + this.patch.validations.length === 0) return "";
      parts.push(...this.patch.validations.map((v) => validationXml(p, v)));
      startTag = withAttribute(startTag, "count", String(kept + this.patch.validations.length));
    }
    const closeTag = selfClosing ? `</${p}${container.local}>` : this.text(closeStart, end);
    return startTag + parts.join("") + closeTag;
  }

  /**
   * A row at once, when its end is in the buffer (false while it is not).
   * Its cells are looked at only where the patch writes into the row and
   * may meet or pass one of them: results appended after a row's last cell
   * (the usual case) need only that cell's column. Otherwise the cells are
   * found by their `<c` tags alone, stepping over what is inside them.
   */
  private wholeRow(tag: ScannedTag): boolean {
    let closeStart = tag.end;
    let end = tag.end;
    if (!tag.selfClosing) {
      const close = findEndTag(this.buffer, tag.name, tag.end - this.base);
      if (!close) return false;
      closeStart = close.start + this.base;
      end = close.end + this.base;
    }
    this.openRow({ start: tag.start, tagEnd: tag.end, end, selfClosing: tag.selfClosing }, attributeOf(this.text(tag.start, tag.end), "r"));
    const row = this.row as RowSpan;
    const changes = this.patch.row(row.number);
    if (changes && changes.size > 0 && !tag.selfClosing) {
      const from = row.tagEnd - this.base;
      const limit = closeStart - this.base;
      const prefix = prefixOf(tag.name);
      const last = row.hasReference ? lastCellColumn(this.buffer, from, limit, prefix) : -1;
      if (last < 0 || last >= Math.min(...changes.keys())) {
        for (const cell of rowCells(this.buffer, from, limit, prefix, this.part)) {
          row.cells.push({ ...cell, start: cell.start + this.base, tagEnd: cell.tagEnd + this.base, end: cell.end + this.base });
        }
        // New cells after the last one go right after it: anything after the cells (an extension list) stays last, as CT_Row wants.
        row.cellsEnd = row.cells[row.cells.length - 1]?.end ?? row.tagEnd;
      }
    }
    this.closeRow(row, closeStart, changes);
    this.row = undefined;
    this.scanned = end;
    this.safe = end;
    return true;
  }

  private openRow(span: Span, reference: string | undefined): void {
    const number = reference !== undefined ? Number(reference) : this.lastRowNumber + 1;
    this.lastRowNumber = number;
    this.copyTo(span.start);
    if (number > this.nextNewRow) {
      const added = this.newRows(number);
      if (added.length > 0) this.rowShift = true;
      this.out.push(added);
    }
    this.nextNewRow = Math.max(this.nextNewRow, number + 1);
    this.row = { start: span.start, tagEnd: span.tagEnd, end: span.end, selfClosing: span.selfClosing, number, hasReference: reference !== undefined, cells: [] };
  }

  /** Writes the row with its changes. */
  private closeRow(row: RowSpan, closeStart: number, changes: Map<number, CellChange> | undefined): void {
    let startTag = this.text(row.start, row.tagEnd);
    if (!row.hasReference && this.rowShift) startTag = withAttribute(startTag, "r", String(row.number));
    if (!changes || changes.size === 0) {
      this.out.push(startTag);
      this.emitted = row.tagEnd;
      this.copyTo(row.end);
      return;
    }
    const spans = SPANS.exec(startTag);
    if (spans) {
      // Only the value between the quotes is replaced.
      const valueEnd = spans.index + spans[0].length - 1;
      startTag = startTag.slice(0, valueEnd - spans[1].length) + this.widenSpans(spans[1], changes) + startTag.slice(valueEnd);
    }
    if (row.selfClosing) startTag = `${startTag.slice(0, -2)}>`;
    const parts = this.out;
    parts.push(startTag);
    const added = [...changes.keys()].filter((column) => !row.cells.some((c) => c.column === column)).sort((a, b) => a - b);
    let cursor = row.tagEnd;
    let shifted = false;
    for (const cell of row.cells) {
      parts.push(this.text(cursor, cell.start));
      while (added.length > 0 && added[0] < cell.column) {
        parts.push(this.cellOf(row.number, added[0], changes.get(added.shift() ?? 0) ?? {}, undefined));
        shifted = true;
      }
      const change = changes.get(cell.column);
      // The reference goes on the original start tag, before any change: a changed cell's text no longer has that tag's length.
      const tag = this.text(cell.start, cell.tagEnd);
      const numbered = shifted && !cell.hasReference ? withAttribute(tag, "r", `${columnLetter(cell.column)}${row.number}`) : tag;
      const original = numbered + this.text(cell.tagEnd, cell.end);
      const text = change ? this.changedCell(row.number, cell.column, original, numbered.length, change) : original;
      parts.push(text);
      // A cell dropped (blank, no format) moves every later cell without a reference one column left: they need one.
      if (text === "") shifted = true;
      cursor = cell.end;
    }
    const insertAt = row.selfClosing ? cursor : (row.cellsEnd ?? closeStart);
    parts.push(this.text(cursor, insertAt));
    for (const column of added) parts.push(this.cellOf(row.number, column, changes.get(column) ?? {}, undefined));
    parts.push(row.selfClosing ? `</${this.prefix}row>` : this.text(insertAt, row.end));
    this.emitted = row.end;
  }

  /** "1:12" widened to take in the written columns; rows alike in spans and changes (nearly all) reuse the last answer. */
  private widenSpans(spans: string, changes: Map<number, CellChange>): string {
    let first = Infinity;
    let last = 0;
    for (const column of changes.keys()) {
      if (column < first) first = column;
      if (column > last) last = column;
    }
    const memo = this.lastSpans;
    if (memo && memo.spans === spans && memo.first === first && memo.last === last) return memo.widened;
    const numbers = spans.split(/[\s:]+/).map(Number).filter(Number.isFinite);
    const widened = `${Math.min(...numbers, first)}:${Math.max(...numbers, last)}`;
    this.lastSpans = { spans, first, last, widened };
    return widened;
  }

  private changedCell(row: number, column: number, original: string, tagLength: number, change: CellChange): string {
    const style = /\ss\s*=\s*["'](\d+)["']/.exec(original.slice(0, tagLength))?.[1];
    const kept = style !== undefined ? Number(style) : undefined;
    if (change.content !== undefined) return this.cellOf(row, column, change, kept);
    if (change.style === undefined) return original;
    const tag = withAttribute(original.slice(0, tagLength), "s", String(change.style));
    return tag + original.slice(tagLength);
  }

  private cellOf(row: number, column: number, change: CellChange, keptStyle: number | undefined): string {
    this.cells ??= new CellWriter(this.prefix);
    return this.cells.cell(row, column, change.content ?? null, change.style ?? keptStyle);
  }

  /** Rows the patch writes that the sheet does not have, from the next one due up to (not including) `before`. */
  private newRows(before: number): string {
    const last = Math.min(before - 1, this.patch.bounds?.lastRow ?? 0);
    const parts: string[] = [];
    for (let number = this.nextNewRow; number <= last; number++) {
      const changes = this.patch.row(number);
      if (!changes) continue;
      const cells = [...changes.entries()].sort((a, b) => a[0] - b[0]).map(([column, change]) => this.cellOf(number, column, change, undefined)).join("");
      if (cells !== "") parts.push(`<${this.prefix}row r="${number}">${cells}</${this.prefix}row>`);
    }
    this.nextNewRow = Math.max(this.nextNewRow, last + 1);
    return parts.join("");
  }
}

/**
 * The column of a row's last cell, read from its `r`, between `from` (just
 * after the row's start tag) and `limit` (its end tag); 0 when the row has
 * no cell; -1 when it cannot be told this way (the last cell has no `r`,
 * or a comment, CDATA section or the row's extension list could hide or
 * fake a `<c`).
 */
function lastCellColumn(text: string, from: number, limit: number, prefix: string): number {
  const inner = text.slice(from, limit);
  if (inner.includes("<!") || inner.includes("extLst")) return -1;
  const open = `<${prefix}c`;
  for (let at = text.lastIndexOf(open, limit - 1); at >= from; at = text.lastIndexOf(open, at - 1)) {
    if (!endsTagName(text.charCodeAt(at + open.length))) continue;
    const reference = attributeOf(text.slice(at, tagEnd(text, at + 1)), "r");
    return reference === undefined ? -1 : columnNumber(reference);
  }
  return 0;
}

const SPANS = /\sspans\s*=\s*["']([^"']*)["']/;
