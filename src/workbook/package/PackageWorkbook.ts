import {
  type Block,
  type CellContent,
  type CellLink,
  type CellStyle,
  type CellValue,
  type ConditionalFormat,
  type TableInfo,
  type WorkbookPort,
  address,
  blockInside,
  blocksOverlap,
} from "../port";
import { isBlank } from "../../domain";
import { blocksOfReference } from "./cellGrid";
import { formulaText } from "./cellXml";
import { type PackageParts, blankParts, openParts } from "./packageParts";
import { savePackage } from "./packageSave";
import { OwnSheet } from "./ownSheet";
import { SheetPatch } from "./sheetPatch";
import { readSheet } from "./sheetReader";
import type { SheetSlot } from "./sheetSlot";

/**
 * The workbook port over the analyst's .xlsx package, for the batch tool
 * and browser mode. It never builds a model of the whole workbook: a sheet's
 * values are streamed in when a use case first reads it, what the use cases
 * write is recorded (a patch for an existing sheet, a model for the
 * product's own sheets), and `save` writes a copy in which every part the
 * product did not change is the original's compressed bytes, and the parts
 * it did change (the inventory sheet, styles.xml, workbook.xml, their
 * relationships and content types) are only appended to.
 */
export class PackageWorkbook implements WorkbookPort {
  /** HR.* functions do not compute in a file written here: results are written as values. */
  readonly liveFormulas = false;

  private constructor(private readonly parts: PackageParts) {}

  /** Opens a package from its bytes; what cannot be read as a workbook is a PackageRefusal. */
  static async open(bytes: Uint8Array): Promise<PackageWorkbook> {
    return new PackageWorkbook(await openParts(bytes));
  }

  /** An empty workbook (a CSV inventory's copy): only the sheets the product adds. */
  static async blank(): Promise<PackageWorkbook> {
    return new PackageWorkbook(await blankParts());
  }

  /** True when the package holds macros (an .xlsm): its copy must stay an .xlsm. */
  get macroEnabled(): boolean {
    return this.parts.macroEnabled;
  }

  /** Writes the copy; `out` receives the zip's bytes. */
  async save(out: WritableStream<Uint8Array>): Promise<void> {
    // A sheet given widths or rules without being read has no facts yet, and the patcher needs them.
    for (const slot of this.parts.sheets) if (slot.patch?.changed && !slot.own && slot.part) await this.loaded(slot);
    return savePackage(this.parts, out);
  }

  /** Writes go into the patch or the sheet's model; nothing waits. */
  async flush(): Promise<void> {}

  async sheetNames(): Promise<string[]> {
    return this.parts.sheets.map((s) => s.name);
  }

  async tables(): Promise<TableInfo[]> {
    return this.parts.tables();
  }

  async usedBlock(sheet: string): Promise<Block | null> {
    const grid = await this.grid(sheet);
    const used = grid?.usedBlock(sheet) ?? null;
    const slot = this.slot(sheet);
    const patch = slot.own ? slot.own.filled : slot.patch;
    if (!patch) return used;
    const written = patch.writtenExtent();
    if (written.lastRow === 0) return used;
    return { sheet, row: 1, column: 1, rows: Math.max(used?.rows ?? 0, written.lastRow), columns: Math.max(used?.columns ?? 0, written.lastColumn) };
  }

  async readValues(block: Block): Promise<CellValue[][]> {
    const read = await this.reader(block.sheet);
    return Array.from({ length: block.rows }, (_, r) => Array.from({ length: block.columns }, (_, c) => read(block.row + r, block.column + c)));
  }

  async readColumn(block: Block): Promise<CellValue[]> {
    const read = await this.reader(block.sheet);
    return Array.from({ length: block.rows }, (_, r) => read(block.row + r, block.column));
  }

  async readFormulas(block: Block): Promise<CellContent[][]> {
    const slot = this.slot(block.sheet);
    const values = await this.readValues(block);
    const formulas = slot.own ? undefined : await this.originalFormulas(slot, block);
    return values.map((line, r) =>
      line.map((value, c) => {
        const row = block.row + r;
        const column = block.column + c;
        const written = slot.patch?.valueAt(row, column);
        const formula = slot.own
          ? slot.own.formulaAt(row, column)
          : written !== undefined
            ? formulaOf(written)
            : formulas?.get(`${row}:${column}`);
        return formula !== undefined ? { formula: formulaText(formula) } : value;
      }),
    );
  }

  async filledCells(block: Block, limit: number): Promise<string[]> {
    const read = await this.reader(block.sheet);
    const found: string[] = [];
    for (let r = 0; r < block.rows && found.length < limit; r++) {
      for (let c = 0; c < block.columns && found.length < limit; c++) {
        if (!isBlank(read(block.row + r, block.column + c))) found.push(address({ row: block.row + r, column: block.column + c }));
      }
    }
    return found;
  }

