/**
 * The few workbook operations the use cases need. One adapter implements it
 * over .xlsx packages (`package/`, for the batch tool and browser mode),
 * another over office.js (`office/`, the task pane in Excel). Rows and columns are 1-based as in Excel; every method works on
 * whole blocks so an office.js adapter can batch them into few syncs.
 */

/** An error cell (#N/A, #REF!…): the engine reports it as such. */
export interface CellError {
  readonly code: string;
}

/**
 * A value as read from a cell. Formulas are read as their last result; a
 * number the cell shows as a date or time reads as text, so a date is never
 * taken for a count: its ISO date ("2025-03-01") from a file, the text Excel
 * shows ("01/03/2025") through office.js.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangular block of a sheet. */
export interface Block {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** An Excel table (ListObject): its name and the block it covers, header row included (and its totals row, when it shows one). */
export interface TableInfo {
  readonly name: string;
  readonly block: Block;
  /** True when the table shows a totals row: the block's last row, which is not data. */
  readonly totalsRow?: boolean;
}

/** Colours are "RRGGBB" hex; a fill of null removes the fill. */
export interface CellStyle {
  readonly fill?: string | null;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A single underline, as Excel's Hyperlink style draws its links. */
  readonly underline?: boolean;
  readonly wrap?: boolean;
  readonly verticalAlign?: "top" | "middle";
  readonly horizontalAlign?: "left" | "center";
  readonly fontSize?: number;
}

/**
 * A formula-based conditional format: `formula` is written for the block's
 * top-left cell (A1 style, without "=") and Excel shifts it over the block.
 */
export interface ConditionalFormat {
  readonly block: Block;
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

/**
 * A cell that links to another cell of the workbook (an internal hyperlink):
 * clicking it goes there. The cell keeps the value written in it.
 */
export interface CellLink {
  readonly row: number;
  readonly column: number;
  /** The cell it goes to. */
  readonly to: Pick<Block, "sheet" | "row" | "column">;
  /** Shown when the pointer rests on the link. */
  readonly tip: string;
}

/** What to write into a block: plain values, or formulas ("=…") where a cell should stay live. */
export type CellContent = CellValue | { readonly formula: string };

export interface WorkbookPort {
  /**
   * True where the HR.* custom functions compute (Excel with the add-in), so
   * results can be written as live formulas; false for files written without Excel.
   */
  readonly liveFormulas: boolean;
  /**
   * Sends every write made so far and resolves when the workbook has them.
   * Adapters may hold writes back to batch them (office.js); a use case calls
   * this once at its end so a failure surfaces there, not later.
   */
  flush(): Promise<void>;
  sheetNames(): Promise<string[]>;
  tables(): Promise<TableInfo[]>;
  /** The block from A1 to the last used cell, or null for an empty sheet. */
  usedBlock(sheet: string): Promise<Block | null>;
  readValues(block: Block): Promise<CellValue[][]>;
  /** One column of a block as a flat list (cheaper than readValues for tall columns). */
  readColumn(block: Block): Promise<CellValue[]>;
  /** Formulas of a block as written: `{ formula: "=…" }` for a formula cell, the value otherwise. */
  readFormulas(block: Block): Promise<CellContent[][]>;
  /** Addresses of up to `limit` non-empty cells in the block, row by row ([] when it is empty). */
  filledCells(block: Block, limit: number): Promise<string[]>;
  /** The merged areas of the block's sheet that share a cell with the block (each whole, as merged). */
  mergedAreas(block: Block): Promise<Block[]>;

  /** Adds the sheet if missing; returns true when it was added. */
  addSheet(name: string): Promise<boolean>;
  /** Removes every value, format and rule from a sheet the product owns. */
  clearSheet(name: string): Promise<void>;
  setSheetHidden(name: string, hidden: boolean): Promise<void>;

  write(block: Block, content: readonly (readonly CellContent[])[]): Promise<void>;
  /**
   * Writes one row of formulas (A1 style, with "=", written for the block's first row; one per column
   * of the block, null leaves that column untouched) into every row of the block, each row's relative
   * row references shifted by its distance from the first row, as Excel's fill-down does.
   */
  fillFormulas(block: Block, formulas: readonly (string | null)[]): Promise<void>;
  /** Empties the values and formulas of a block the product wrote (formats and rules stay). */
  clearContents(block: Block): Promise<void>;
  /**
   * Appends columns to an Excel table: a header each and, where `formulas[i]`
   * is not null, that formula in every data row (a calculated column, written
   * with structured references such as `[@Staff]`). Only where `liveFormulas`.
   */
  addTableColumns(table: string, headers: readonly string[], formulas: readonly (string | null)[]): Promise<void>;
  style(block: Block, style: CellStyle): Promise<void>;
  setColumnWidths(sheet: string, firstColumn: number, widths: readonly number[]): Promise<void>;
  /** Row heights in points, from `firstRow` on (for rows of wrapped text on the product's own sheets). */
  setRowHeights(sheet: string, firstRow: number, heights: readonly number[]): Promise<void>;
  /** Makes cells of one of the product's own sheets links to other cells of the workbook (never on an analyst's sheet). */
  linkCells(sheet: string, links: readonly CellLink[]): Promise<void>;
  freeze(sheet: string, rows: number, columns: number): Promise<void>;

  /** Removes the conditional formats whose range lies inside `block` (those the product wrote there). */
  removeConditionalFormats(block: Block): Promise<void>;
  addConditionalFormats(formats: readonly ConditionalFormat[]): Promise<void>;
  /** A dropdown listing `items` (each kept as typed); other values are refused with `message`. */
  setListValidation(block: Block, items: readonly string[], message: string): Promise<void>;
  removeValidation(block: Block): Promise<void>;
  /** True when any cell of the block carries data validation. */
  hasValidation(block: Block): Promise<boolean>;

  /** A column chart of `data` (labels in its first column) placed on the sheet; false where the adapter cannot draw charts. */
  addColumnChart(sheet: string, data: Block, title: string, at: Block): Promise<boolean>;
}

/** "A", "B", … "Z", "AA", … for a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "P2", or "P2:AO100" for a block. */
export function address(block: Pick<Block, "row" | "column"> & Partial<Block>): string {
  const start = `${columnLetter(block.column)}${block.row}`;
  const rows = block.rows ?? 1;
  const columns = block.columns ?? 1;
  if (rows === 1 && columns === 1) return start;
  return `${start}:${columnLetter(block.column + columns - 1)}${block.row + rows - 1}`;
}

/** "'Post inventory'!P2" — a sheet-qualified address, quoted when the name needs it. */
export function sheetAddress(block: Block): string {
  return `${quoteSheet(block.sheet)}!${address(block)}`;
}

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** True when block `a` lies wholly inside block `b`. */
export function blockInside(a: Block, b: Block): boolean {
  return a.row >= b.row && a.column >= b.column && a.row + a.rows <= b.row + b.rows && a.column + a.columns <= b.column + b.columns;
}

/** True when blocks `a` and `b` share a cell. */
export function blocksOverlap(a: Block, b: Block): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}
