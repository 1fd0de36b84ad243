import { MessageChannel } from "worker_threads";
import type { WorkerConnector } from "../../../src/taskpane/browser/BrowserHost";
import { serveInventory } from "../../../src/taskpane/browser/worker/inventorySession";
import type { Endpoint } from "../../../src/taskpane/browser/worker/workerProtocol";

/**
 * The inventory worker's own code (serveInventory) on the other end of a
 * real MessageChannel in this process: every message is structured-cloned
 * as it is between a page and its Web Worker, so what cannot cross the
 * boundary fails here too. `closed` counts the workers the host ended.
 */
export function inProcessWorker(): { connect: WorkerConnector; closed: () => number } {
  let closed = 0;
  const connect: WorkerConnector = async () => {
    const channel = new MessageChannel();
    serveInventory(channel.port2 as unknown as Endpoint);
    channel.port1.start();
    channel.port2.start();
    return {
      endpoint: channel.port1 as unknown as Endpoint,
      close: () => {
        closed++;
        channel.port1.close();
      },
    };
  };
  return { connect, closed: () => closed };
}
