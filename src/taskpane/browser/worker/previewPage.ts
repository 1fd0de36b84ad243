import { CRITERIA, type CriterionKey, type Language, type Level, isBlank } from "../../../domain";
import type { InventoryMapping } from "../../../usecases/mapInventory";
import { readPosts } from "../../../usecases/readPosts";
import { assessedRow, invalidRow } from "../../../usecases/resultRow";
import { FIELD_OFFSETS, RESULT_FIELDS, STRIP, invalidClassText } from "../../../usecases/resultColumns";
import type { CellValue, WorkbookPort } from "../../../workbook/port";
import type { PreviewRequest, PreviewResults, PreviewRow } from "./workerProtocol";

/**
 * A run that wrote portable formulas: the package holds them without a
 * cached result (the spreadsheet that opens the file computes them), so the
 * preview works the results out from the inputs, as the formulas will.
 */
export interface PortableRun {
  /** The mapping the run wrote its formulas for, and the language of its texts. */
  readonly mapping: InventoryMapping;
  readonly language: Language;
}

/** The most rows one page may ask for: a page is one structured clone, kept small. */
export const MAX_PREVIEW_PAGE = 500;

/**
 * A page of the inventory for the preview grid: the analyst's cells as text
 * and, once evaluated, the result cells and which of the 20 descriptors each
 * post meets. The strip in the file is conditional formats over the band
 * cells, so the preview lights it the same way: a level is lit when it lies
 * within the criterion's band ("A2–A3" lights A2 and A3).
 */
export async function previewPage(port: WorkbookPort, request: PreviewRequest, portable?: PortableRun): Promise<PreviewRow[]> {
  const count = Math.min(request.count, MAX_PREVIEW_PAGE);
  if (count <= 0) return [];
  const cells = await port.readValues({ sheet: request.sheet, row: request.first, column: 1, rows: count, columns: request.columns });
  const results =
    request.resultColumn === undefined
      ? undefined
      : await port.readValues({
          sheet: request.sheet,
          row: request.first,
          column: request.resultColumn,
          rows: count,
          columns: Math.max(...FIELD_OFFSETS) + 1,
        });
  const computed = results && portable ? await portableFields(port, portable, request.first, count) : undefined;
  return cells.map((line, r) => ({
    row: request.first + r,
    cells: line.map(displayText),
    results: results ? resultsOf(computed?.get(request.first + r) ?? FIELD_OFFSETS.map((offset) => displayText(results[r][offset] ?? null))) : undefined,
  }));
}

/**
 * The result texts of the inventory rows from `first` (`count` rows) that a
 * portable run filled, by row: what evaluateInventory writes in values mode,
 * so the preview shows what the formulas give once computed.
 */
async function portableFields(port: WorkbookPort, { mapping, language }: PortableRun, first: number, count: number): Promise<Map<number, string[]>> {
  const from = Math.max(first, mapping.firstRow);
  const to = Math.min(first + count - 1, mapping.lastRow);
  const fields = new Map<number, string[]>();
  if (from > to) return fields;
  const blank = RESULT_FIELDS.map(() => "");
  for (let row = from; row <= to; row++) fields.set(row, blank);
  const { list } = await readPosts(port, { ...mapping, firstRow: from, lastRow: to }, language);
  for (const post of list) {
    fields.set(
      post.row,
      (post.assessment ? assessedRow(post.assessment, language) : invalidRow(post.problems ?? [], language)).map((cell) => displayText(cell as CellValue)),
    );
  }
  return fields;
}

/** The preview of one row's results from its texts in RESULT_FIELDS order. */
function resultsOf(fields: readonly string[]): PreviewResults {
  const classText = fields[RESULT_FIELDS.indexOf("class")];
  const bands = new Map<CriterionKey, readonly Level[]>(
    CRITERIA.map((criterion) => [criterion, bandLevels(fields[RESULT_FIELDS.indexOf(criterion)])]),
  );
  return {
    fields,
    level: classLevel(classText),
    lit: STRIP.map(({ criterion, level }) => (bands.get(criterion) ?? []).includes(level)),
  };
}

/** The levels a band cell covers: "A2" → [2], "A2–A4" → [2, 3, 4], anything else → []. */
export function bandLevels(text: string): Level[] {
  const match = /^A([1-4])(?:\s*[–-]\s*A([1-4]))?$/.exec(text.trim());
  if (!match) return [];
  const low = Number(match[1]);
  const high = Number(match[2] ?? match[1]);
  const levels: Level[] = [];
  for (let level = low; level <= high; level++) levels.push(level as Level);
  return levels;
}

function classLevel(text: string): PreviewResults["level"] {
  const match = /^A([1-4])$/.exec(text.trim());
  if (match) return Number(match[1]) as Level;
  if (isBlank(text)) return null;
  return (["nl", "fr", "en"] as const).some((language) => invalidClassText(language) === text) ? 0 : null;
}

/** A cell as the grid shows it: numbers and booleans as typed, an error cell by its code. */
function displayText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.code;
  return String(value);
}
