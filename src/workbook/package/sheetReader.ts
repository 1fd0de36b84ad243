import type { Block } from "../port";
import { CellGrid } from "./cellGrid";
import { CellScanner } from "./cellScanner";
import { type SheetEvents, SheetScanner, type StartTag } from "./sheetScanner";
import type { StylesPart } from "./stylesPart";

export { MAX_CELL_TEXT, TOO_LONG, isoDate } from "./cellScanner";

/** What the product must know of a sheet besides its values, to add to it without disturbing it. */
export interface SheetFacts {
  /** `<col>` ranges already declared (their widths are the analyst's). */
  readonly columns: { readonly min: number; readonly max: number }[];
  /** sqref of every data validation, x14 ones in extLst included. */
  readonly validations: string[];
  /** sqref of every conditional format, x14 ones included. */
  readonly conditionalFormats: string[];
  /** The highest conditional-format priority in use: the product's rules come after it. */
  maxPriority: number;
  readonly merges: string[];
}

export interface SheetReadContext {
  readonly part: string;
  /** When given, the formulas of this block are collected (by "row:column") as written, shared ones as their first cell's text. */
  readonly formulasIn?: { readonly block: Block; readonly found: Map<string, string> };
  readonly sharedStrings: readonly string[];
  readonly styles?: StylesPart;
  readonly date1904: boolean;
}

/**
 * Reads one worksheet part as a stream of text: every cell's value as the
 * use cases see it (CellScanner), plus the sheet's facts. The text is
 * scanned by hand (SheetScanner), several times faster than saxes, which
 * read it before, and as strictly where it matters: tags that do not
 * balance, a text that ends inside a tag or before its root closes, a "<"
 * in text or in an attribute value, an unquoted value, an entity XML does
 * not define, and any DOCTYPE are refused (badXml, naming the part). So a
 * sheet this has read is one where every "<" opens markup and quotes
 * delimit attribute values: the patcher (sheetPatcher.ts) walks the same
 * text with tagScanner and takes that for granted.
 */
export async function readSheet(chunks: AsyncIterable<string>, context: SheetReadContext): Promise<SheetRead> {
  const reader = new SheetReader(context);
  const scanner = new SheetScanner(context.part, reader);
  for await (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return { cells: reader.cells.cells, facts: reader.facts, highestSharedIndex: reader.cells.highestSharedIndex };
}

/** A sheet read: its values and facts, and the highest shared-formula index (`si`) it uses, -1 when none (readers that do not tell it leave it out). */
export interface SheetRead {
  readonly cells: CellGrid;
  readonly facts: SheetFacts;
  readonly highestSharedIndex?: number;
}

/** The facts' elements are read here, rows and cells by CellScanner; the text of an `<sqref>` (x14 rules keep theirs in one) too. */
class SheetReader implements SheetEvents {
  readonly facts: SheetFacts = { columns: [], validations: [], conditionalFormats: [], maxPriority: 0, merges: [] };
  readonly cells: CellScanner;
  private sqref: string | undefined;

  constructor(context: SheetReadContext) {
    this.cells = new CellScanner(context);
  }

  get wantsText(): boolean {
    return this.cells.wantsText || this.sqref !== undefined;
  }

  open(kind: string, parent: string, tag: StartTag): void {
    const facts = this.facts;
    switch (kind) {
      case "c":
      case "v":
      case "f":
      case "row":
      case "t":
      case "is":
      case "rPh":
        return this.cells.open(kind, tag);
      case "col":
        if (parent === "cols") facts.columns.push({ min: Number(tag.attribute("min")), max: Number(tag.attribute("max")) });
        return;
      case "dataValidation":
      case "conditionalFormatting": {
        const sqref = tag.attribute("sqref");
        if (sqref !== undefined) (kind === "dataValidation" ? facts.validations : facts.conditionalFormats).push(sqref);
        return;
      }
      case "cfRule": {
        const priority = tag.attribute("priority");
        if (priority !== undefined) facts.maxPriority = Math.max(facts.maxPriority, Number(priority) || 0);
        return;
      }
      case "mergeCell": {
        const ref = tag.attribute("ref");
        if (ref !== undefined) facts.merges.push(ref);
        return;
      }
      case "sqref":
        this.sqref = "";
    }
  }

  close(kind: string, parent: string): void {
    if (kind !== "sqref") return this.cells.close(kind);
    if (parent === "dataValidation") this.facts.validations.push(this.sqref ?? "");
    else if (parent === "conditionalFormatting") this.facts.conditionalFormats.push(this.sqref ?? "");
    this.sqref = undefined;
  }

  text(value: string): void {
    if (this.cells.wantsText) this.cells.text(value);
    else this.sqref += value;
  }

  plainCell(text: string, start: number, end: number): void {
    this.cells.plainCell(text, start, end);
  }

  plainText(text: string, start: number, end: number): void {
    if (this.cells.wantsText) this.cells.plainText(text, start, end);
    else this.sqref += text.slice(start, end);
  }
}
