/**
 * `npm run bench:browser`: browser mode on a 50,000-row inventory, from one
 * run of the built page (dist/, or ASSISTLEVEL_DIST) in Debian's Chromium:
 *  - the time from picking the file to the evaluated workbook's download
 *    being ready, with the steps in between (open, map, evaluate, download);
 *  - the peak JS heap of the page and of its inventory worker, polled over
 *    the Chrome DevTools Protocol (Runtime.getHeapUsage on both targets);
 *  - the page's long tasks (over 50 ms, PerformanceObserver "longtask"):
 *    how long its main thread was ever blocked while the worker worked.
 * Figures go to stdout; nothing is asserted (speed is not a test).
 */
import * as fs from "fs";
import * as path from "path";
import type { CDPSession, Page } from "playwright-core";
import { downloadWorkbook, evaluateInventory, openBrowserMode, openInventoryFile, openPanel } from "../harness/browser/browserModeSteps";
import { startServedAddin } from "../harness/browser/servedAddin";
import { writeInventory } from "./inventoryFile";

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const POLL_MS = 100;
const work = path.resolve(__dirname, "../.bench");

interface HeapPeaks {
  page: number;
  worker: number;
  /** The highest sum of both seen at one poll. */
  together: number;
}

/**
 * Polls the used JS heap of the page and of every worker it starts. Workers
 * are reached through the page's own DevTools session (Target.setAutoAttach,
 * messages relayed with Target.sendMessageToTarget), as DevTools does.
 */
async function watchHeap(page: Page): Promise<{ peaks: HeapPeaks; stop: () => Promise<void> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  const waiting = new Map<number, (usedSize: number) => void>();
  let nextId = 1;
  session.on("Target.attachedToTarget", (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type === "worker") workers.add(event.sessionId);
  });
  session.on("Target.detachedFromTarget", (event: { sessionId: string }) => workers.delete(event.sessionId));
  session.on("Target.receivedMessageFromTarget", (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
    if (reply.id !== undefined && reply.result) waiting.get(reply.id)?.(reply.result.usedSize);
  });
  await session.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const workerHeap = (sessionId: string): Promise<number> =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, (used) => {
        waiting.delete(id);
        resolve(used);
      });
      session.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }) }).catch(() => {
        waiting.delete(id);
        resolve(0);
      });
    });

  const peaks: HeapPeaks = { page: 0, worker: 0, together: 0 };
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const [pageHeap, ...workerHeaps] = await Promise.all([
        session.send("Runtime.getHeapUsage").then((usage) => usage.usedSize),
        ...[...workers].map(workerHeap),
      ]);
      const worker = workerHeaps.reduce((sum, used) => sum + used, 0);
      peaks.page = Math.max(peaks.page, pageHeap);
      peaks.worker = Math.max(peaks.worker, worker);
      peaks.together = Math.max(peaks.together, pageHeap + worker);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  return {
    peaks,
    stop: async () => {
      polling = false;
      await poll;
      await session.detach();
    },
  };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  fs.mkdirSync(work, { recursive: true });
  const file = path.join(work, `browser-inventory-${ROWS}.xlsx`);
  if (!fs.existsSync(file)) await writeInventory(file, ROWS);
  const served = await startServedAddin({ width: 1000, height: 900 });
  try {
    const { page, record } = await openBrowserMode(served.context, served.url);
    const heap = await watchHeap(page);
    await page.evaluate(() => {
      const seen = ((window as unknown as { longTasks: number[] }).longTasks = [] as number[]);
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.push(entry.duration))).observe({ type: "longtask" });
    });
    const started = Date.now();
    const marks: [string, number][] = [];
    const mark = (step: string) => marks.push([step, Date.now() - started]);

    await openInventoryFile(page, file);
    mark("file open in the worker");
    await (await openPanel(page, "Inventory")).getByText(`posts on rows 2–${ROWS + 1}`).waitFor({ timeout: 10 * 60_000 });
    mark("columns recognised");
    const counts = await evaluateInventory(page, 20 * 60_000);
    mark(`evaluated (${counts})`);
    const downloaded = await downloadWorkbook(page, work, 20 * 60_000);
    mark("download ready");
    await heap.stop();
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

    console.log(`Browser mode, ${ROWS.toLocaleString("en")}-row inventory (${mb(fs.statSync(file).size)} .xlsx), Chromium ${served.context.browser()?.version() ?? ""}`);
    let previous = 0;
    for (const [step, at] of marks) {
      console.log(`  ${step.padEnd(60)} at ${seconds(at).padStart(8)}  (+${seconds(at - previous)})`);
      previous = at;
    }
    console.log(`  open → download ready: ${seconds(marks[marks.length - 1][1])}`);
    console.log(`  peak JS heap: page ${mb(heap.peaks.page)}, worker ${mb(heap.peaks.worker)}, both at once ${mb(heap.peaks.together)} (polled every ${POLL_MS} ms)`);
    console.log(`  page main thread: ${longTasks.length} long tasks (> 50 ms), longest ${Math.round(Math.max(0, ...longTasks))} ms`);
    console.log(`  downloaded ${path.basename(downloaded)}: ${mb(fs.statSync(downloaded).size)}`);
    if (record.pageErrors.length > 0) console.log(`  page errors: ${record.pageErrors.join(" | ")}`);
    fs.rmSync(downloaded, { force: true });
  } finally {
    await served.close();
  }
}

main().catch((failure: unknown) => {
  console.error(failure instanceof Error ? failure.stack : failure);
  process.exit(1);
});
