/**
 * A faithful fake of the part of office.js the adapter uses, for counts at
 * 1,000,000 rows that office-addin-mock cannot express (it has no ranges and
 * holds every value in memory). Like Excel:
 * - every property set, method call and `load` is queued and happens only at
 *   `context.sync()`, in order;
 * - a loaded property reads only after `load` *and* `sync`: before, it throws;
 * - a request over `limitBytes` (Excel on the web: 5 MB) is refused whole,
 *   and a response over it fails the sync (see FakeContext.sync);
 * - a range read of more than five million cells fails (see fakeRange.ts).
 * It counts syncs and format operations (style property sets, conditional
 * format adds and sets, validation sets), undo entries and custom-function
 * calls for the tests and the benchmark.
 */
import { type Generated, type Rect, SheetModel, type TableModel } from "./fakeSheet";
import { FakeCalculation } from "./fakeCalculation";
import { FakeRange, type RangeRef, rectOf } from "./fakeRange";

/**
 * Excel on the web limits each request and each response to 5 MB; the API
 * then fails with `RequestPayloadSizeLimitExceeded` ("This error occurs in
 * Excel on the web").
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/performance#payload-size-limit-best-practices
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-error-handling (error codes table)
 * Microsoft does not say whether "MB" is 10^6 or 2^20 bytes: the fake takes
 * the smaller, 5,000,000 bytes, so it never accepts what Excel may refuse.
 */
export const EXCEL_WEB_LIMIT = 5_000_000;

/**
 * "On all platforms, a range is limited to five million cells for get
 * operations" (same performance page). Code `RangeExceedsLimit`: "The cell
 * count in range has exceeded the maximum supported number" (error-handling
 * page). Excel may also return null values instead of failing
 * (office-js-docs-pr PR #5821); the fake fails, which a test notices either way.
 */
export const GET_CELL_LIMIT = 5_000_000;

/**
 * A worksheet is "1,048,576 rows by 16,384 columns" ("Excel specifications
 * and limits", https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3):
 * a range that leaves the grid fails its request. Microsoft does not name the
 * error for this case; the fake uses InvalidArgument ("The argument is
 * invalid or missing or has an incorrect format", error-handling page above).
 */
export const GRID = { rows: 1_048_576, columns: 16_384 } as const;

/**
 * The error office.js rejects `context.sync()` with: `OfficeExtension.Error`
 * carries a `code` (one of the codes on the error-handling page) and a message.
 * https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error
 */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export interface FakeCounts {
  syncs: number;
  /** Format-touching operations (all below). */
  formatOps: number;
  cfAdds: number;
  styleSets: number;
  validationSets: number;
  /** The largest request plus its response, in JSON bytes. */
  largestRequest: number;
  /** The largest response alone, in JSON bytes (of the requests Excel accepted). */
  largestResponse: number;
  /** Syncs refused for their payload size. */
  refusals: number;
  suspensions: number;
  recalculations: number;
  /**
   * Undo entries: each synced request that changed cells or formats adds one.
   * Since ExcelApi 1.19 most API changes join the analyst's undo stack
   * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-undo-capabilities,
   * office-js-docs-pr PR #5175); before, a shared runtime's writes cleared it
   * (office-js issue #2802). Microsoft gives no count of entries per request:
   * one per changing sync is the fake's own unit, for comparing runs.
   */
  undoEntries: number;
  /** Custom-function calls Excel made to calculate what was read (fakeCalculation.ts). */
  customFunctionCalls: number;
}

type Action = () => number | void;

/** Marks an action that changes cells or formats (counted as an undo entry). */
interface Queued {
  bytes: number;
  action: Action;
  changes: boolean;
}

/** A proxy's loaded properties: readable after the sync that answered the load. */
export class Loaded {
  private readonly values = new Map<string, unknown>();
  constructor(private readonly what: string) {}
  put(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  get<T>(name: string): T {
    if (!this.values.has(name)) {
      throw new Error(`PropertyNotLoaded: ${this.what}.${name} was read before load() and context.sync().`);
    }
    return this.values.get(name) as T;
  }
}

export const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");

export class FakeContext {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly counts: FakeCounts = {
    syncs: 0,
    formatOps: 0,
    cfAdds: 0,
    styleSets: 0,
    validationSets: 0,
    largestRequest: 0,
    largestResponse: 0,
    refusals: 0,
    suspensions: 0,
    recalculations: 0,
    undoEntries: 0,
    customFunctionCalls: 0,
  };
  /** The selection: a sheet and a rectangle, and all its areas when the analyst Ctrl+clicked several (the first is `rect`). */
  selection: { sheet: string; rect: Rect; areas?: Rect[] } | null = null;
  readonly handlers: { sheet: string; handler: (event: { address: string; worksheetId: string }) => Promise<unknown> }[] = [];
  private queued: Queued[] = [];
  private nextId = 1;

