/** The Range of the fake Excel (see fakeExcel.ts): every operation queued, every read only after load and sync. */
import { type FakeContext, FakeOfficeError, FakeWorksheet, GET_CELL_LIMIT, Loaded, jsonBytes } from "./fakeExcel";
import { conditionalFormatsOf } from "./fakeConditionalFormats";
import { canonicalFormula, copiedFormula } from "./fakeFormulas";
import { type Rect, SheetModel, type Stored, inside, overlaps } from "./fakeSheet";

export interface RangeRef {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const ERROR_CODES = new Set(["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!"]);

const letters = (column: number): string => {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export const addressOf = (rect: Rect): string => {
  const start = `${letters(rect.column)}${rect.row}`;
  return rect.rows === 1 && rect.columns === 1 ? start : `${start}:${letters(rect.column + rect.columns - 1)}${rect.row + rect.rows - 1}`;
};

/** "B2:D10" → a rectangle. */
export function rectOf(address: string): Rect {
  const [a, b = a] = address.replace(/^.*!/, "").replace(/\$/g, "").split(":");
  const cell = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref.toUpperCase());
    if (!m) throw new Error(`InvalidArgument: not an address: ${address}`);
    let column = 0;
    for (const ch of m[1]) column = column * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]), column };
  };
  const s = cell(a);
  const e = cell(b);
  return { row: s.row, column: s.column, rows: e.row - s.row + 1, columns: e.column - s.column + 1 };
}

/**
 * A text written through `values` is read as typed input: "If the returned
 * value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula" (Range.values,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * A leading apostrophe keeps the rest as text (stored with it here, shown
 * without it). Excel's reading of number- and date-like texts is not in the
 * API's documentation and is not modelled.
 */
function typedEntry(text: string): string {
  if (text.startsWith("+") || text.startsWith("-")) return `=${text}`;
  return text;
}

/**
 * The value Excel shows for a cell: a constant as stored, a formula's value
 * or a value spilled into an empty cell as the fake's calculation gives it
 * (fakeCalculation.ts, which refuses the formulas it cannot calculate).
 */
function shown(context: FakeContext, sheet: SheetModel, row: number, column: number): { value: Stored; type: string } {
  const stored = sheet.get(row, column);
  if (typeof stored === "string" && stored.startsWith("=") && ERROR_CODES.has(stored.slice(1))) return { value: stored.slice(1), type: "Error" };
  const calculated = (typeof stored === "string" && stored.startsWith("=")) || stored === "" ? context.calculation.shown(sheet, row, column) : undefined;
  if (calculated) return "error" in calculated ? { value: calculated.error, type: "Error" } : typed(calculated.value);
  if (typeof stored === "string" && stored.startsWith("'")) return { value: stored.slice(1), type: "String" };
  if (stored === "") return { value: "", type: "Empty" };
  return typed(stored);
}

