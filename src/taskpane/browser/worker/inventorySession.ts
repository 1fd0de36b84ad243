import type { Language } from "../../../domain";
import type { WorkbookPort } from "../../../workbook/port";
import { PackageRefusal } from "../../../workbook/package/packageRefusal";
import { wordsFor } from "../../../words/words";
import { UnreadableFile } from "../unreadableFile";
import type { PackageWorkbook } from "../../../workbook/package/PackageWorkbook";
import { PortHost } from "../../host/PortHost";
import { type PortableRun, previewPage } from "./previewPage";
import { packageBytes, readInventoryFile } from "./readInventoryFile";
import type { CallMessage, CallName, Endpoint, PageMessage, WorkerCalls, WorkerFailure, WorkerMessage } from "./workerProtocol";
import { yieldingPort } from "./yieldingPort";

interface OpenWorkbook {
  readonly workbook: PackageWorkbook;
  readonly port: WorkbookPort;
  readonly host: PortHost;
  /** The file's name and the language it was opened in, to word a refusal met after opening. */
  readonly name: string;
  readonly language: Language;
  /** The last run on each sheet that wrote portable formulas, with its first result column (the preview computes what they give). */
  readonly portable: Map<string, PortableRun & { readonly column: number }>;
}

type Handlers = { [N in CallName]: (signal: AbortSignal, id: number, ...args: WorkerCalls[N]["args"]) => Promise<WorkerCalls[N]["result"]> };

/**
 * The worker's side of the page's PaneHost: holds the workbook the analyst
 * opened and runs the shared use cases on it (through PortHost, as Excel's
 * pane does), one call at a time in the order they came. A cancel message
 * aborts the signal of the call it names; progress is posted as it comes.
 */
export function serveInventory(endpoint: Endpoint): void {
  let open: OpenWorkbook | undefined;
  let queue: Promise<void> = Promise.resolve();
  const running = new Map<number, AbortController>();
  const post = (message: WorkerMessage, transfer: Transferable[] = []): void => endpoint.postMessage(message, transfer);

  const opened = (): OpenWorkbook => {
    if (!open) throw new Error("No inventory is open in the page yet.");
    return open;
  };

  const handlers: Handlers = {
    open: async (_signal, _id, file, name, language) => {
      const workbook = await readInventoryFile(new Uint8Array(await file.arrayBuffer()), name, language);
      const port = yieldingPort(workbook);
      open = { workbook, port, host: new PortHost((job) => job(port), "browser"), name, language, portable: new Map() };
      return { name, sheets: await workbook.sheetNames() };
    },
    listSources: () => opened().host.listSources(),
    mapInventory: (_signal, _id, source, map, language) => opened().host.mapInventory(source, map, language),
    loadMatrix: (_signal, _id, language) => opened().host.loadMatrix(language),
    evaluate: async (signal, id, request) => {
      const { host, portable } = opened();
      const evaluation = await host.evaluate(request, (progress) => post({ type: "progress", id, progress }), signal);
      if (evaluation.mode === "portable") portable.set(evaluation.mapping.sheet, { mapping: evaluation.mapping, language: request.language, column: evaluation.column });
      else portable.delete(evaluation.mapping.sheet);
      return evaluation;
    },
    followPost: (_signal, _id, mapping, row, language) => opened().host.followRow(mapping, row, language),
    previewRows: (_signal, _id, request) => {
      const { port, portable } = opened();
      const run = portable.get(request.sheet);
      return previewPage(port, request, run && run.column === request.resultColumn ? run : undefined);
    },
    download: () => packageBytes(opened().workbook),
  };

  const perform = <N extends CallName>(message: CallMessage<N>, signal: AbortSignal): Promise<WorkerCalls[N]["result"]> =>
    (handlers[message.name] as (signal: AbortSignal, id: number, ...args: WorkerCalls[N]["args"]) => Promise<WorkerCalls[N]["result"]>)(
      signal,
      message.id,
      ...message.args,
    );

  endpoint.addEventListener("message", (event: MessageEvent) => {
    const message = event.data as PageMessage;
    if (message.type === "cancel") {
      running.get(message.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(message.id, controller);
    queue = queue.then(() => answer(message, controller.signal));
  });

  /** Runs one call and posts its result, or its failure (a result that cannot be cloned included). */
  async function answer(message: CallMessage, signal: AbortSignal): Promise<void> {
    try {
      const value = await perform(message, signal);
      post({ type: "result", id: message.id, value }, value instanceof ArrayBuffer ? [value] : []);
    } catch (error) {
      post({ type: "failure", id: message.id, failure: failureOf(refusalAsUnreadable(error, open)) });
    } finally {
      running.delete(message.id);
    }
  }
}

/**
 * Parts are read when the use cases need them, so a refusal (a row past the
 * grid, a bomb in a sheet) can come after the file opened: it is shown as an
 * unreadable file, in the analyst's words, as it would have been at opening.
 */
function refusalAsUnreadable(error: unknown, open: OpenWorkbook | undefined): unknown {
  if (!(error instanceof PackageRefusal) || !open) return error;
  return new UnreadableFile(wordsFor(open.language).files.refusals[error.code](open.name, error.detail));
}

/** An error as plain data; a Stop or an unreadable file keeps its code so the page rebuilds it. */
function failureOf(error: unknown): WorkerFailure {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, code: typeof code === "string" ? code : undefined, stack: error.stack };
}