  /** Excel's calculation of the formulas the product writes (fakeCalculation.ts); counts custom-function calls. */
  readonly calculation = new FakeCalculation(
    () => this.tables,
    () => this.countCustomFunctionCall(),
  );

  constructor(readonly limitBytes = EXCEL_WEB_LIMIT) {}

  /** Queues an operation of `bytes` request payload; it may return its response bytes. */
  queue(bytes: number, action: Action, changes = false): void {
    this.queued.push({ bytes, action, changes });
  }

  /** Queues an operation that changes cells (a write, a clear, a fill). */
  change(bytes: number, action: Action): void {
    this.queue(bytes, action, true);
  }

  format(kind: "cfAdds" | "styleSets" | "validationSets", bytes: number, action: () => void): void {
    this.change(bytes, () => {
      action();
      this.counts[kind]++;
      this.counts.formatOps++;
    });
  }

  countCustomFunctionCall(): void {
    this.counts.customFunctionCalls++;
  }

  id(): string {
    return String(this.nextId++);
  }

  async sync(): Promise<void> {
    const request = this.queued;
    this.queued = [];
    this.counts.syncs++;
    const sent = request.reduce((sum, op) => sum + op.bytes, 0);
    // The request is refused before Excel runs any of it (see EXCEL_WEB_LIMIT).
    if (sent > this.limitBytes) {
      this.counts.refusals++;
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `the request carries ${sent} bytes.`);
    }
    let answered = 0;
    for (const op of request) answered += op.action() ?? 0;
    if (request.some((op) => op.changes)) this.counts.undoEntries++;
    // A response over the limit fails the sync. Whether the request's writes
    // stay applied is not documented: the fake keeps them (the case where a
    // blind retry would apply them twice).
    if (answered > this.limitBytes) {
      this.counts.refusals++;
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `the response carries ${answered} bytes.`);
    }
    this.counts.largestRequest = Math.max(this.counts.largestRequest, sent + answered);
    this.counts.largestResponse = Math.max(this.counts.largestResponse, answered);
  }

  readonly workbook = {
    worksheets: new FakeWorksheets(this),
    tables: new FakeTables(this),
    /**
     * "Gets the currently selected single range from the workbook. If there
     * are multiple ranges selected, this method will throw an error."
     * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
     * (the error's code is not documented; the fake uses InvalidSelection, "The current
     * selection is invalid for this operation", from the error-handling page).
     */
    getSelectedRange: (): FakeRange =>
      new FakeRange(this, () => {
        if (!this.selection) throw new Error("Nothing is selected.");
        if ((this.selection.areas?.length ?? 1) > 1) throw new FakeOfficeError("InvalidSelection", "several ranges are selected; use getSelectedRanges.");
        return { sheet: this.sheet(this.selection.sheet), rect: this.selection.rect };
      }),
    /**
     * "Gets the currently selected one or more ranges from the workbook. Unlike
     * getSelectedRange(), this method returns a RangeAreas object that represents
     * all the selected ranges" (ExcelApi 1.9). Its `areas` is a RangeCollection
     * whose `getItemAt(index)` is zero-based.
     * https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedranges-member(1)
     * https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangecollection#excel-excel-rangecollection-getitemat-member(1)
     */
    getSelectedRanges: () => {
      const areas = (): Rect[] => {
        if (!this.selection) throw new Error("Nothing is selected.");
        return this.selection.areas ?? [this.selection.rect];
      };
      const loaded = new Loaded("RangeAreas");
      const rangeAreas: { load(): unknown; readonly areaCount: number; areas: { getItemAt(index: number): FakeRange } } = {
        load: () => {
          this.queue(50, () => void loaded.put("areaCount", areas().length));
          return rangeAreas;
        },
        get areaCount(): number {
          return loaded.get("areaCount");
        },
        areas: {
          getItemAt: (index: number): FakeRange =>
            new FakeRange(this, () => {
              const rect = areas()[index];
              if (!rect || !this.selection) throw new FakeOfficeError("ItemNotFound", `no area ${index} in the selection.`);
              return { sheet: this.sheet(this.selection.sheet), rect };
            }),
        },
      };
      return rangeAreas;
    },
  };

  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => this.queue(20, () => void this.counts.suspensions++),
    calculate: (): void => this.queue(20, () => void this.counts.recalculations++),
  };

  sheet(name: string): SheetModel {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`ItemNotFound: no sheet "${name}".`);
    return sheet;
  }

  /** Test set-up: a sheet, optionally with generated inventory cells. */
  addSheet(name: string, generated?: Generated): SheetModel {
    const sheet = new SheetModel(name, generated);
    sheet.onStore = (row, column, value) => this.calculation.stored(sheet, row, column, value);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Test set-up: a table over `rect` of a sheet, its headers read from the header row. */
  addTable(name: string, sheet: string, rect: Rect): TableModel {
    const model = this.sheet(sheet);
    const headers = Array.from({ length: rect.columns }, (_, c) => String(model.get(rect.row, rect.column + c)));
    const table = { name, sheet: model, rect, headers };
    this.tables.push(table);
    return table;
  }

  /** Excel.run over this context: a new batch, or one continuing an object's context (the same fake). */
  run = async <T>(first: unknown, second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const batch = (second ?? first) as (context: Excel.RequestContext) => Promise<T>;
    return batch(this as unknown as Excel.RequestContext);
  };

  /** Test helper: the analyst selects `address` on `sheet`; Excel calls the handlers registered there. */
  async userSelects(sheet: string, address: string): Promise<void> {
    // A Ctrl+click selection's address lists its areas with commas ("B3:B5,D7").
    const areas = address.split(",").map(rectOf);
    this.selection = areas.length > 1 ? { sheet, rect: areas[0], areas } : { sheet, rect: areas[0] };
    await Promise.all(this.handlers.filter((h) => h.sheet === sheet).map((h) => h.handler({ address, worksheetId: sheet })));
  }
}

