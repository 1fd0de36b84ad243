import type { Language } from "../../domain";
import type { InventoryMapping } from "../../usecases/mapInventory";
import { MatrixLight } from "../../usecases/matrixLight";
import { listSources } from "../../usecases/paneJobs";
import type { EvaluateRequest, InventorySource, PaneEvaluation, Progress, SelectedPost, SourceChoice } from "../../usecases/paneJobs.types";
import { OfficeWorkbook } from "../../workbook/office/OfficeWorkbook";
import type { PaneHost } from "./PaneHost";
import { PortHost } from "./PortHost";
import { activeHint, firstRowOf } from "./excelSelection";

/** `Excel.run`, in its two forms: a new batch, or one continuing an earlier object's context. */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(object: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Selections closer together than this count as one: only the last is followed. */
export const FOLLOW_DELAY_MS = 150;

/**
 * Whether the task pane is shown. With a shared runtime, closing the pane
 * hides it without ending the runtime: React stays mounted and the
 * selection handler keeps firing ("Configure your Office Add-ins to use a
 * shared runtime"; `Office.addin.onVisibilityModeChanged`, SharedRuntime 1.1:
 * https://learn.microsoft.com/en-us/javascript/api/office/office.addin#office-office-addin-onvisibilitymodechanged-member(1)).
 */
export interface PaneVisibility {
  /** Calls `handler` with true when the pane is shown, false when hidden; resolves to a remover. */
  onChange(handler: (visible: boolean) => void): Promise<() => Promise<void>>;
}

/** Office.addin's visibility events, where the host has them (a shared runtime); undefined elsewhere. */
export function officeVisibility(): PaneVisibility | undefined {
  const addin = typeof Office === "undefined" ? undefined : (Office as { addin?: Office.Addin }).addin;
  if (!addin || typeof addin.onVisibilityModeChanged !== "function") return undefined;
  return {
    onChange: (handler) => addin.onVisibilityModeChanged((message) => handler(message.visibilityMode !== Office.VisibilityMode.hidden)),
  };
}

/**
 * The pane's host inside Excel: every job runs in its own `Excel.run` over a
 * fresh office.js port (flushed at the end), and the host can select cells
 * and follow the analyst's selection.
 */
export class ExcelHost implements PaneHost {
  readonly kind = "excel";
  /** The use cases over a fresh port per job; this host adds what needs Excel's selection. */
  private readonly jobs: PortHost;
  /** What following the selection has lit on the matrix sheet (forgotten when the sheet may have been written). */
  private readonly light = new MatrixLight();

  constructor(
    private readonly excelRun: ExcelRun,
    private readonly visibility?: PaneVisibility,
  ) {
    this.jobs = new PortHost(
      (job) =>
        excelRun(async (context) => {
          const port = new OfficeWorkbook(context);
          const result = await job(port);
          await port.flush();
          return result;
        }),
      "excel",
    );
  }

  mapInventory(source: InventorySource, map: EvaluateRequest["map"], language: Language): Promise<InventoryMapping> {
    return this.jobs.mapInventory(source, map, language);
  }

  loadMatrix(language: Language): Promise<{ readonly sheet: string }> {
    this.light.forget();
    return this.jobs.loadMatrix(language);
  }

  evaluate(request: EvaluateRequest, onProgress: (progress: Progress) => void, signal: AbortSignal): Promise<PaneEvaluation> {
    this.light.forget();
    return this.jobs.evaluate(request, onProgress, signal);
  }

  /** The active table, else the selection, is offered first. */
  listSources(): Promise<SourceChoice> {
    return this.excelRun(async (context) => listSources(new OfficeWorkbook(context), await activeHint(context)));
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.excelRun(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  /**
   * Listens to selections on the inventory's sheet. A burst of selections
   * (arrow keys held down) costs one lookup: each waits FOLLOW_DELAY_MS and
   * only the last one is followed. A failed lookup goes to `onError` (the
   * pane's MessageBar). While the pane is hidden nothing is read or written
   * (each lookup's writes are undo entries, and a hidden page's timers wait
   * a second or more); the last selection made meanwhile is followed when
   * the pane is shown again. Matrix cells whose light does not change are
   * not written (MatrixLight).
   */
  async followSelection(
    mapping: InventoryMapping,
    language: Language,
    onPost: (post: SelectedPost | null) => void,
    onError: (error: unknown) => void,
  ): Promise<() => Promise<void>> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    let visible = true;
    /** The row of a selection made while the pane was hidden (null: outside the inventory). */
    let missed: number | null | undefined;
    this.light.forget();
    const follow = (row: number | null, ticket: number): Promise<void> =>
      this.jobs.followRow(mapping, row, language, this.light).then(
        (post) => {
          if (ticket === latest) onPost(post);
        },
        (error: unknown) => onError(error),
      );
    const wait = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    };
    const handler = async (event: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
      const first = firstRowOf(event.address);
      const row = first !== null && first >= mapping.firstRow && first <= mapping.lastRow ? first : null;
      const ticket = ++latest;
      wait();
      if (!visible) {
        missed = row;
        return;
      }
      timer = setTimeout(() => void follow(row, ticket), FOLLOW_DELAY_MS);
    };
    const stopWatching = await this.visibility?.onChange((shown) => {
      visible = shown;
      if (!shown) {
        latest++;
        wait();
      } else if (missed !== undefined) {
        const row = missed;
        missed = undefined;
        void follow(row, ++latest);
      }
    });
    const registration = await this.excelRun(async (context) => {
      const added = context.workbook.worksheets.getItem(mapping.sheet).onSelectionChanged.add(handler);
      await context.sync();
      return added;
    });
    return async () => {
      latest++;
      wait();
      await stopWatching?.();
      await this.excelRun(registration.context as Excel.RequestContext, async (context) => {
        registration.remove();
        await context.sync();
      });
    };
  }
}

/** The host for the add-in inside Excel. */
export function createExcelHost(): PaneHost {
  return new ExcelHost(Excel.run as unknown as ExcelRun, officeVisibility());
}
