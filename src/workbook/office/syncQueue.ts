/**
 * The request queue of the office.js adapter: every read and write the use
 * cases make becomes an entry here, and entries reach Excel in as few
 * `context.sync()` round trips as the payload limit allows.
 *
 * - A write only joins the queue: nothing is sent until a read needs an
 *   answer, the queue outgrows one request, or `flush()` is called.
 * - Reads made in the same tick of the event loop share one sync (with the
 *   writes queued before them, in call order): the request leaves on a
 *   timer, after the caller's chain of awaits on resolved writes has run. Every waiting read resolves, or all of them reject
 *   with the sync's error: none is left waiting.
 * - Entries are grouped into requests of at most `maxBytes` (estimated); a
 *   request closed because it was full is a *chunk*.
 * - A step queued with `later()` (a read whose writes wait for its answer,
 *   with no caller waiting for them) is part of the queue too: `flush()`
 *   waits for it and sends its writes, and reports its first failure.
 */

import { isPayloadError } from "./measuredReads";

/** One operation, queued on the request context only when its request is about to be sent. */
export interface QueueEntry {
  /** Estimated bytes this operation adds to the request and its response. */
  readonly bytes: number;
  /** Puts the operation on the request context (property sets, `load` calls). */
  readonly queue: () => void;
  /** A write of many plain values: worth suspending calculation for in a full request. */
  readonly largeValues?: boolean;
  /** A later part of a block read in parts for its size: its request counts as a chunk. */
  readonly continued?: boolean;
}

interface ReadEntry extends QueueEntry {
  settle(): void;
  fail(error: unknown): void;
}

type Entry = QueueEntry | ReadEntry;

const isRead = (entry: Entry): entry is ReadEntry => "settle" in entry;

/** What the queue needs of Excel besides the context's sync. */
export interface QueueHost {
  sync(): Promise<void>;
  /** `application.suspendApiCalculationUntilNextSync()`. */
  suspendCalculation(): void;
  /** Recalculates what a suspended request left dirty (`application.calculate("Recalculate")`). */
  recalculate(): void;
}

/** Counts for benchmarks and tests. */
export interface QueueStats {
  /** Requests sent. */
  syncs: number;
  /** Requests sent because the next entry would not fit, or carrying a later part of a block read in parts (payload-driven splits). */
  chunks: number;
  /** The largest request sent, in estimated bytes. */
  largestRequest: number;
}

export class SyncQueue {
  private entries: Entry[] = [];
  private queuedBytes = 0;
  private running: Promise<void> = Promise.resolve();
  private drainScheduled = false;
  private recalculationOwed = false;
  private readonly laterSteps = new Set<Promise<void>>();
  private laterFailure: unknown;
  readonly stats: QueueStats = { syncs: 0, chunks: 0, largestRequest: 0 };

  constructor(
    private readonly host: QueueHost,
    readonly maxBytes: number,
  ) {}

  /** Queues writes; sends only the full requests when the queue outgrows one request. */
  write(entries: readonly QueueEntry[]): Promise<void> {
    for (const entry of entries) this.push(entry);
    if (this.queuedBytes <= this.maxBytes) return Promise.resolve();
    return this.drain(false);
  }

  /**
   * Queues reads: each part's `prepare` runs when its request is built and
   * returns how to take its answer once the request came back.
   */
  read<T>(parts: readonly { readonly bytes: number; readonly prepare: () => () => T; readonly continued?: boolean }[]): Promise<T[]> {
    return new Promise<T[]>((resolve, reject) => {
      const results: T[] = new Array(parts.length);
      let left = parts.length;
      let failed = false;
      if (left === 0) resolve(results);
      parts.forEach((part, index) => {
        let take: (() => T) | undefined;
        this.push({
          bytes: part.bytes,
          continued: part.continued,
          queue: () => {
            take = part.prepare();
          },
          settle: () => {
            if (failed || !take) return;
            try {
              results[index] = take();
            } catch (error) {
              failed = true;
              reject(error);
              return;
            }
            if (--left === 0) resolve(results);
          },
          fail: (error) => {
            if (failed) return;
            failed = true;
            reject(error);
          },
        });
      });
      this.scheduleDrain();
    });
  }

