import { type Block, type CellContent, blockInside, blocksOverlap, columnLetter } from "../port";
import type { SharedFormulaCell } from "./cellXml";
import { shiftRows } from "./formulaShift";

/** What the product does to one cell of an existing sheet: new content (a cell of a shared formula for a filled block), a cleared value, a format. */
export interface CellChange {
  /** Present when the value changes; null clears it. */
  content?: CellContent | SharedFormulaCell;
  /** A cell format index of styles.xml. */
  style?: number;
}

/** A block filled down with one row of formulas (without their "="; null leaves the column alone). */
interface FillLayer {
  readonly kind: "fill";
  readonly block: Block;
  readonly formulas: readonly (string | null)[];
}

/**
 * The format a cell gets from a style change, given the format an earlier
 * change of this patch gave it (undefined when none did): a later style is
 * layered on the product's earlier one, as Excel applies a format.
 */
export type Restyle = (before: number | undefined) => number;

type Layer =
  | { readonly kind: "write"; readonly block: Block; readonly content: readonly (readonly CellContent[])[] }
  | { readonly kind: "clear"; readonly block: Block }
  | { readonly kind: "style"; readonly block: Block; readonly made: ReadonlyMap<number | undefined, number> }
  | FillLayer;

/**
 * The rows [first, last] of one column of a fill that no later change took
 * over: one shared formula (or, for a single row, a plain one). `content` is
 * how its cells read back before the copy is saved: the group's formula, as
 * a shared formula's cells read from a file (sheetReader.ts).
 */
interface FillRun {
  readonly first: number;
  readonly last: number;
  readonly master: SharedFormulaCell | CellContent;
  readonly follower?: SharedFormulaCell;
  readonly content: CellContent;
}

/** A new conditional format, resolved to a differential format of styles.xml. */
export interface NewConditionalFormat {
  readonly block: Block;
  readonly formula: string;
  readonly dxf: number;
}

/** A new list validation. */
export interface NewValidation {
  readonly block: Block;
  readonly items: readonly string[];
  readonly message: string;
}

/**
 * Everything the product changes on a sheet that already exists in the
 * analyst's package, recorded as it is asked for and applied in one
 * streamed pass when the copy is written (see sheetPatcher.ts). Cell
 * changes are kept as the blocks the use cases wrote, not cell by cell,
 * so a million result rows cost the values and nothing more.
 */
export class SheetPatch {
  private readonly layers: Layer[] = [];
  readonly widths = new Map<number, number>();
  conditionalFormats: NewConditionalFormat[] = [];
  validations: NewValidation[] = [];
  /** Blocks whose existing conditional formats (the product's earlier ones) are dropped. */
  readonly removedFormats: Block[] = [];
  /** Blocks whose existing validations (the product's earlier ones) are dropped. */
  readonly removedValidations: Block[] = [];
  private firstRow = Infinity;
  private lastRow = 0;
  private firstColumn = Infinity;
  private lastColumn = 0;
  /** The first `si` the product's shared formulas may take (above every one the sheet uses). */
  private firstSharedIndex = 0;
  /** Each fill's runs by column, worked out when first needed after a change. */
  private runs: Map<FillLayer, Map<number, FillRun[]>> | undefined;

  get changed(): boolean {
    return this.layers.length > 0 || this.widths.size > 0 || this.conditionalFormats.length > 0 || this.validations.length > 0 || this.removedFormats.length > 0 || this.removedValidations.length > 0;
  }

  write(block: Block, content: readonly (readonly CellContent[])[]): void {
    this.add({ kind: "write", block, content });
  }

  clear(block: Block): void {
    this.add({ kind: "clear", block });
  }

  /**
   * Styles the block. Every format its cells can end with is made now, not
   * when the copy is saved (styles.xml may be written before the sheet): a
   * cell's format before this change is none of this patch's, or one an
   * earlier style change over the same cells made.
   */
  style(block: Block, restyle: Restyle): void {
    const before = new Set<number | undefined>([undefined]);
    for (const layer of this.layers) if (layer.kind === "style" && blocksOverlap(layer.block, block)) for (const index of layer.made.values()) before.add(index);
    this.add({ kind: "style", block, made: new Map([...before].map((index) => [index, restyle(index)])) });
  }

