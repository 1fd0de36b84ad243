/**
 * The state behind the fake Excel (fakeExcel.ts): sheets whose cells are
 * stored per column, over an optional generator that gives the analyst's
 * inventory lazily from the row number (so a 1,000,000-row sheet costs only
 * the cells written). office-addin-mock holds every value it returns in
 * memory and has no notion of ranges, hence this fake.
 */

export type Scalar = string | number | boolean;

/** A stored cell: a constant, or a formula text ("=…"). "" is an emptied cell. */
export type Stored = Scalar;

export interface Generated {
  readonly rows: number;
  readonly columns: number;
  /** The value of a cell of the generated block (1-based row and column), "" for empty. */
  value(row: number, column: number): Scalar;
}

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * A conditional format of a sheet. Its place in `SheetModel.cfs` is its
 * priority (first = top); Excel's `id` is not stored: it is the position in
 * the collection it was fetched from (fakeConditionalFormats.ts).
 */
export interface CfModel {
  /** A test's own name for the rule (Excel has none). */
  readonly label?: string;
  /** "Custom" for a formula rule; tests may put others ("CellValue", …). */
  readonly type: string;
  readonly rect: Rect;
  /** A rule over several areas (a test set-up): `rect` is then the first. */
  readonly areas?: Rect[];
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface ValidationModel {
  readonly rect: Rect;
  rule?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface ChartModel {
  readonly name: string;
  readonly type: string;
  readonly source: Rect;
  title?: string;
  position?: [string, string];
}

export interface TableModel {
  readonly name: string;
  readonly sheet: SheetModel;
  /** The whole table: header row, data rows and, when `showTotals`, the totals row last. */
  rect: Rect;
  headers: string[];
  showTotals?: boolean;
}

export const inside = (a: Rect, b: Rect): boolean =>
  a.row >= b.row && a.column >= b.column && a.row + a.rows <= b.row + b.rows && a.column + a.columns <= b.column + b.columns;
export const overlaps = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;

export class SheetModel {
  visibility = "Visible";
  readonly columns = new Map<number, Stored[]>();
  cfs: CfModel[] = [];
  validations: ValidationModel[] = [];
  charts: ChartModel[] = [];
  frozen: { rows: number; columns: number } = { rows: 0, columns: 0 };
  /** Merged areas (test set-up): cells keep what is stored; Excel shows the top-left one's value. */
  merges: Rect[] = [];
  /**
   * How a cell is formatted (test set-up, by "row:column"): its number format
   * category and the text Excel shows. Excel's formatting of a number is not
   * modelled: a cell not listed is "General" and shows its value as stored.
   */
  readonly shownAs = new Map<string, { readonly category: string; readonly text: string }>();
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  /** Each style property set, as "A1:B2 fill.color=#FF0000", in order. */
  readonly formatLog: string[] = [];
  /**
   * Hyperlinks by cell ("row:column"), as set through Range.hyperlink
   * (Excel.RangeHyperlink: address, documentReference, screenTip,
   * textToDisplay; ExcelApi 1.7,
   * https://learn.microsoft.com/javascript/api/excel/excel.rangehyperlink).
   */
  readonly links = new Map<string, Excel.RangeHyperlink>();
  /** Told of every cell stored (the fake's calculation indexes formulas and forgets results). */
  onStore?: (row: number, column: number, value: Stored) => void;

  constructor(
    public name: string,
    readonly generated?: Generated,
  ) {}

  get(row: number, column: number): Stored {
    const stored = this.columns.get(column)?.[row];
    if (stored !== undefined) return stored;
    const g = this.generated;
    return g && row <= g.rows && column <= g.columns ? g.value(row, column) : "";
  }

  set(row: number, column: number, value: Stored): void {
    let cells = this.columns.get(column);
    if (!cells) this.columns.set(column, (cells = []));
    cells[row] = value;
    this.onStore?.(row, column, value);
  }

  /** The smallest rectangle holding every non-empty cell of `within`, or null. */
  usedIn(within: Rect): Rect | null {
    let top = Infinity;
    let bottom = 0;
    let left = Infinity;
    let right = 0;
    const lastRow = within.row + within.rows - 1;
    for (let c = within.column; c < within.column + within.columns; c++) {
      const stored = this.columns.get(c);
      const g = this.generated && c <= this.generated.columns ? this.generated : undefined;
      if (!stored && !g) continue;
      const end = Math.min(lastRow, Math.max(stored ? stored.length - 1 : 0, g ? g.rows : 0));
      let first = 0;
      for (let r = within.row; r <= end; r++) {
        if (this.get(r, c) !== "") {
          first = r;
          break;
        }
      }
      if (first === 0) continue;
      let last = first;
      for (let r = end; r > first; r--) {
        if (this.get(r, c) !== "") {
          last = r;
          break;
        }
      }
      top = Math.min(top, first);
      bottom = Math.max(bottom, last);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    return bottom === 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}