  /** True while operations wait to be sent. */
  get pending(): boolean {
    return this.entries.length > 0;
  }

  /**
   * A step that needs an answer from Excel before its writes, but whose caller
   * does not: its read rides along with the next request anyone sends, and its
   * writes join the queue when the answer is in.
   */
  later(step: Promise<void>): void {
    const followUp: Promise<void> = step
      .catch((error: unknown) => {
        this.laterFailure ??= error;
      })
      .finally(() => this.laterSteps.delete(followUp));
    this.laterSteps.add(followUp);
  }

  /**
   * Sends everything queued, including what a `later` step queued once its
   * read came back; resolves when Excel has it, and reports the first failure
   * of such a step.
   */
  async flush(): Promise<void> {
    do {
      await this.drain(true);
      await Promise.all([...this.laterSteps]);
    } while (this.pending);
    if (this.laterFailure !== undefined) {
      const failure = this.laterFailure;
      this.laterFailure = undefined;
      throw failure;
    }
  }

  private push(entry: Entry): void {
    this.entries.push(entry);
    this.queuedBytes += entry.bytes;
  }

  /**
   * Reads queued together wait for a microtask, so they share a request. Not
   * a timer: in a hidden task pane (a shared runtime keeps running) timers
   * wait a second or more, and every read would wait with them.
   */
  private scheduleDrain(): void {
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    queueMicrotask(() => {
      this.drainScheduled = false;
      // The reads' own promises carry a failure; this chain only orders the requests.
      this.drain(false).catch(() => undefined);
    });
  }

  /** Serialises requests: a drain starts after the previous one ended. */
  private drain(everything: boolean): Promise<void> {
    const run = this.running.then(() => this.sendRequests(everything));
    this.running = run.catch(() => undefined);
    return run;
  }

  private async sendRequests(everything: boolean): Promise<void> {
    while (this.entries.length > 0) {
      const request = this.takeRequest();
      const full = this.entries.length > 0;
      if (!full && !everything && !request.entries.some(isRead)) {
        // A trailing request of writes waits for the next read or flush.
        this.entries = request.entries;
        this.queuedBytes = request.bytes;
        return;
      }
      await this.send(request.entries, request.bytes, full);
    }
  }

  private takeRequest(): { entries: Entry[]; bytes: number } {
    let bytes = 0;
    let count = 0;
    while (count < this.entries.length && (count === 0 || bytes + this.entries[count].bytes <= this.maxBytes)) {
      bytes += this.entries[count].bytes;
      count++;
    }
    const entries = this.entries.slice(0, count);
    this.entries = this.entries.slice(count);
    this.queuedBytes -= bytes;
    return { entries, bytes };
  }

  private async send(entries: Entry[], bytes: number, full: boolean): Promise<void> {
    try {
      if (this.recalculationOwed) {
        this.host.recalculate();
        this.recalculationOwed = false;
      }
      // Only a full request suspends calculation: the request after it exists
      // and carries the recalculation the suspension makes the add-in's job.
      if (full && entries.some((e) => e.largeValues)) {
        this.host.suspendCalculation();
        this.recalculationOwed = true;
      }
      for (const entry of entries) entry.queue();
      this.stats.syncs++;
      if (full || entries.some((e) => e.continued)) this.stats.chunks++;
      this.stats.largestRequest = Math.max(this.stats.largestRequest, bytes);
      await this.host.sync();
    } catch (error) {
      // Reads alone change nothing: a request of reads Excel found too large is
      // sent again in halves, and a single read too large fails alone (its
      // reader takes fewer rows: measuredReads.ts).
      if (isPayloadError(error) && entries.every(isRead)) {
        this.recalculationOwed = false;
        if (entries.length === 1) {
          entries[0].fail(error);
          return;
        }
        const half = Math.ceil(entries.length / 2);
        for (const part of [entries.slice(0, half), entries.slice(half)]) await this.send(part, part.reduce((sum, e) => sum + e.bytes, 0), false);
        return;
      }
      const waiting = [...entries, ...this.entries];
      this.entries = [];
      this.queuedBytes = 0;
      this.recalculationOwed = false;
      for (const entry of waiting) if (isRead(entry)) entry.fail(error);
      throw error;
    }
    for (const entry of entries) if (isRead(entry)) entry.settle();
  }
}
