import type { Language } from "../../domain";
import type { InventoryMapping } from "../../usecases/mapInventory";
import { RESULT_FIELDS, STRIP, STRIP_OFFSET, resultHeaders } from "../../usecases/resultColumns";

/** One column of the preview grid and where its text comes from. */
export type PreviewColumn =
  | { readonly kind: "row"; readonly header: string; readonly width: number }
  | { readonly kind: "input"; readonly header: string; readonly width: number; readonly index: number }
  | { readonly kind: "result"; readonly header: string; readonly width: number; readonly field: number }
  | { readonly kind: "strip"; readonly header: string; readonly width: number; readonly index: number };

const WIDTHS = { row: 56, input: 120, class: 72, band: 64, misfit: 64, flags: 110, strip: 16, rationale: 420 };

/** The inputs that say which post a row is: shown first, beside its results. */
const IDENTIFYING = ["postId", "title", "currentClass"] as const;

/**
 * The grid's columns: the row number, the columns naming the post (ID,
 * title, current class), then — once evaluated — the indicative class, the
 * 20-descriptor strip, the bands, misfit, flags and rationale, then the
 * analyst's other columns. The results come early so a narrow pane shows
 * them without scrolling sideways; headers are those written in the file.
 */
export function previewColumns(mapping: InventoryMapping, evaluated: boolean, language: Language, rowHeader: string): PreviewColumn[] {
  const input = (index: number): PreviewColumn => ({ kind: "input", header: mapping.headers[index] ?? "", width: WIDTHS.input, index });
  const identifying = IDENTIFYING.map((name) => mapping.columns[name]).filter((column): column is number => column !== undefined && column <= mapping.lastColumn);
  const columns: PreviewColumn[] = [{ kind: "row", header: rowHeader, width: WIDTHS.row }, ...identifying.map((column) => input(column - 1))];
  if (evaluated) {
    const headers = resultHeaders(language);
    const result = (name: (typeof RESULT_FIELDS)[number], width: number): PreviewColumn => {
      const field = RESULT_FIELDS.indexOf(name);
      return { kind: "result", header: headers[field < STRIP_OFFSET ? field : field + STRIP.length], width, field };
    };
    columns.push(result("class", WIDTHS.class));
    STRIP.forEach((_, strip) => columns.push({ kind: "strip", header: headers[STRIP_OFFSET + strip], width: WIDTHS.strip, index: strip }));
    for (const name of RESULT_FIELDS) {
      if (name === "class" || name === "rationale") continue;
      columns.push(result(name, name === "misfit" ? WIDTHS.misfit : name === "flags" ? WIDTHS.flags : WIDTHS.band));
    }
    columns.push(result("rationale", WIDTHS.rationale));
  }
  for (let index = 0; index < mapping.lastColumn; index++) if (!identifying.includes(index + 1)) columns.push(input(index));
  return columns;
}

/** The CSS grid template of a row: every column at its width. */
export function gridTemplate(columns: readonly PreviewColumn[]): string {
  return columns.map((column) => `${column.width}px`).join(" ");
}
