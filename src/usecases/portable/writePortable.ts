import type { Language } from "../../domain";
import { type Block, type CellContent, type WorkbookPort, address } from "../../workbook/port";
import type { InventoryMapping } from "../mapInventory";
import type { ResultsRecord } from "../ownership";
import { RESULT_WIDTH } from "../resultColumns";
import { sameFormula } from "../resultFormulas";
import { FORMS_SHEET, formsSheet } from "./formsSheet";
import { portableRowFormulas } from "./portableFormulas";

/** Where the results go (a ResultsPlace: the use cases' own, named here so this room needs nothing of resultsPlace). */
interface PortablePlace {
  readonly mapping: InventoryMapping;
  readonly column: number;
  readonly lastRow: number;
  readonly earlier?: ResultsRecord;
}

/** The portable formulas of an inventory's first data row, in result-column order, with the forms sheet they read. */
export function portableFormulas(mapping: InventoryMapping, column: number, language: Language): (string | null)[] {
  return portableRowFormulas(mapping, column, formsSheet().layout, language);
}

/**
 * Writes the forms sheet (anew on a re-run: it is the product's), the
 * headers, and the row formulas filled down the inventory. Rows an earlier,
 * longer run wrote below the inventory are emptied.
 */
export async function writePortable(port: WorkbookPort, place: PortablePlace, headers: readonly string[], formulas: readonly (string | null)[]): Promise<void> {
  const { mapping, column } = place;
  const forms = formsSheet();
  if (!(await port.addSheet(FORMS_SHEET))) await port.clearSheet(FORMS_SHEET);
  await port.write({ sheet: FORMS_SHEET, row: 1, column: 1, rows: forms.rows.length, columns: forms.rows[0].length }, forms.rows);
  await port.setSheetHidden(FORMS_SHEET, true);

  await port.write({ sheet: mapping.sheet, row: mapping.headerRow, column, rows: 1, columns: RESULT_WIDTH }, [headers]);
  const rows = mapping.lastRow - mapping.firstRow + 1;
  if (rows > 0) await port.fillFormulas({ sheet: mapping.sheet, row: mapping.firstRow, column, rows, columns: RESULT_WIDTH }, formulas);
  if (place.lastRow > Math.max(mapping.lastRow, mapping.headerRow)) {
    const from = Math.max(mapping.lastRow, mapping.headerRow) + 1;
    await port.clearContents({ sheet: mapping.sheet, row: from, column, rows: place.lastRow - from + 1, columns: RESULT_WIDTH });
  }
}

/** A formula with its own row's relative references (`$E7`) read as the first row's, so every row of a filled column compares equal. */
const anyRow = (formula: string): string => formula.replace(/\$([A-Z]{1,3})(\d+)/g, "$$$1#");

/**
 * Portable mode's re-run check: every cell of each column an earlier run
 * filled must still hold that column's formula (shifted to its row); a value
 * typed over one is the analyst's, and is never written over. Returns the
 * offsets of the columns with such a cell, and the first such cell.
 */
export async function editedPortable(port: WorkbookPort, { mapping, column, earlier }: PortablePlace): Promise<{ offsets: number[]; first?: string }> {
  const written = earlier?.formulas ?? [];
  const rows = (earlier?.lastRow ?? 0) - mapping.firstRow + 1;
  if (rows <= 0) return { offsets: [] };
  const blocks = written.map((formula, offset): Block | null => (formula === null ? null : { sheet: mapping.sheet, row: mapping.firstRow, column: column + offset, rows, columns: 1 }));
  const read = await Promise.all(blocks.map((block) => (block ? port.readFormulas(block) : Promise.resolve([] as CellContent[][]))));
  const offsets: number[] = [];
  let first: string | undefined;
  written.forEach((formula, offset) => {
    if (formula === null) return;
    const expected = anyRow(formula);
    const row = read[offset].findIndex(([cell]) => !(cell !== null && typeof cell === "object" && "formula" in cell && sameFormula(anyRow(cell.formula), expected)));
    if (row < 0) return;
    offsets.push(offset);
    first ??= address({ row: mapping.firstRow + row, column: column + offset });
  });
  return { offsets, first };
}