  async mergedAreas(block: Block): Promise<Block[]> {
    const slot = this.slot(block.sheet);
    if (slot.own || !slot.part) return [];
    const { facts } = await this.loaded(slot);
    return facts.merges.flatMap((ref) => blocksOfReference(ref, block.sheet, slot.part ?? "")).filter((area) => blocksOverlap(area, block));
  }

  async addSheet(name: string): Promise<boolean> {
    return this.parts.addSheet(name);
  }

  async clearSheet(name: string): Promise<void> {
    const slot = this.slot(name);
    slot.own = new OwnSheet();
    slot.replaced = slot.entry !== undefined;
    slot.loaded = undefined;
    slot.patch = undefined;
  }

  async setSheetHidden(name: string, hidden: boolean): Promise<void> {
    this.slot(name).state = hidden ? "veryHidden" : "visible";
  }

  async write(block: Block, content: readonly (readonly CellContent[])[]): Promise<void> {
    const slot = this.slot(block.sheet);
    if (slot.own) {
      content.forEach((line, r) => line.forEach((value, c) => slot.own?.write(block.row + r, block.column + c, value)));
      slot.own.wrote(block, content);
      return;
    }
    await this.loaded(slot);
    // The values stay in the patch only (reads look there first): a million result rows are held once.
    this.patchOf(slot).write(block, content);
  }

  /**
   * Kept as one block (no string per cell) and written as shared formulas
   * (ECMA-376 Part 1, 18.3.1.40), one group per column, numbered above every
   * `si` the sheet already uses; the copy's workbook.xml then asks for a
   * full calculation on load (packageSave.ts), as no cell has a cached value.
   * Filled cells read back as their group's formula.
   */
  async fillFormulas(block: Block, formulas: readonly (string | null)[]): Promise<void> {
    if (formulas.length !== block.columns) throw new Error(`fillFormulas: ${formulas.length} formulas for a block of ${block.columns} columns`);
    if (block.rows <= 0 || block.columns <= 0) return;
    const slot = this.slot(block.sheet);
    if (slot.own) {
      slot.own.fill(block, formulas);
      return;
    }
    const { highestSharedIndex } = await this.loaded(slot);
    this.patchOf(slot).fill(block, formulas, (highestSharedIndex ?? -1) + 1);
  }

  async clearContents(block: Block): Promise<void> {
    const empty = Array.from({ length: block.rows }, () => new Array<CellContent>(block.columns).fill(null));
    const slot = this.slot(block.sheet);
    if (slot.own) return this.write(block, empty);
    await this.loaded(slot);
    this.patchOf(slot).clear(block);
  }

  async addTableColumns(...[table]: Parameters<WorkbookPort["addTableColumns"]>): Promise<void> {
    throw new Error(`Table "${table}": calculated columns of HR.* formulas need Excel; write results as values in a file.`);
  }

  async style(block: Block, style: CellStyle): Promise<void> {
    const slot = this.slot(block.sheet);
    const own = slot.own;
    if (own) {
      // Layered on what the product set there before, as Excel does: one lookup per distinct earlier format.
      const layered = new Map<number | undefined, number>();
      for (let r = block.row; r < block.row + block.rows; r++) {
        for (let c = block.column; c < block.column + block.columns; c++) {
          const before = own.styleAt(r, c);
          let index = layered.get(before);
          if (index === undefined) layered.set(before, (index = this.parts.styles.layered(before, style)));
          own.setStyle(r, c, index);
        }
      }
      return;
    }
    await this.loaded(slot);
    this.patchOf(slot).style(block, (before) => this.parts.styles.layered(before, style));
  }

  async setColumnWidths(sheet: string, firstColumn: number, widths: readonly number[]): Promise<void> {
    const slot = this.slot(sheet);
    const target = slot.own ? slot.own.widths : this.patchOf(slot).widths;
    widths.forEach((width, i) => target.set(firstColumn + i, width));
  }

  async setRowHeights(sheet: string, firstRow: number, heights: readonly number[]): Promise<void> {
    const own = this.slot(sheet).own;
    // An existing sheet's rows keep the analyst's heights (the product only sets heights on its own sheets).
    if (own) heights.forEach((height, i) => own.heights.set(firstRow + i, height));
  }

  async linkCells(sheet: string, links: readonly CellLink[]): Promise<void> {
    const own = this.slot(sheet).own;
    // The product adds links on its own sheets only; an analyst's sheet keeps its own hyperlinks part as it is.
    if (!own) throw new Error(`linkCells: "${sheet}" is not one of the product's own sheets.`);
    for (const link of links) own.link(link);
  }

