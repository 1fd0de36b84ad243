import { type CellContent, columnLetter } from "../port";
import { escapeText, needsPreserve, ooxmlString } from "./xmlText";

/** A formula as the use cases read it back: with its leading "=". */
export function formulaText(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

/**
 * One `<c>` as the product writes it: texts as inline strings (the
 * analyst's shared-string table is never touched), numbers, booleans,
 * error values, or a formula without a cached value (the spreadsheet
 * computes it). `prefix` is the sheet's SpreadsheetML prefix ("" or "x:").
 * Blank content with no style is no cell at all: "" is returned.
 */
export function cellXml(prefix: string, row: number, column: number, content: CellContent, style: number | undefined): string {
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
  private known = 0;

  constructor(private readonly prefix: string) {}

  cell(row: number, column: number, content: CellContent, style: number | undefined): string {
    const tail = content !== null && typeof content === "object" ? cellTail(this.prefix, content, style) : this.tail(content, style);
    if (tail === "") return "";
    let letters = this.letters.get(column);
    if (letters === undefined) this.letters.set(column, (letters = columnLetter(column)));
    return `<${this.prefix}c r="${letters}${row}"${tail}`;
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
function cellTail(p: string, content: CellContent, style: number | undefined): string {
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
  if ("formula" in content) return `${s}><${p}f>${escapeText(content.formula.replace(/^=/, ""))}</${p}f></${p}c>`;
  return `${s} t="e"><${p}v>${escapeText(content.code)}</${p}v></${p}c>`;
}
