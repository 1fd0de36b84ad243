import { type Block, type CellContent, type CellLink, type CellValue, address, sheetAddress } from "../port";
import { CellGrid } from "./cellGrid";
import { MAIN_NS, RELATIONSHIPS_NS } from "./opcParts";
import { CellWriter, formulaText } from "./cellXml";
import { columnXml, conditionalFormatsXml, validationXml } from "./sheetAdditions";
import { type NewConditionalFormat, type NewValidation, SheetPatch } from "./sheetPatch";
import { escapeAttribute } from "./xmlText";


/** A column chart the product draws on one of its sheets (written as drawing and chart parts when the copy is saved). */
export interface ChartRequest {
  readonly data: Block;
  readonly title: string;
  readonly at: Block;
}

/**
 * A sheet the product writes whole: its own sheets (matrix, summary, audit
 * log, state) and a CSV inventory's only sheet. Held as a model and written
 * as a new part; nothing of an analyst's sheet is ever kept in one.
 */
export class OwnSheet {
  readonly cells = new CellGrid();
  private readonly formulas = new Map<number, string>();
  private readonly styles = new Map<number, number>();
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  frozen?: { rows: number; columns: number };
  formats: NewConditionalFormat[] = [];
  validations: NewValidation[] = [];
  chart?: ChartRequest;
  /** Internal hyperlinks by cell, the last one made for a cell winning. */
  readonly links = new Map<number, CellLink>();
  /**
   * Blocks filled with formulas, kept as blocks (a million rows cost no
   * string per cell) and written as shared formulas; the writes made over a
   * filled block afterwards are layered on them, so the latest wins.
   */
  filled?: SheetPatch;
  private writer?: CellWriter;

  /** Fills a block with one row of formulas (see SheetPatch.fill); a new part uses no `si` yet. */
  fill(block: Block, formulas: readonly (string | null)[]): void {
    (this.filled ??= new SheetPatch()).fill(block, formulas, 0);
  }

  /** Records a write made cell by cell (write) over a filled block, so it wins there over the fill. */
  wrote(block: Block, content: readonly (readonly CellContent[])[]): void {
    if (this.filled?.fillOverlaps(block)) this.filled.write(block, content);
  }

  write(row: number, column: number, content: CellContent): void {
    const key = keyOf(row, column);
    if (content !== null && typeof content === "object" && "formula" in content) {
      this.formulas.set(key, content.formula);
      this.cells.set(row, column, formulaText(content.formula));
      return;
    }
    this.formulas.delete(key);
    this.cells.set(row, column, content as CellValue);
  }

  formulaAt(row: number, column: number): string | undefined {
    const filled = this.filled?.valueAt(row, column);
    if (filled !== undefined) return filled !== null && typeof filled === "object" && "formula" in filled ? filled.formula : undefined;
    return this.formulas.get(keyOf(row, column));
  }

  link(link: CellLink): void {
    this.links.set(keyOf(link.row, link.column), link);
  }

  styleAt(row: number, column: number): number | undefined {
    return this.styles.get(keyOf(row, column));
  }

  setStyle(row: number, column: number, style: number): void {
    this.styles.set(keyOf(row, column), style);
  }

  /**
   * The worksheet part, in schema order (ECMA-376 Part 1, 18.3.1.99), as a
   * stream of text: a CSV inventory of a million rows is never one string.
   * `drawingRelationship` is the r:id of its drawing when it has a chart.
   */
  *xml(drawingRelationship?: string): Generator<string> {
    const used = this.cells.usedBlock("");
    const rows = this.rowNumbers();
    const lastColumn = Math.max(used?.columns ?? 1, this.filled?.bounds?.lastColumn ?? 1, ...[...this.styles.keys()].map((k) => k % 16_384 || 16_384));
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">`;
    yield `<dimension ref="${address({ row: 1, column: 1, rows: Math.max(1, rows[rows.length - 1] ?? 1), columns: lastColumn })}"/>`;
    yield `<sheetViews><sheetView workbookViewId="0">${this.paneXml()}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`;
    if (this.widths.size > 0) yield `<cols>${[...this.widths.entries()].sort((a, b) => a[0] - b[0]).map(([c, w]) => columnXml("", c, w)).join("")}</cols>`;
    yield "<sheetData>";
    let batch: string[] = [];
    for (const row of rows) {
      batch.push(this.rowXml(row, lastColumn));
      if (batch.length >= 2000) {
        yield batch.join("");
        batch = [];
      }
    }
    yield `${batch.join("")}</sheetData>`;
    yield conditionalFormatsXml("", this.formats, 0);
    if (this.validations.length > 0) yield `<dataValidations count="${this.validations.length}">${this.validations.map((v) => validationXml("", v)).join("")}</dataValidations>`;
    if (this.links.size > 0) yield `<hyperlinks>${[...this.links.values()].map(hyperlinkXml).join("")}</hyperlinks>`;
    yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    if (drawingRelationship) yield `<drawing r:id="${drawingRelationship}"/>`;
    yield "</worksheet>";
  }

  private paneXml(): string {
    if (!this.frozen || (this.frozen.rows === 0 && this.frozen.columns === 0)) return "";
    const { rows, columns } = this.frozen;
    const topLeft = address({ row: rows + 1, column: columns + 1 });
    const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
    return `<pane${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
  }

  /** Every row with a value, a format or a height, in order. */
  private rowNumbers(): number[] {
    const numbers = new Set<number>();
    for (const [row] of this.cells.filledRows()) numbers.add(row);
    for (const key of this.styles.keys()) numbers.add(Math.floor((key - 1) / 16_384) + 1);
    for (const row of this.heights.keys()) numbers.add(row);
    const filled = this.filled?.bounds;
    if (filled) for (let row = filled.firstRow; row <= filled.lastRow; row++) numbers.add(row);
    return [...numbers].sort((a, b) => a - b);
  }

  private rowXml(row: number, lastColumn: number): string {
    const cells: string[] = [];
    const filled = this.filled?.row(row);
    for (let column = 1; column <= lastColumn; column++) {
      const key = keyOf(row, column);
      const formula = this.formulas.get(key);
      const change = filled?.get(column);
      const content = change?.content !== undefined ? change.content : formula !== undefined ? { formula } : this.cells.get(row, column);
      const xml = (this.writer ??= new CellWriter("")).cell(row, column, content, this.styles.get(key));
      if (xml !== "") cells.push(xml);
    }
    const height = this.heights.get(row);
    return `<row r="${row}"${height !== undefined ? ` ht="${height}" customHeight="1"` : ""}>${cells.join("")}</row>`;
  }
}

/**
 * An internal hyperlink (ECMA-376 Part 1, 18.3.1.47 CT_Hyperlink): `location`
 * names a cell of this workbook, so no relationship is needed (r:id is for
 * external targets). It comes after dataValidations and before pageMargins.
 */
function hyperlinkXml(link: CellLink): string {
  const location = sheetAddress({ ...link.to, rows: 1, columns: 1 });
  return `<hyperlink ref="${address(link)}" location="${escapeAttribute(location)}" tooltip="${escapeAttribute(link.tip)}"/>`;
}

/** One number per cell: (row − 1) × 16,384 + column. */
function keyOf(row: number, column: number): number {
  return (row - 1) * 16_384 + column;
}