const typed = (value: Stored): { value: Stored; type: string } => ({ value, type: typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String" });

export class FakeRange {
  private readonly loaded = new Loaded("Range");

  constructor(
    private readonly context: FakeContext,
    readonly ref: () => RangeRef,
    private readonly nullable = false,
  ) {
    if (nullable) context.queue(50, () => this.loaded.put("isNullObject", this.resolveOrNull() === null));
  }

  private resolveOrNull(): RangeRef | null {
    try {
      return this.ref();
    } catch (error) {
      if (this.nullable) return null;
      throw error;
    }
  }

  get isNullObject(): boolean {
    return this.nullable ? this.loaded.get<boolean>("isNullObject") : false;
  }
  get values(): Stored[][] {
    return this.loaded.get("values");
  }
  get valueTypes(): string[][] {
    return this.loaded.get("valueTypes");
  }
  get formulas(): Stored[][] {
    return this.loaded.get("formulas");
  }
  get numberFormatCategories(): string[][] {
    return this.loaded.get("numberFormatCategories");
  }
  get text(): string[][] {
    return this.loaded.get("text");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }

  load(props: string): this {
    this.context.queue(50, () => {
      const ref = this.resolveOrNull();
      if (!ref) return 0;
      const { sheet, rect } = ref;
      let bytes = 0;
      const grid = <T>(cell: (stored: Stored, row: number, column: number) => T): T[][] =>
        Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.columns }, (_, c) => cell(sheet.get(rect.row + r, rect.column + c), rect.row + r, rect.column + c)));
      const cellProps = ["values", "valueTypes", "formulas", "numberFormatCategories", "text"];
      if (props.split(",").some((p) => cellProps.includes(p.trim())) && rect.rows * rect.columns > GET_CELL_LIMIT) {
        throw new FakeOfficeError("RangeExceedsLimit", `${addressOf(rect)} holds ${rect.rows * rect.columns} cells (see GET_CELL_LIMIT).`);
      }
      for (const prop of props.split(",").map((p) => p.trim())) {
        let value: unknown;
        if (prop === "values") value = grid((_, r, c) => shown(this.context, sheet, r, c).value);
        else if (prop === "valueTypes") value = grid((_, r, c) => shown(this.context, sheet, r, c).type);
        else if (prop === "formulas") value = grid((s) => (typeof s === "string" && s.startsWith("'") ? s.slice(1) : s));
        // Range.numberFormatCategories: "the category of number format of each cell" (ExcelApi 1.12, Excel.NumberFormatCategory);
        // Range.text: "Text values of the specified range", not depending on the cell width (ExcelApi 1.1).
        else if (prop === "numberFormatCategories") value = grid((_, r, c) => sheet.shownAs.get(`${r}:${c}`)?.category ?? "General");
        else if (prop === "text") value = grid((_, r, c) => sheet.shownAs.get(`${r}:${c}`)?.text ?? String(shown(this.context, sheet, r, c).value));
        else if (prop === "address") value = `${sheet.name}!${addressOf(rect)}`;
        else if (prop === "rowIndex") value = rect.row - 1;
        else if (prop === "columnIndex") value = rect.column - 1;
        else if (prop === "rowCount") value = rect.rows;
        else if (prop === "columnCount") value = rect.columns;
        else throw new Error(`The fake Range cannot load "${prop}".`);
        this.loaded.put(prop, value);
        bytes += jsonBytes(value);
      }
      return bytes;
    });
    return this;
  }

  private setCells(data: unknown, kind: string): void {
    if (!Array.isArray(data) || !data.every(Array.isArray)) throw new Error(`InvalidArgument: ${kind} must be a 2D array.`);
    this.context.change(jsonBytes(data), () => {
      const { sheet, rect } = this.ref();
      const rows = data as unknown[][];
      if (rows.length !== rect.rows || rows.some((row) => row.length !== rect.columns)) {
        throw new Error(`InvalidArgument: ${kind} of ${rows.length}×${rows[0]?.length} for ${addressOf(rect)}.`);
      }
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return; // Excel leaves a cell given null unchanged.
          sheet.set(rect.row + r, rect.column + c, typeof value === "string" ? canonicalFormula(kind === "values" ? typedEntry(value) : value) : (value as Stored));
        }),
      );
    });
  }
  set values(data: unknown) {
    this.setCells(data, "values");
  }
  set formulas(data: unknown) {
    this.setCells(data, "formulas");
  }

  clear(applyTo: string = "All"): void {
    this.context.change(50, () => {
      const { sheet, rect } = this.ref();
      const last = sheet.usedIn(rect);
      if (last) for (let r = last.row; r < last.row + last.rows; r++) for (let c = last.column; c < last.column + last.columns; c++) sheet.set(r, c, "");
      if (applyTo === "All" || applyTo === "Formats") sheet.formatLog.push(`${addressOf(rect)} cleared`);
      // Excel.ClearApplyTo: "All" clears everything in the range; "Hyperlinks" clears all hyperlinks, leaving content and
      // formatting; "RemoveHyperlinks" removes hyperlinks and formatting (https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto).
      if (applyTo === "All" || applyTo === "Hyperlinks" || applyTo === "RemoveHyperlinks") {
        for (const key of [...sheet.links.keys()]) {
          const [r, c] = key.split(":").map(Number);
          if (r >= rect.row && r < rect.row + rect.rows && c >= rect.column && c < rect.column + rect.columns) sheet.links.delete(key);
        }
      }
    });
  }

  /**
   * Range.hyperlink (ExcelApi 1.7): "Represents the hyperlink for the current range", an Excel.RangeHyperlink whose
   * documentReference is "the document reference target" and screenTip "the string displayed when hovering"
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-hyperlink-member). The fake keeps
   * the cell's value: textToDisplay, "the string displayed in the top left most cell", is the only field said to change it.
   */
  set hyperlink(link: Excel.RangeHyperlink) {
    if (link === null || typeof link !== "object" || (typeof link.address !== "string" && typeof link.documentReference !== "string")) {
      throw new FakeOfficeError("InvalidArgument", "Range.hyperlink takes an Excel.RangeHyperlink with an address or a documentReference.");
    }
    this.context.change(jsonBytes(link), () => {
      const { sheet, rect } = this.ref();
      for (let r = rect.row; r < rect.row + rect.rows; r++) for (let c = rect.column; c < rect.column + rect.columns; c++) sheet.links.set(`${r}:${c}`, { ...link });
      if (link.textToDisplay !== undefined) sheet.set(rect.row, rect.column, link.textToDisplay);
    });
  }

  private resized(rect: (r: Rect) => Rect): FakeRange {
    return new FakeRange(this.context, () => {
      const ref = this.ref();
      return { sheet: ref.sheet, rect: rect(ref.rect) };
    });
  }
  getEntireColumn(): FakeRange {
    return this.resized((r) => ({ row: 1, column: r.column, rows: 1_048_576, columns: r.columns }));
  }
  getEntireRow(): FakeRange {
    return this.resized((r) => ({ row: r.row, column: 1, rows: r.rows, columns: 16_384 }));
  }
  getRow(index: number): FakeRange {
    return this.resized((r) => ({ ...r, row: r.row + index, rows: 1 }));
  }
  getResizedRange(rows: number, columns: number): FakeRange {
    return this.resized((r) => ({ ...r, rows: r.rows + rows, columns: r.columns + columns }));
  }
  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const { sheet, rect } = this.ref();
        const used = sheet.usedIn(rect);
        if (!used) throw new Error("no used range");
        return { sheet, rect: used };
      },
      true,
    );
  }
  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): "a RangeAreas object that
   * represents the merged areas in this range", a null object when there are
   * none, failing beyond 512 areas
   * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member).
   * Only the areas whose top-left cell lies in the range are returned: the
   * maintainers' answer in office-js issue #3611. Its `address` lists each
   * area with its sheet, "Sheet1!A1:B4, Sheet1!D1:D4" (RangeAreas.address).
   */
  getMergedAreasOrNullObject() {
    const loaded = new Loaded("RangeAreas");
    this.context.queue(50, () => {
      const { sheet, rect } = this.ref();
      const found = sheet.merges.filter((m) => inside({ ...m, rows: 1, columns: 1 }, rect)).map((m) => `${sheet.name}!${addressOf(m)}`);
      if (found.length > 512) throw new FakeOfficeError("GeneralException", "more than 512 merged areas");
      loaded.put("isNullObject", found.length === 0);
      if (found.length > 0) loaded.put("address", found.join(", "));
      return 50;
    });
    const areas = {
      load: () => areas,
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
      get address(): string {
        return loaded.get("address");
      },
    };
    return areas;
  }
  /** Copies the source's cells down/across the destination. The fake copies formulas verbatim (structured references need no shifting). */
  autoFill(destination: FakeRange, type: string): void {
    this.context.change(60, () => {
      if (type !== "FillDefault") throw new Error(`The fake supports FillDefault only, not ${type}.`);
      const { sheet, rect } = this.ref();
      const to = destination.ref().rect;
      if (!inside(rect, to)) throw new Error("InvalidArgument: the destination must contain the source.");
      for (let r = 0; r < to.rows; r++) {
        for (let c = 0; c < to.columns; c++) sheet.set(to.row + r, to.column + c, sheet.get(rect.row + (r % rect.rows), rect.column + (c % rect.columns)));
      }
    });
  }
  /**
   * Range.copyFrom (ExcelApi 1.9), as far as the fake models it: a source
   * range of the same sheet, `copyType` "Formulas", no skipBlanks, no
   * transpose (anything else is refused, so a test never relies on the fake
   * guessing). What Microsoft documents:
   * - "Copies cell data or formatting from the source range or RangeAreas to
   *   the current range … if the destination range is an exact multiple
   *   greater than the source range in either rows or columns, then the
   *   source content is replicated multiple times", and "The destination is
   *   expanded automatically if it's smaller than the source"
   *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1));
   *   a larger destination that is no multiple is not described: refused;
   * - it "replicates the Copy and Paste actions of the Excel UI", and
   *   `Excel.RangeCopyType.formulas` "transfers the formulas in the source
   *   cells and preserves the relative positioning of those formulas'
   *   ranges. Any non-formula entries are copied as-is"
   *   (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-cut-copy-paste;
   *   the value "Formulas": https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangecopytype):
   *   each pasted formula's relative references move by the cell's distance
   *   from its source cell, as pasting does (copiedFormula, fakeFormulas.ts).
   * Queued like every write: it happens at the next sync.
   */
  copyFrom(source: FakeRange | string, copyType: string = "All", skipBlanks = false, transpose = false): void {
    this.context.change(100, () => {
      if (copyType !== "Formulas" || skipBlanks || transpose) throw new Error(`The fake models copyFrom(source, "Formulas") only, not ${copyType}${skipBlanks ? " skipBlanks" : ""}${transpose ? " transpose" : ""}.`);
      const to = this.ref();
      const from = typeof source === "string" ? { sheet: to.sheet, rect: rectOf(source) } : source.ref();
      if (from.sheet !== to.sheet) throw new Error("The fake models copyFrom within one sheet only.");
      const src = from.rect;
      const multiple = to.rect.rows % src.rows === 0 && to.rect.columns % src.columns === 0;
      const smaller = to.rect.rows <= src.rows && to.rect.columns <= src.columns;
      if (!multiple && !smaller) throw new Error(`The fake does not model copying ${addressOf(src)} into ${addressOf(to.rect)} (a larger destination that is no multiple of the source).`);
      const rows = multiple ? to.rect.rows : src.rows;
      const columns = multiple ? to.rect.columns : src.columns;
      // Read first, then write: a destination overlapping the source copies what the source held.
      const cells = Array.from({ length: src.rows }, (_, r) => Array.from({ length: src.columns }, (_, c) => from.sheet.get(src.row + r, src.column + c)));
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < columns; c++) {
          const value = cells[r % src.rows][c % src.columns];
          const row = to.rect.row + r;
          const column = to.rect.column + c;
          const moved = typeof value === "string" ? copiedFormula(value, row - (src.row + (r % src.rows)), column - (src.column + (c % src.columns))) : value;
          to.sheet.set(row, column, moved);
        }
      }
    });
  }
  select(): void {
    this.context.queue(50, () => {
      const { sheet, rect } = this.ref();
      this.context.selection = { sheet: sheet.name, rect };
    });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.ref().sheet);
  }
  getTables() {
    const loaded = new Loaded("TableScopedCollection");
    const collection = {
      load: () => {
        this.context.queue(50, () => {
          const { sheet, rect } = this.ref();
          loaded.put("items", this.context.tables.filter((t) => t.sheet === sheet && overlaps(t.rect, rect)).map((t) => ({ name: t.name })));
          return 50;
        });
        return collection;
      },
      get items(): { name: string }[] {
        return loaded.get("items");
      },
    };
    return collection;
  }

  get format() {
    const context = this.context;
    const set = (what: string) => (value: unknown) =>
      context.format("styleSets", 60, () => {
        const { sheet, rect } = this.ref();
        if (what === "columnWidth") for (let c = 0; c < rect.columns; c++) sheet.widths.set(rect.column + c, value as number);
        if (what === "rowHeight") for (let r = 0; r < rect.rows; r++) sheet.heights.set(rect.row + r, value as number);
        sheet.formatLog.push(`${addressOf(rect)} ${what}=${String(value)}`);
      });
    const setter = (what: string) => ({ set: set(what), enumerable: true });
    const fill = Object.defineProperties({ clear: () => set("fill.clear")(true) }, { color: setter("fill.color") });
    const font = Object.defineProperties({}, { color: setter("font.color"), bold: setter("font.bold"), italic: setter("font.italic"), size: setter("font.size"), underline: setter("font.underline") });
    return Object.defineProperties(
      { fill, font },
      {
        wrapText: setter("wrapText"),
        verticalAlignment: setter("verticalAlignment"),
        horizontalAlignment: setter("horizontalAlignment"),
        columnWidth: setter("columnWidth"),
        rowHeight: setter("rowHeight"),
      },
    );
  }

  get conditionalFormats() {
    return conditionalFormatsOf(this.context, () => this.ref());
  }

  get dataValidation() {
    const context = this.context;
    const loaded = new Loaded("DataValidation");
    const model = () => {
      const { sheet, rect } = this.ref();
      let v = sheet.validations.find((x) => x.rect.row === rect.row && x.rect.column === rect.column && x.rect.rows === rect.rows && x.rect.columns === rect.columns);
      if (!v) sheet.validations.push((v = { rect }));
      return v;
    };
    const set = (key: "rule" | "errorAlert" | "ignoreBlanks") => ({
      set: (value: unknown) => context.format("validationSets", jsonBytes(value), () => void Object.assign(model(), { [key]: value })),
    });
    const validation = {
      clear: () =>
        context.format("validationSets", 50, () => {
          const { sheet, rect } = this.ref();
          sheet.validations = sheet.validations.filter((v) => !inside(v.rect, rect));
        }),
      load: () => {
        context.queue(50, () => {
          const { sheet, rect } = this.ref();
          const found = sheet.validations.filter((v) => v.rule !== undefined && overlaps(v.rect, rect));
          loaded.put("type", found.length === 0 ? "None" : found.length === 1 && inside(rect, found[0].rect) ? "List" : "Inconsistent");
          return 20;
        });
        return validation;
      },
      get type(): string {
        return loaded.get("type");
      },
    };
    return Object.defineProperties(validation, { rule: set("rule"), errorAlert: set("errorAlert"), ignoreBlanks: set("ignoreBlanks") });
  }
}
