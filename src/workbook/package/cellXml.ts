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
  const p = prefix;
  const reference = `${columnLetter(column)}${row}`;
  const s = style ? ` s="${style}"` : "";
  if (content === null || content === undefined || content === "") return s ? `<${p}c r="${reference}"${s}/>` : "";
  if (typeof content === "number") {
    if (!Number.isFinite(content)) return `<${p}c r="${reference}"${s} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
    return `<${p}c r="${reference}"${s}><${p}v>${content}</${p}v></${p}c>`;
  }
  if (typeof content === "boolean") return `<${p}c r="${reference}"${s} t="b"><${p}v>${content ? 1 : 0}</${p}v></${p}c>`;
  if (typeof content === "string") {
    const space = needsPreserve(content) ? ' xml:space="preserve"' : "";
    return `<${p}c r="${reference}"${s} t="inlineStr"><${p}is><${p}t${space}>${ooxmlString(content)}</${p}t></${p}is></${p}c>`;
  }
  if ("formula" in content) return `<${p}c r="${reference}"${s}><${p}f>${escapeText(content.formula.replace(/^=/, ""))}</${p}f></${p}c>`;
  return `<${p}c r="${reference}"${s} t="e"><${p}v>${escapeText(content.code)}</${p}v></${p}c>`;
}
