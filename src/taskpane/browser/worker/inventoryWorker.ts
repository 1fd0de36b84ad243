/**
 * The inventory worker of the pane's browser mode: ExcelJS and the workbook
 * live here, off the page's thread and out of the page's bundle.
 */
import { serveInventory } from "./inventorySession";
import type { Endpoint } from "./workerProtocol";

serveInventory(self as unknown as Endpoint);
