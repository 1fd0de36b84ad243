/**
 * The queue's `later` steps (a read whose writes wait for its answer, with
 * no caller waiting): flush sends what they queue once the answer is in,
 * and reports the first failure of such a step, once.
 */
import { SyncQueue } from "../../../src/workbook/office/syncQueue";

function queueOverLog() {
  const log: string[] = [];
  let syncs = 0;
  const queue = new SyncQueue(
    {
      sync: async () => {
        log.push(`sync ${++syncs}`);
      },
      suspendCalculation: () => log.push("suspend"),
      recalculate: () => log.push("recalculate"),
    },
    1_000,
  );
  const write = (name: string): Promise<void> => queue.write([{ bytes: 10, queue: () => log.push(name) }]);
  const read = (name: string): Promise<string> =>
    queue.read([{ bytes: 10, prepare: () => (log.push(`load ${name}`), () => name) }]).then(([answer]) => answer);
  return { queue, log, write, read };
}

describe("SyncQueue.later", () => {
  it("flush sends the writes a later step queues after its read came back", async () => {
    const { queue, log, write, read } = queueOverLog();
    await write("columns");
    queue.later(read("rowCount").then(() => write("fill")));
    await queue.flush();
    expect(log).toEqual(["columns", "load rowCount", "sync 1", "fill", "sync 2"]);
    expect(queue.pending).toBe(false);
  });

  it("flush reports a later step's failure once, after sending the rest", async () => {
    const { queue, log, write, read } = queueOverLog();
    queue.later(read("rowCount").then(() => Promise.reject(new Error("step failed"))));
    await write("other");
    await expect(queue.flush()).rejects.toThrow("step failed");
    expect(log).toEqual(["load rowCount", "other", "sync 1"]);
    await expect(queue.flush()).resolves.toBeUndefined();
  });
});
