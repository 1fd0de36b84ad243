import { type Block, address } from "../port";
import { blocksOfReference } from "./cellGrid";
import type { NewConditionalFormat, NewValidation } from "./sheetPatch";
import { escapeAttribute, escapeText } from "./xmlText";

/**
 * Child order of CT_Worksheet (ECMA-376 Part 1, 18.3.1.99). Excel refuses a
 * sheet whose elements are out of this order, so what the product adds goes
 * before the first existing element the schema puts after it.
 */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF",
  "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

export function worksheetRank(local: string): number {
  return WORKSHEET_ORDER.indexOf(local);
}

/** One `<col>` per column: widths in characters, as Excel stores them. */
export function columnXml(prefix: string, column: number, width: number): string {
  return `<${prefix}col min="${column}" max="${column}" width="${width}" customWidth="1"/>`;
}

/** The product's conditional formats, numbered after the sheet's highest priority so none of the analyst's is renumbered. */
export function conditionalFormatsXml(prefix: string, formats: readonly NewConditionalFormat[], maxPriority: number): string {
  const p = prefix;
  return formats
    .map(
      (format, i) =>
        `<${p}conditionalFormatting sqref="${address(format.block)}"><${p}cfRule type="expression" dxfId="${format.dxf}" priority="${maxPriority + i + 1}">` +
        `<${p}formula>${escapeText(format.formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
    )
    .join("");
}

/** A dropdown listing the items (a literal list, as Excel writes one), other values allowed after the message (information style). */
export function validationXml(prefix: string, validation: NewValidation): string {
  const p = prefix;
  const list = `"${validation.items.map((item) => item.replace(/"/g, '""')).join(",")}"`;
  return (
    `<${p}dataValidation type="list" errorStyle="information" allowBlank="1" showErrorMessage="1" error="${escapeAttribute(validation.message)}" sqref="${address(validation.block)}">` +
    `<${p}formula1>${escapeText(list)}</${p}formula1></${p}dataValidation>`
  );
}

/** True when every range of an sqref lies inside one of the blocks (the product's own earlier rule there). */
export function sqrefInside(sqref: string, blocks: readonly Block[], sheet: string, part: string): boolean {
  if (blocks.length === 0) return false;
  const ranges = blocksOfReference(sqref, sheet, part);
  return ranges.length > 0 && ranges.every((r) => blocks.some((b) => r.row >= b.row && r.column >= b.column && r.row + r.rows <= b.row + b.rows && r.column + r.columns <= b.column + b.columns));
}

/** The dimension reference widened to take in the written block ("A1:L100" + rows 1–100, columns M–AO → "A1:AO100"). */
export function widenedDimension(ref: string | undefined, bounds: { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number }, sheet: string, part: string): string {
  const [current] = ref ? blocksOfReference(ref, sheet, part) : [];
  const firstRow = Math.min(current?.row ?? bounds.firstRow, bounds.firstRow);
  const firstColumn = Math.min(current?.column ?? bounds.firstColumn, bounds.firstColumn);
  const lastRow = Math.max(current ? current.row + current.rows - 1 : 0, bounds.lastRow);
  const lastColumn = Math.max(current ? current.column + current.columns - 1 : 0, bounds.lastColumn);
  return address({ sheet, row: firstRow, column: firstColumn, rows: lastRow - firstRow + 1, columns: lastColumn - firstColumn + 1 });
}
