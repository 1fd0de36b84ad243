import { type CellContent, columnLetter } from "../port";
import { escapeText, needsPreserve, ooxmlString } from "./xmlText";

/** A formula as the use cases read it back: with its leading "=". */
export function formulaText(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

/**
 * A cell of a shared formula (ECMA-376 Part 1, 18.3.1.40 `f`, `t="shared"`):
 * the group's first cell carries the formula (without "=") and the range
 * `ref` it fills; every other cell of the group only its index `si`, and
 * reads the formula from the first one shifted to its own place.
 */
export interface SharedFormulaCell {
  readonly shared: number;
  readonly formula?: string;
  readonly ref?: string;
}

/** True for a cell of a shared formula, false for plain content. */
export function isSharedFormula(content: CellContent | SharedFormulaCell): content is SharedFormulaCell {
  return content !== null && typeof content === "object" && "shared" in content;
}

/**
 * One `<c>` as the product writes it: texts as inline strings (the
 * analyst's shared-string table is never touched), numbers, booleans,
 * error values, or a formula (plain or shared) without a cached value (the
 * spreadsheet computes it). `prefix` is the sheet's SpreadsheetML prefix
 * ("" or "x:"). Blank content with no style is no cell at all: "" is returned.
 */
export function cellXml(prefix: string, row: number, column: number, content: CellContent | SharedFormulaCell, style: number | undefined): string {
  const tail = cellTail(prefix, content, style);
  return tail === "" ? "" : `<${prefix}c r="${columnLetter(column)}${row}"${tail}`;
}

/**
 * cellXml for many rows of one sheet: a column's letters and a value's
 * text after the reference are made once. Result rows repeat a few hundred
 * values (classes, bands, rationales), so a million rows cost their
 * references and little more.
 */
export class CellWriter {
  private readonly letters = new Map<number, string>();
  private readonly tails = new Map<number, Map<string | number | boolean, string>>();
  /** The tails of a shared formula's other cells, by group and style: a filled column costs its references. */
  private readonly sharedTails = new Map<SharedFormulaCell, Map<number, string>>();
  private known = 0;

  constructor(private readonly prefix: string) {}

  cell(row: number, column: number, content: CellContent | SharedFormulaCell, style: number | undefined): string {
    const tail =
      content !== null && typeof content === "object"
        ? isSharedFormula(content) && content.formula === undefined
          ? this.sharedTail(content, style)
          : cellTail(this.prefix, content, style)
        : this.tail(content, style);
    if (tail === "") return "";
    let letters = this.letters.get(column);
    if (letters === undefined) this.letters.set(column, (letters = columnLetter(column)));
    return `<${this.prefix}c r="${letters}${row}"${tail}`;
  }

  private sharedTail(content: SharedFormulaCell, style: number | undefined): string {
    let byStyle = this.sharedTails.get(content);
    if (byStyle === undefined) this.sharedTails.set(content, (byStyle = new Map()));
    let tail = byStyle.get(style ?? 0);
    if (tail === undefined) byStyle.set(style ?? 0, (tail = cellTail(this.prefix, content, style)));
    return tail;
  }

  private tail(content: string | number | boolean | null, style: number | undefined): string {
    if (content === null) return cellTail(this.prefix, content, style);
    let byValue = this.tails.get(style ?? 0);
    if (byValue === undefined) this.tails.set(style ?? 0, (byValue = new Map()));
    let tail = byValue.get(content);
    if (tail === undefined) {
      tail = cellTail(this.prefix, content, style);
      // Bounded: a column of distinct texts (problem descriptions) is written without keeping them twice.
      if (this.known < MAX_KNOWN_TAILS) {
        byValue.set(content, tail);
        this.known++;
      }
    }
    return tail;
  }
}

const MAX_KNOWN_TAILS = 10_000;

/** A cell's text after its reference: the style, the type and the value, up to and including its end. */
function cellTail(p: string, content: CellContent | SharedFormulaCell, style: number | undefined): string {
  const s = style ? ` s="${style}"` : "";
  if (content === null || content === undefined || content === "") return s ? `${s}/>` : "";
  if (typeof content === "number") {
    if (!Number.isFinite(content)) return `${s} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    return `${s}><${p}v>${content}</${p}v></${p}c>`;
  }
  if (typeof content === "boolean") return `${s} t="b"><${p}v>${content ? 1 : 0}</${p}v></${p}c>`;
  if (typeof content === "string") {
    const space = needsPreserve(content) ? ' xml:space="preserve"' : "";
    return `${s} t="inlineStr"><${p}is><${p}t${space}>${ooxmlString(content)}</${p}t></${p}is></${p}c>`;
  }
  if (isSharedFormula(content)) {
    if (content.formula === undefined) return `${s}><${p}f t="shared" si="${content.shared}"/></${p}c>`;
    return `${s}><${p}f t="shared" ref="${content.ref ?? ""}" si="${content.shared}">${escapeText(content.formula)}</${p}f></${p}c>`;
  }
  if ("formula" in content) return `${s}><${p}f>${escapeText(content.formula.replace(/^=/, ""))}</${p}f></${p}c>`;
  return `${s} t="e"><${p}v>${escapeText(content.code)}</${p}v></${p}c>`;
}
