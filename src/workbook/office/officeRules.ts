import type { CellStyle, ConditionalFormat } from "../port";

/**
 * Formats, conditional formats and validation as office.js operations. Each
 * touches a whole range once: the number of operations depends on the rules
 * and styles asked for, never on the number of cells.
 */

const colour = (hex: string): string => `#${hex.toUpperCase()}`;

/** Queues a port style on a range: one property set per style property given. */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.fill === null) format.fill.clear();
  else if (style.fill !== undefined) format.fill.color = colour(style.fill);
  if (style.fontColor !== undefined) format.font.color = colour(style.fontColor);
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  // RangeFont.underline: "None" | "Single" | … (Excel.RangeUnderlineStyle, ExcelApi 1.1).
  if (style.underline !== undefined) format.font.underline = style.underline ? "Single" : "None";
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.verticalAlign !== undefined) format.verticalAlignment = style.verticalAlign === "top" ? "Top" : "Center";
  if (style.horizontalAlign !== undefined) format.horizontalAlignment = style.horizontalAlign === "left" ? "Left" : "Center";
}

/**
 * One custom conditional format over the rule's whole block. Its formula is
 * written for the block's top-left cell, as Excel's own dialog takes it, and
 * Excel shifts the relative references over the block.
 */
export function addConditionalFormat(range: Excel.Range, rule: ConditionalFormat): void {
  const format = range.conditionalFormats.add("Custom");
  format.custom.rule.formula = `=${rule.formula}`;
  format.custom.format.fill.color = colour(rule.fill);
  if (rule.fontColor) format.custom.format.font.color = colour(rule.fontColor);
}

/** Excel's limit on a list typed into the validation rule itself (the list's source). */
export const LITERAL_LIST_LIMIT = 255;

/**
 * The comma-separated list source of a dropdown, or null when it cannot be
 * typed into the rule: longer than Excel allows, or an item holds a comma.
 */
export function literalListSource(items: readonly string[]): string | null {
  const source = items.join(",");
  return source.length <= LITERAL_LIST_LIMIT && !items.some((item) => item.includes(",")) ? source : null;
}

/**
 * A dropdown on a range, information style (other values go in after
 * `message`), blanks allowed. `source` is a comma-separated list or a
 * reference ("=Sheet!$A$1:$A$5").
 */
export function setListRule(range: Excel.Range, source: string, message: string): void {
  const validation = range.dataValidation;
  validation.clear();
  validation.ignoreBlanks = true;
  validation.rule = { list: { inCellDropDown: true, source } };
  validation.errorAlert = { showAlert: true, style: "Information", title: "AssistLevel", message };
}
