import type { Language } from "../domain";
import { type Block, type CellValue, type WorkbookPort, address, columnLetter } from "../workbook/port";
import { fingerprint } from "./fingerprint";
import { checkRoomForResults } from "./inventoryLayout";
import type { InventoryMapping } from "./mapInventory";
import type { ResultsRecord } from "./ownership";
import { FIELD_OFFSETS, RESULT_WIDTH, STRIP, STRIP_OFFSET } from "./resultColumns";
import { sameFormula } from "./resultFormulas";
import { editedPortable } from "./portable/writePortable";
import { text } from "./readPosts";
import { Stop } from "./stop";
import { stopMessages } from "./stopMessages";

/** Where the result columns go and what an earlier run left there. */
export interface ResultsPlace {
  readonly mapping: InventoryMapping;
  readonly column: number;
  /** Last row results are written for: the inventory's, or the earlier run's when that was longer. */
  readonly lastRow: number;
  readonly earlier?: ResultsRecord;
}

/**
 * Refuses to write over anything the analyst wrote, or where a result would
 * not show on its own row: the result columns must fit before column XFD
 * (the merged cells in them are returned); on a first run the result block must be empty; on a
 * re-run the product's headers must be as it wrote them, its result cells
 * unedited (value fingerprints, or the formulas it wrote), and the strip and
 * the rows below its earlier results empty.
 */
export async function checkPlaceIsFree(port: WorkbookPort, place: ResultsPlace, language: Language): Promise<MergedInResults> {
  const { mapping, column, lastRow } = place;
  checkRoomForResults(mapping.sheet, column, language);
  // Both reads in one request for an office.js adapter.
  const block: Block = { sheet: mapping.sheet, row: mapping.headerRow, column, rows: lastRow - mapping.headerRow + 1, columns: RESULT_WIDTH };
  const [areas] = await Promise.all([port.mergedAreas(block), checkCellsAreFree(port, place, language)]);
  return { areas, block };
}

/** The merged areas sharing a cell with the result block: the caller refuses those on a post's row (refuseMergedResults), once it knows the posts. */
export interface MergedInResults {
  readonly areas: readonly Block[];
  readonly block: Block;
}

/** The result block holds nothing but what the product wrote (see checkPlaceIsFree). */
async function checkCellsAreFree(port: WorkbookPort, place: ResultsPlace, language: Language): Promise<void> {
  const { mapping, column, lastRow, earlier } = place;
  const say = stopMessages(language);
  const sheet = mapping.sheet;
  const foreign = async (blocks: Block[]): Promise<void> => {
    const found = await Promise.all(blocks.filter((b) => b.rows > 0).map((b) => port.filledCells(b, 6)));
    const cells = found.flat();
    if (cells.length > 0) {
      throw new Stop("foreignCells", say.foreignCells(sheet, cells.slice(0, 5).join(", ") + (cells.length > 5 ? ", …" : "")));
    }
  };
  const band = (offset: number, columns: number, from: number, to: number): Block => ({ sheet, row: from, column: column + offset, rows: Math.max(0, to - from + 1), columns });
  if (!earlier) return foreign([band(0, RESULT_WIDTH, mapping.headerRow, lastRow)]);

  // All reads of a re-run at once (one request for an office.js adapter), then the verdicts in order.
  const rationale = FIELD_OFFSETS[FIELD_OFFSETS.length - 1];
  const [headerRow, edited, strayCells] = await Promise.all([
    port.readValues(band(0, RESULT_WIDTH, mapping.headerRow, mapping.headerRow)),
    earlier.mode === "formulas" ? editedFormulas(port, place, language) : earlier.mode === "portable" ? editedPortable(port, place).then((e) => e.offsets) : editedValues(port, place),
    // The strip stays empty, and cells below the earlier results were never the product's.
    foreign([
      band(STRIP_OFFSET, STRIP.length, mapping.firstRow, lastRow),
      band(0, STRIP_OFFSET, earlier.lastRow + 1, lastRow),
      band(rationale, 1, earlier.lastRow + 1, lastRow),
    ]).then(
      () => null,
      (stop: unknown) => stop,
    ),
  ]);
  const found = headerRow[0].map(text);
  const changed = earlier.headers.findIndex((h, i) => found[i] !== h);
  if (changed >= 0) {
    const cell = address({ row: mapping.headerRow, column: column + changed });
    throw new Stop("changedResults", say.changedResults(sheet, cell, earlier.headers[changed], found[changed]));
  }
  if (edited.length > 0) {
    const columns = edited.map((offset) => `${columnLetter(column + offset)} "${earlier.headers[offset]}"`).join(", ");
    throw new Stop("editedResults", say.editedResults(sheet, columns));
  }
  if (strayCells) throw strayCells;
}

/** Offsets of value columns whose cells differ from what the product wrote. */
async function editedValues(port: WorkbookPort, { mapping, column, earlier }: ResultsPlace): Promise<number[]> {
  if (!earlier) return [];
  const blocks = FIELD_OFFSETS.map((offset): Block => ({ sheet: mapping.sheet, row: mapping.firstRow, column: column + offset, rows: Math.max(0, earlier.lastRow - mapping.firstRow + 1), columns: 1 }));
  const columns = await Promise.all(blocks.map((block) => (block.rows > 0 ? port.readColumn(block) : Promise.resolve([] as CellValue[]))));
  return FIELD_OFFSETS.filter((_, field) => fingerprint(columns[field]) !== earlier.fingerprints[field]);
}

/**
 * Formulas mode: the first data row must still hold the formulas written
 * (a spilled range's anchors, a table's calculated columns), and a spilled
 * anchor must not show #SPILL! (a cell typed into its result area).
 */
async function editedFormulas(port: WorkbookPort, { mapping, column, earlier }: ResultsPlace, language: Language): Promise<number[]> {
  const written = earlier?.formulas ?? [];
  const anchorRow: Block = { sheet: mapping.sheet, row: mapping.firstRow, column, rows: 1, columns: RESULT_WIDTH };
  // A table's calculated columns cannot spill: their values are not needed.
  const spills = earlier?.table === undefined;
  const [formulas, values] = await Promise.all([port.readFormulas(anchorRow), spills ? port.readValues(anchorRow) : Promise.resolve([[]])]);
  const edited: number[] = [];
  written.forEach((formula, offset) => {
    if (formula === null) return;
    const found = formulas[0][offset];
    const foundFormula = found !== null && typeof found === "object" && "formula" in found ? found.formula : null;
    if (!sameFormula(formula, foundFormula)) edited.push(offset);
    const value = values[0][offset];
    if (spills && value !== null && value !== undefined && typeof value === "object" && value.code.toUpperCase().includes("SPILL")) {
      throw new Stop("spillBlocked", stopMessages(language).spillBlocked(mapping.sheet, address({ row: mapping.firstRow, column: column + offset })));
    }
  });
  return edited;
}
