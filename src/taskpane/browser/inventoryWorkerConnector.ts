import type { WorkerConnector } from "./BrowserHost";

/** The worker's file beside the page (a webpack entry of its own, see webpack.config.js). */
export const INVENTORY_WORKER_FILE = "inventoryWorker.js";

/**
 * Starts the inventory worker. Its script is fetched from the page's own
 * origin and started from a blob: URL because a worker started from a blob:
 * URL inherits the page's Content-Security-Policy (CSP3), so the policy that
 * keeps the page offline holds in the worker too, whatever headers the
 * server sends; a worker started from its own URL would get only the
 * policy of that file's response. A worker that cannot load, or throws
 * outside a call, is reported through `onCrash`, so no call waits forever.
 */
export const connectInventoryWorker: WorkerConnector = async (onCrash) => {
  const response = await fetch(INVENTORY_WORKER_FILE);
  if (!response.ok) throw new Error(`${INVENTORY_WORKER_FILE} could not be loaded (HTTP ${response.status}).`);
  const url = URL.createObjectURL(new Blob([await response.text()], { type: "text/javascript" }));
  const worker = new Worker(url);
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    onCrash(new Error(event.message || `The inventory worker (${INVENTORY_WORKER_FILE}) could not be started.`));
  });
  return {
    endpoint: worker,
    close: () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
};
