import type { Language } from "../../domain";
import type { InventoryMapping } from "../../usecases/mapInventory";
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
 * The pane's host inside Excel: every job runs in its own `Excel.run` over a
 * fresh office.js port (flushed at the end), and the host can select cells
 * and follow the analyst's selection.
 */
export class ExcelHost implements PaneHost {
  readonly kind = "excel";
  /** The use cases over a fresh port per job; this host adds what needs Excel's selection. */
  private readonly jobs: PortHost;

  constructor(private readonly excelRun: ExcelRun) {
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
    return this.jobs.loadMatrix(language);
  }

  evaluate(request: EvaluateRequest, onProgress: (progress: Progress) => void, signal: AbortSignal): Promise<PaneEvaluation> {
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
   * pane's MessageBar).
   */
  async followSelection(
    mapping: InventoryMapping,
    language: Language,
    onPost: (post: SelectedPost | null) => void,
    onError: (error: unknown) => void,
  ): Promise<() => Promise<void>> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const follow = (row: number | null, ticket: number): Promise<void> =>
      this.jobs.followRow(mapping, row, language).then(
        (post) => {
          if (ticket === latest) onPost(post);
        },
        (error: unknown) => onError(error),
      );
    const handler = async (event: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
      const first = firstRowOf(event.address);
      const row = first !== null && first >= mapping.firstRow && first <= mapping.lastRow ? first : null;
      const ticket = ++latest;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void follow(row, ticket), FOLLOW_DELAY_MS);
    };
    const registration = await this.excelRun(async (context) => {
      const added = context.workbook.worksheets.getItem(mapping.sheet).onSelectionChanged.add(handler);
      await context.sync();
      return added;
    });
    return async () => {
      latest++;
      if (timer !== undefined) clearTimeout(timer);
      await this.excelRun(registration.context as Excel.RequestContext, async (context) => {
        registration.remove();
        await context.sync();
      });
    };
  }
}

/** The host for the add-in inside Excel. */
export function createExcelHost(): PaneHost {
  return new ExcelHost(Excel.run as unknown as ExcelRun);
}