  /**
   * Fills the block with one row of formulas, each column as shared
   * formulas (ECMA-376 Part 1, 18.3.1.40) numbered from `firstSharedIndex`
   * on: the sheet's own `si` values lie below it. A later write, clear or
   * fill over part of the block wins there; the rest of the column is split
   * into groups around it, each with its own first cell.
   */
  fill(block: Block, formulas: readonly (string | null)[], firstSharedIndex: number): void {
    if (formulas.length !== block.columns) throw new Error(`fill: ${formulas.length} formulas for a block of ${block.columns} columns`);
    this.firstSharedIndex = Math.max(this.firstSharedIndex, firstSharedIndex);
    this.add({ kind: "fill", block, formulas: formulas.map((f) => (f === null ? null : f.replace(/^=/, ""))) });
  }

  /** True when a block was filled with formulas (the copy then has cells without a cached value). */
  get filled(): boolean {
    return this.layers.some((layer) => layer.kind === "fill");
  }

  /** True when a fill covers a cell of the block. */
  fillOverlaps(block: Block): boolean {
    return this.layers.some((layer) => layer.kind === "fill" && blocksOverlap(layer.block, block));
  }

  removeConditionalFormats(block: Block): void {
    this.conditionalFormats = this.conditionalFormats.filter((f) => !blockInside(f.block, block));
    this.removedFormats.push(block);
  }

  removeValidation(block: Block): void {
    this.validations = this.validations.filter((v) => !blockInside(v.block, block));
    this.removedValidations.push(block);
  }

  /** The span of rows and columns the cell changes touch, or undefined when there are none. */
  get bounds(): { firstRow: number; lastRow: number; firstColumn: number; lastColumn: number } | undefined {
    return this.lastRow === 0 ? undefined : { firstRow: this.firstRow, lastRow: this.lastRow, firstColumn: this.firstColumn, lastColumn: this.lastColumn };
  }

  /** The changes to one row's cells by column, later changes over earlier ones; undefined when the row is untouched. */
  row(row: number): Map<number, CellChange> | undefined {
    if (row < this.firstRow || row > this.lastRow) return undefined;
    let changes: Map<number, CellChange> | undefined;
    for (const layer of this.layers) {
      const { block } = layer;
      if (row < block.row || row >= block.row + block.rows) continue;
      changes ??= new Map();
      if (layer.kind === "fill") {
        this.fillRow(layer, row, changes);
        continue;
      }
      const line = layer.kind === "write" ? layer.content[row - block.row] : undefined;
      for (let c = 0; c < block.columns; c++) {
        if (layer.kind === "write" && (line === undefined || c >= line.length)) continue;
        const column = block.column + c;
        let change = changes.get(column);
        if (change === undefined) changes.set(column, (change = {}));
        if (layer.kind === "write") change.content = line?.[c];
        else if (layer.kind === "clear") change.content = null;
        else change.style = layer.made.get(change.style) ?? layer.made.get(undefined);
      }
    }
    return changes;
  }

