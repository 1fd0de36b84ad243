import { type Block, type CellContent, blockInside } from "../port";

/** What the product does to one cell of an existing sheet: new content, a cleared value, a format. */
export interface CellChange {
  /** Present when the value changes; null clears it. */
  content?: CellContent;
  /** A cell format index of styles.xml. */
  style?: number;
}

type Layer =
  | { readonly kind: "write"; readonly block: Block; readonly content: readonly (readonly CellContent[])[] }
  | { readonly kind: "clear"; readonly block: Block }
  | { readonly kind: "style"; readonly block: Block; readonly style: number };

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

  get changed(): boolean {
    return this.layers.length > 0 || this.widths.size > 0 || this.conditionalFormats.length > 0 || this.validations.length > 0 || this.removedFormats.length > 0 || this.removedValidations.length > 0;
  }

  write(block: Block, content: readonly (readonly CellContent[])[]): void {
    this.add({ kind: "write", block, content });
  }

  clear(block: Block): void {
    this.add({ kind: "clear", block });
  }

  style(block: Block, style: number): void {
    this.add({ kind: "style", block, style });
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
      const line = layer.kind === "write" ? layer.content[row - block.row] : undefined;
      for (let c = 0; c < block.columns; c++) {
        if (layer.kind === "write" && (line === undefined || c >= line.length)) continue;
        const column = block.column + c;
        let change = changes.get(column);
        if (change === undefined) changes.set(column, (change = {}));
        if (layer.kind === "write") change.content = line?.[c];
        else if (layer.kind === "clear") change.content = null;
        else change.style = layer.style;
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

  private add(layer: Layer): void {
    const { block } = layer;
    if (block.rows <= 0 || block.columns <= 0) return;
    this.layers.push(layer);
    this.firstRow = Math.min(this.firstRow, block.row);
    this.lastRow = Math.max(this.lastRow, block.row + block.rows - 1);
    this.firstColumn = Math.min(this.firstColumn, block.column);
    this.lastColumn = Math.max(this.lastColumn, block.column + block.columns - 1);
  }
}
