import type { Block } from "../port";
import { OPERATION_BYTES, textBytes } from "./chunks";
import type { QueueEntry } from "./syncQueue";

/**
 * The queue entries of `fillFormulas` over office.js: per run of adjacent
 * columns that have a formula, the first row's formulas are written
 * (`Range.formulas`), then copied down the rest of the block with
 * `Range.copyFrom(firstRow, "Formulas")`, which Excel does itself: the
 * request's size and the number of syncs do not depend on the row count.
 *
 * - Range.copyFrom (ExcelApi 1.9): "Copies cell data or formatting from the
 *   source range or RangeAreas to the current range … Like the copy
 *   functionality in the Excel UI, if the destination range is an exact
 *   multiple greater than the source range in either rows or columns, then
 *   the source content is replicated multiple times."
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)
 * - "The Range.copyFrom method replicates the Copy and Paste actions of the
 *   Excel UI"; `Excel.RangeCopyType.formulas` "transfers the formulas in the
 *   source cells and preserves the relative positioning of those formulas'
 *   ranges": relative references move with each row, `$` parts stay.
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-cut-copy-paste
 * - Excel.RangeCopyType.formulas = "Formulas" (ExcelApi 1.9): the string is
 *   passed, so no `Excel` global is needed to build the request.
 *   https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangecopytype
 *
 * A column whose formula is null is left alone: the row splits around it.
 */
export function fillEntries(block: Block, formulas: readonly (string | null)[], range: (block: Block) => Excel.Range): QueueEntry[] {
  if (formulas.length !== block.columns) throw new Error(`fillFormulas: ${formulas.length} formulas for a block of ${block.columns} columns`);
  if (block.rows <= 0) return [];
  return formulaRuns(formulas).map(({ offset, texts }) => {
    const firstRow = { ...block, column: block.column + offset, rows: 1, columns: texts.length };
    return {
      bytes: OPERATION_BYTES * 2 + texts.reduce((sum, text) => sum + textBytes(text), 0),
      queue: () => {
        const source = range(firstRow);
        source.formulas = [texts];
        if (block.rows > 1) range({ ...firstRow, row: block.row + 1, rows: block.rows - 1 }).copyFrom(source, "Formulas");
      },
    };
  });
}

/** The runs of adjacent non-null formulas, each formula with its "=". */
function formulaRuns(formulas: readonly (string | null)[]): { offset: number; texts: string[] }[] {
  const runs: { offset: number; texts: string[] }[] = [];
  formulas.forEach((formula, i) => {
    if (formula === null) return;
    const text = formula.startsWith("=") ? formula : `=${formula}`;
    const last = runs[runs.length - 1];
    if (last && last.offset + last.texts.length === i) last.texts.push(text);
    else runs.push({ offset: i, texts: [text] });
  });
  return runs;
}