export class FakeWorksheet {
  private readonly loaded: Loaded;
  constructor(
    private readonly context: FakeContext,
    private readonly resolve: () => SheetModel | null,
    private readonly nullable = false,
  ) {
    this.loaded = new Loaded("Worksheet");
    if (nullable) context.queue(50, () => this.loaded.put("isNullObject", resolve() === null));
  }
  private model(): SheetModel {
    const model = this.resolve();
    if (!model) throw new Error("InvalidObjectPath: the worksheet does not exist.");
    return model;
  }
  get isNullObject(): boolean {
    return this.nullable ? this.loaded.get<boolean>("isNullObject") : false;
  }
  get name(): string {
    return this.loaded.get("name");
  }
  load(props: string): this {
    this.context.queue(50, () => {
      for (const prop of props.split(",").map((p) => p.trim())) {
        const model = this.resolve();
        if (prop === "name") this.loaded.put("name", model?.name);
      }
      return 50;
    });
    return this;
  }
  set visibility(value: string) {
    this.context.queue(50, () => void (this.model().visibility = value));
  }
  private ref(rect: () => Rect): FakeRange {
    return new FakeRange(this.context, (): RangeRef => {
      const r = rect();
      if (r.row < 1 || r.column < 1 || r.row + r.rows - 1 > GRID.rows || r.column + r.columns - 1 > GRID.columns) {
        throw new FakeOfficeError("InvalidArgument", `a range at row ${r.row}, column ${r.column}, ${r.rows}×${r.columns}, leaves the grid (see GRID).`);
      }
      return { sheet: this.model(), rect: r };
    });
  }
  getRange(address?: string): FakeRange {
    return this.ref(() => (address ? rectOf(address) : { row: 1, column: 1, rows: 1_048_576, columns: 16_384 }));
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return this.ref(() => ({ row: row + 1, column: column + 1, rows, columns }));
  }
  getUsedRangeOrNullObject(): FakeRange {
    return this.getRange().getUsedRangeOrNullObject();
  }
  activate(): void {
    this.context.queue(50, () => void this.model());
  }
  readonly freezePanes = {
    freezeRows: (rows: number) => this.context.queue(50, () => void (this.model().frozen = { rows, columns: 0 })),
    freezeColumns: (columns: number) => this.context.queue(50, () => void (this.model().frozen = { rows: 0, columns })),
    freezeAt: (range: FakeRange) => this.context.queue(50, () => void (this.model().frozen = { rows: range.ref().rect.rows, columns: range.ref().rect.columns })),
    unfreeze: () => this.context.queue(50, () => void (this.model().frozen = { rows: 0, columns: 0 })),
  };
  get charts() {
    return new FakeCharts(this.context, () => this.model());
  }
  readonly onSelectionChanged = {
    add: (handler: (event: { address: string; worksheetId: string }) => Promise<unknown>) => {
      const entry = { sheet: "", handler };
      this.context.queue(50, () => {
        entry.sheet = this.model().name;
        this.context.handlers.push(entry);
      });
      return {
        context: this.context,
        remove: () => this.context.queue(50, () => void this.context.handlers.splice(this.context.handlers.indexOf(entry), 1)),
      };
    },
  };
}

