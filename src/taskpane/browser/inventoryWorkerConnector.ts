import type { WorkerConnector } from "./BrowserHost";

/** The worker's file beside the page (a webpack entry of its own, see webpack.config.js). */
export const INVENTORY_WORKER_FILE = "inventoryWorker.js";

/**
 * Starts the inventory worker from the page's own origin (the page's
 * Content-Security-Policy allows workers from 'self' only). A worker that
 * cannot load or throws outside a call is reported through `onCrash`, so no
 * call waits forever.
 */
export const connectInventoryWorker: WorkerConnector = (onCrash) => {
  const worker = new Worker(new URL(INVENTORY_WORKER_FILE, document.baseURI));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    onCrash(new Error(event.message || `The inventory worker (${INVENTORY_WORKER_FILE}) could not be started.`));
  });
  return { endpoint: worker, close: () => worker.terminate() };
};
