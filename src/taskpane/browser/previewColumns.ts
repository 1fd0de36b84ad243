import type { Language } from "../../domain";
import { RESULT_FIELDS, STRIP, STRIP_OFFSET, resultHeaders } from "../../usecases/resultColumns";
import type { InventoryMapping } from "../../usecases/mapInventory";

/** One column of the preview grid and where its text comes from. */
export type PreviewColumn =
  | { readonly kind: "row"; readonly header: string; readonly width: number }
  | { readonly kind: "input"; readonly header: string; readonly width: number; readonly index: number }
  | { readonly kind: "result"; readonly header: string; readonly width: number; readonly field: number }
  | { readonly kind: "strip"; readonly header: string; readonly width: number; readonly index: number };

const WIDTHS = { row: 56, input: 120, class: 64, band: 64, misfit: 64, flags: 110, strip: 16, rationale: 420 };

/**
 * The grid's columns in the workbook's order: the analyst's columns, then
 * (once evaluated) class, bands, misfit, flags, the 20-descriptor strip and
 * the rationale, headed as the result columns are in the file.
 */
export function previewColumns(mapping: InventoryMapping, evaluated: boolean, language: Language, rowHeader: string): PreviewColumn[] {
  const columns: PreviewColumn[] = [{ kind: "row", header: rowHeader, width: WIDTHS.row }];
  for (let index = 0; index < mapping.lastColumn; index++) {
    columns.push({ kind: "input", header: mapping.headers[index] ?? "", width: WIDTHS.input, index });
  }
  if (!evaluated) return columns;
  const headers = resultHeaders(language);
  const resultHeader = (field: number): string => headers[field < STRIP_OFFSET ? field : field + STRIP.length];
  const width = (field: (typeof RESULT_FIELDS)[number]): number =>
    field === "class" ? WIDTHS.class : field === "misfit" ? WIDTHS.misfit : field === "flags" ? WIDTHS.flags : field === "rationale" ? WIDTHS.rationale : WIDTHS.band;
  RESULT_FIELDS.forEach((field, index) => {
    if (field === "rationale") {
      STRIP.forEach((_, strip) => columns.push({ kind: "strip", header: headers[STRIP_OFFSET + strip], width: WIDTHS.strip, index: strip }));
    }
    columns.push({ kind: "result", header: resultHeader(index), width: width(field), field: index });
  });
  return columns;
}

/** The CSS grid template of a row: every column at its width. */
export function gridTemplate(columns: readonly PreviewColumn[]): string {
  return columns.map((column) => `${column.width}px`).join(" ");
}