class FakeCharts {
  private readonly loaded = new Loaded("ChartCollection");
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {}
  get items(): { name: string; delete(): void }[] {
    return this.loaded.get("items");
  }
  load(): this {
    this.context.queue(50, () => {
      const sheet = this.sheet();
      this.loaded.put(
        "items",
        sheet.charts.map((chart) => ({ name: chart.name, delete: () => this.context.queue(50, () => void (sheet.charts = sheet.charts.filter((c) => c !== chart))) })),
      );
      return 50 * sheet.charts.length;
    });
    return this;
  }
  add(type: string, source: FakeRange) {
    const chart = { name: `Chart ${this.context.id()}`, type, source: { row: 0, column: 0, rows: 0, columns: 0 } as Rect, title: undefined as string | undefined, position: undefined as [string, string] | undefined };
    this.context.queue(100, () => {
      Object.assign(chart, { source: source.ref().rect });
      this.sheet().charts.push(chart);
    });
    const context = this.context;
    return {
      title: {
        set text(value: string) {
          context.queue(50, () => void (chart.title = value));
        },
      },
      legend: {
        set visible(_value: boolean) {
          context.queue(50, () => undefined);
        },
      },
      setPosition: (start: string, end: string) => context.queue(50, () => void (chart.position = [start, end])),
    };
  }
}

class FakeWorksheets {
  private readonly loaded = new Loaded("WorksheetCollection");
  constructor(private readonly context: FakeContext) {}
  get items(): { name: string }[] {
    return this.loaded.get("items");
  }
  load(): this {
    this.context.queue(50, () => {
      this.loaded.put("items", this.context.sheets.map((s) => ({ name: s.name })));
      return 50 * this.context.sheets.length;
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.sheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.sheets.find((s) => s.name === name) ?? null, true);
  }
  add(name: string): FakeWorksheet {
    this.context.queue(50, () => {
      if (this.context.sheets.some((s) => s.name === name)) throw new Error(`ItemAlreadyExists: sheet "${name}".`);
      this.context.addSheet(name);
    });
    return this.getItem(name);
  }
}

class FakeTables {
  private readonly loaded = new Loaded("TableCollection");
  constructor(private readonly context: FakeContext) {}
  get items(): { name: string }[] {
    return this.loaded.get("items");
  }
  load(): this {
    this.context.queue(50, () => {
      this.loaded.put("items", this.context.tables.map((t) => ({ name: t.name })));
      return 50 * this.context.tables.length;
    });
    return this;
  }
  getItem(name: string) {
    const table = (): TableModel => {
      const found = this.context.tables.find((t) => t.name === name);
      if (!found) throw new Error(`ItemNotFound: no table "${name}".`);
      return found;
    };
    const context = this.context;
    const range = (rect: (t: TableModel) => Rect) => new FakeRange(context, () => ({ sheet: table().sheet, rect: rect(table()) }));
    const loaded = new Loaded("Table");
    // Table.showTotals: "Specifies if the total row is visible" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-showtotals-member);
    // Table.getDataBodyRange: "the data body of the table", so it stops above a shown totals row.
    const totals = (t: TableModel): number => (t.showTotals ? 1 : 0);
    return {
      load(props: string) {
        context.queue(50, () => {
          for (const prop of props.split(",").map((p) => p.trim())) {
            if (prop !== "showTotals") throw new Error(`The fake Table cannot load "${prop}".`);
            loaded.put(prop, table().showTotals === true);
          }
          return 20;
        });
        return this;
      },
      get showTotals(): boolean {
        return loaded.get("showTotals");
      },
      getRange: () => range((t) => t.rect),
      getDataBodyRange: () => range((t) => ({ ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 - totals(t) })),
      worksheet: new FakeWorksheet(context, () => table().sheet),
      columns: {
        add: (_index: number | undefined, _values: unknown, header: string) => {
          let column = 0;
          context.queue(100, () => {
            const t = table();
            column = t.rect.column + t.rect.columns;
            if (t.sheet.usedIn({ row: t.rect.row, column, rows: t.rect.rows, columns: 1 })) throw new Error(`The column next to table "${name}" is not empty.`);
            t.rect = { ...t.rect, columns: t.rect.columns + 1 };
            t.headers.push(header);
            t.sheet.set(t.rect.row, column, header);
          });
          return { getDataBodyRange: () => range((t) => ({ row: t.rect.row + 1, column, rows: t.rect.rows - 1, columns: 1 })) };
        },
      },
    };
  }
}