  /** What the patch wrote at a cell (null where it cleared it), or undefined where it wrote nothing: the latest change wins. */
  valueAt(row: number, column: number): CellContent | undefined {
    if (row < this.firstRow || row > this.lastRow || column < this.firstColumn || column > this.lastColumn) return undefined;
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i];
      const { block } = layer;
      if (row < block.row || row >= block.row + block.rows || column < block.column || column >= block.column + block.columns) continue;
      if (layer.kind === "clear") return null;
      if (layer.kind === "fill") {
        const formula = layer.formulas[column - block.column];
        if (formula === null) continue;
        return runAt(this.fillRuns().get(layer)?.get(column), row)?.content ?? { formula };
      }
      if (layer.kind === "write") {
        const line = layer.content[row - block.row];
        if (line !== undefined && column - block.column < line.length) return line[column - block.column];
      }
    }
    return undefined;
  }

  /** The last row and column where the patch wrote something that is not blank (0 when nothing; a later clear is not subtracted). */
  writtenExtent(): { lastRow: number; lastColumn: number } {
    let lastRow = 0;
    let lastColumn = 0;
    for (const layer of this.layers) {
      if (layer.kind === "fill") {
        const last = layer.formulas.reduce<number>((found, f, c) => (f === null ? found : c + 1), 0);
        if (last === 0) continue;
        lastRow = Math.max(lastRow, layer.block.row + layer.block.rows - 1);
        lastColumn = Math.max(lastColumn, layer.block.column + last - 1);
        continue;
      }
      if (layer.kind !== "write") continue;
      layer.content.forEach((line, r) =>
        line.forEach((value, c) => {
          if (value === null || value === "") return;
          lastRow = Math.max(lastRow, layer.block.row + r);
          lastColumn = Math.max(lastColumn, layer.block.column + c);
        }),
      );
    }
    return { lastRow, lastColumn };
  }

  /** One row of a fill: the cell of its column's group, where no later change took the cell. */
  private fillRow(layer: FillLayer, row: number, changes: Map<number, CellChange>): void {
    const runs = this.fillRuns().get(layer);
    const { block } = layer;
    for (let c = 0; c < block.columns; c++) {
      if (layer.formulas[c] === null) continue;
      const column = block.column + c;
      const run = runAt(runs?.get(column), row);
      if (!run) continue; // a later layer has this cell
      let change = changes.get(column);
      if (change === undefined) changes.set(column, (change = {}));
      change.content = row === run.first ? run.master : (run.follower ?? run.master);
    }
  }

  /** Every fill's groups, numbered in the order of the fills, their columns and rows. */
  private fillRuns(): Map<FillLayer, Map<number, FillRun[]>> {
    if (this.runs) return this.runs;
    const runs = new Map<FillLayer, Map<number, FillRun[]>>();
    let next = this.firstSharedIndex;
    this.layers.forEach((layer, index) => {
      if (layer.kind !== "fill") return;
      const { block } = layer;
      const byColumn = new Map<number, FillRun[]>();
      layer.formulas.forEach((formula, c) => {
        if (formula === null) return;
        const column = block.column + c;
        const free = this.untaken(index, column, block.row, block.row + block.rows - 1);
        byColumn.set(
          column,
          free.map(([first, last]): FillRun => {
            const text = first === block.row ? formula : shiftRows(formula, first - block.row);
            const content = { formula: text };
            if (first === last) return { first, last, master: content, content };
            const letters = columnLetter(column);
            const shared = next++;
            return { first, last, content, master: { shared, formula: text, ref: `${letters}${first}:${letters}${last}` }, follower: { shared } };
          }),
        );
      });
      runs.set(layer, byColumn);
    });
    this.runs = runs;
    return runs;
  }

  /** The row intervals of [from, to] in `column` that no layer after `index` writes, clears or fills. */
  private untaken(index: number, column: number, from: number, to: number): [number, number][] {
    const taken: [number, number][] = [];
    for (let j = index + 1; j < this.layers.length; j++) {
      const later = this.layers[j];
      const { block } = later;
      const lo = Math.max(from, block.row);
      const hi = Math.min(to, block.row + block.rows - 1);
      if (later.kind === "style" || lo > hi || column < block.column || column >= block.column + block.columns) continue;
      if (later.kind === "clear" || (later.kind === "fill" && later.formulas[column - block.column] !== null)) taken.push([lo, hi]);
      if (later.kind !== "write") continue;
      // A write takes a cell only where its line reaches the column (see row()).
      const c = column - block.column;
      let start = -1;
      for (let r = lo; r <= hi; r++) {
        const line = later.content[r - block.row];
        const takes = line !== undefined && c < line.length;
        if (takes && start < 0) start = r;
        else if (!takes && start >= 0) {
          taken.push([start, r - 1]);
          start = -1;
        }
      }
      if (start >= 0) taken.push([start, hi]);
    }
    taken.sort((a, b) => a[0] - b[0]);
    const free: [number, number][] = [];
    let next = from;
    for (const [lo, hi] of taken) {
      if (lo > next) free.push([next, lo - 1]);
      next = Math.max(next, hi + 1);
    }
    if (next <= to) free.push([next, to]);
    return free;
  }

  private add(layer: Layer): void {
    const { block } = layer;
    if (block.rows <= 0 || block.columns <= 0) return;
    this.runs = undefined;
    this.layers.push(layer);
    this.firstRow = Math.min(this.firstRow, block.row);
    this.lastRow = Math.max(this.lastRow, block.row + block.rows - 1);
    this.firstColumn = Math.min(this.firstColumn, block.column);
    this.lastColumn = Math.max(this.lastColumn, block.column + block.columns - 1);
  }
}

/** The run holding `row` (runs are in row order and do not overlap). */
function runAt(runs: readonly FillRun[] | undefined, row: number): FillRun | undefined {
  if (!runs) return undefined;
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = runs[mid];
    if (row < run.first) hi = mid - 1;
    else if (row > run.last) lo = mid + 1;
    else return run;
  }
  return undefined;
}

