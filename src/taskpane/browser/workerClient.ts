import type { Progress } from "../../usecases/paneJobs.types";
import { Stop, type StopCode } from "../../usecases/stop";
import { UnreadableFile } from "./unreadableFile";
import type { CallName, Endpoint, PageMessage, WorkerCalls, WorkerFailure, WorkerMessage } from "./worker/workerProtocol";

interface Waiting {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (progress: Progress) => void;
}

/**
 * Calls the inventory worker and awaits its answers: each call gets an id,
 * progress messages go to the call's listener, and an aborted signal sends
 * the worker a cancel for that call (the worker's run then rejects with a
 * Stop "cancelled", as it would in Excel).
 */
export class WorkerClient {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly endpoint: Endpoint) {
    endpoint.addEventListener("message", this.receive);
  }

  call<N extends CallName>(
    name: N,
    args: WorkerCalls[N]["args"],
    options: { onProgress?: (progress: Progress) => void; signal?: AbortSignal } = {},
  ): Promise<WorkerCalls[N]["result"]> {
    const id = this.nextId++;
    const { signal, onProgress } = options;
    return new Promise<WorkerCalls[N]["result"]>((resolve, reject) => {
      const cancel = (): void => this.send({ type: "cancel", id });
      this.waiting.set(id, {
        resolve: (value) => {
          signal?.removeEventListener("abort", cancel);
          resolve(value as WorkerCalls[N]["result"]);
        },
        reject: (error) => {
          signal?.removeEventListener("abort", cancel);
          reject(error);
        },
        onProgress,
      });
      this.send({ type: "call", id, name, args } as PageMessage);
      if (signal?.aborted) cancel();
      else signal?.addEventListener("abort", cancel, { once: true });
    });
  }

  /** Stops listening; calls still waiting reject with `reason`. */
  close(reason: Error = new Error("The inventory worker was closed.")): void {
    this.endpoint.removeEventListener("message", this.receive);
    for (const waiting of this.waiting.values()) waiting.reject(reason);
    this.waiting.clear();
  }

  private send(message: PageMessage): void {
    this.endpoint.postMessage(message);
  }

  private readonly receive = (event: MessageEvent): void => {
    const message = event.data as WorkerMessage;
    const waiting = this.waiting.get(message.id);
    if (!waiting) return;
    if (message.type === "progress") {
      waiting.onProgress?.(message.progress);
      return;
    }
    this.waiting.delete(message.id);
    if (message.type === "result") waiting.resolve(message.value);
    else waiting.reject(errorOf(message.failure));
  };
}

/** The worker's failure as the pane expects it: a Stop, an UnreadableFile, or an Error keeping the worker's stack. */
function errorOf(failure: WorkerFailure): Error {
  if (failure.name === "Stop" && failure.code) return new Stop(failure.code as StopCode, failure.message);
  if (failure.name === "UnreadableFile") return new UnreadableFile(failure.message);
  const error = new Error(failure.message);
  error.name = failure.name;
  if (failure.stack) error.stack = failure.stack;
  return error;
}