  async freeze(sheet: string, rows: number, columns: number): Promise<void> {
    const own = this.slot(sheet).own;
    // An existing sheet's views are the analyst's and stay as they are.
    if (own) own.frozen = { rows, columns };
  }

  async removeConditionalFormats(block: Block): Promise<void> {
    const slot = this.slot(block.sheet);
    if (slot.own) slot.own.formats = slot.own.formats.filter((f) => !blockInside(f.block, block));
    else this.patchOf(slot).removeConditionalFormats(block);
  }

  async addConditionalFormats(formats: readonly ConditionalFormat[]): Promise<void> {
    for (const format of formats) {
      const slot = this.slot(format.block.sheet);
      const resolved = { block: format.block, formula: format.formula, dxf: this.parts.styles.differentialFormat(format.fill, format.fontColor) };
      if (slot.own) slot.own.formats.push(resolved);
      else this.patchOf(slot).conditionalFormats.push(resolved);
    }
  }

  async setListValidation(block: Block, items: readonly string[], message: string): Promise<void> {
    await this.removeValidation(block);
    const slot = this.slot(block.sheet);
    (slot.own ? slot.own.validations : this.patchOf(slot).validations).push({ block, items, message });
  }

  async removeValidation(block: Block): Promise<void> {
    const slot = this.slot(block.sheet);
    if (slot.own) slot.own.validations = slot.own.validations.filter((v) => !blockInside(v.block, block));
    else this.patchOf(slot).removeValidation(block);
  }

  async hasValidation(block: Block): Promise<boolean> {
    const slot = this.slot(block.sheet);
    if (slot.own) return slot.own.validations.some((v) => blocksOverlap(v.block, block));
    const { facts } = await this.loaded(slot);
    const patch = slot.patch;
    const existing = facts.validations.flatMap((sqref) => blocksOfReference(sqref, block.sheet, slot.part ?? ""));
    const kept = existing.filter((b) => !(patch?.removedValidations ?? []).some((removed) => blockInside(b, removed)));
    return [...kept, ...(patch?.validations ?? []).map((v) => v.block)].some((b) => blocksOverlap(b, block));
  }

  async addColumnChart(sheet: string, data: Block, title: string, at: Block): Promise<boolean> {
    const own = this.slot(sheet).own;
    if (!own) return false;
    own.chart = { data, title, at };
    return true;
  }

  private slot(name: string): SheetSlot {
    const slot = this.parts.sheets.find((s) => s.name === name);
    if (!slot) throw new Error(`The workbook has no sheet named "${name}".`);
    return slot;
  }

  private patchOf(slot: SheetSlot): SheetPatch {
    return (slot.patch ??= new SheetPatch());
  }

  /** How a sheet's cells read: what the product wrote there first, then what the file holds. */
  private async reader(sheet: string): Promise<(row: number, column: number) => CellValue> {
    const grid = await this.grid(sheet);
    const slot = this.slot(sheet);
    const patch = slot.own ? slot.own.filled : slot.patch;
    return (row, column) => {
      const written = patch?.valueAt(row, column);
      if (written === undefined) return grid?.get(row, column) ?? null;
      const formula = formulaOf(written);
      return formula !== undefined ? formulaText(formula) : (written as CellValue);
    };
  }

  private async grid(sheet: string): Promise<OwnSheet["cells"] | undefined> {
    const slot = this.slot(sheet);
    if (slot.own) return slot.own.cells;
    if (!slot.part) return undefined; // a chart sheet: no cells
    return (await this.loaded(slot)).cells;
  }

  /** An existing worksheet's values and facts, streamed in on first use. */
  private async loaded(slot: SheetSlot): Promise<NonNullable<SheetSlot["loaded"]>> {
    if (slot.loaded) return slot.loaded;
    if (!slot.part) throw new Error(`"${slot.name}" is not a worksheet.`);
    const { parts } = this;
    slot.loaded = await readSheet(parts.zip.textChunks(slot.part), {
      part: slot.part,
      sharedStrings: await parts.sharedStrings(),
      styles: parts.styles,
      date1904: parts.date1904,
    });
    return slot.loaded;
  }

  private async originalFormulas(slot: SheetSlot, block: Block): Promise<Map<string, string> | undefined> {
    if (!slot.part) return undefined;
    const found = new Map<string, string>();
    await readSheet(this.parts.zip.textChunks(slot.part), { part: slot.part, sharedStrings: await this.parts.sharedStrings(), date1904: this.parts.date1904, formulasIn: { block, found } });
    return found;
  }
}

/** The formula of written content, or undefined for a value. */
function formulaOf(content: CellContent): string | undefined {
  return content !== null && typeof content === "object" && "formula" in content ? content.formula : undefined;
}
