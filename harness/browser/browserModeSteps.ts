/**
 * What an analyst does on the browser-mode page (dist/index.html), as steps
 * the end-to-end tests and the browser-mode benchmark share.
 */
import * as fs from "fs";
import * as path from "path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { type RecordedPage, openRecorded } from "./recordedPage";

/** Generous: ExcelJS reads and writes a 50,000-row workbook in tens of seconds on a 2-core machine. */
export const LARGE_STEP_MS = 8 * 60_000;

/** Opens the browser-mode page (served at `/`). */
export function openBrowserMode(context: BrowserContext, url: string): Promise<RecordedPage> {
  return openRecorded(context, url);
}

/** Picks `file` with the page's file input; resolves once the file's toolbar or an error shows. */
export async function openInventoryFile(page: Page, file: string, timeout = LARGE_STEP_MS): Promise<void> {
  await page.getByLabel("Choose a file").setInputFiles(file);
  await page.getByRole("toolbar").or(page.getByText("Cannot open the file")).waitFor({ timeout });
}

/** An accordion panel of the pane by its heading, opened if it is closed; resolves to the panel's item. */
export async function openPanel(page: Page, heading: string | RegExp): Promise<Locator> {
  const button = page.getByRole("button", { name: heading });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  return page.locator(".fui-AccordionItem").filter({ has: button });
}

/** Clicks Evaluate and waits for the counts of the finished run. */
export async function evaluateInventory(page: Page, timeout = LARGE_STEP_MS): Promise<string> {
  const panel = await openPanel(page, "Evaluate & highlight");
  await panel.getByRole("button", { name: "Evaluate", exact: true }).click();
  const status = panel.getByRole("status");
  await status.waitFor({ timeout });
  return (await status.textContent()) ?? "";
}

/** Clicks "Download evaluated workbook" and saves the file in `folder`; resolves to its path. */
export async function downloadWorkbook(page: Page, folder: string, timeout = LARGE_STEP_MS): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout }),
    page.getByRole("button", { name: "Download evaluated workbook" }).click(),
  ]);
  const file = path.join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Where screenshots go: docs/ when ASSISTLEVEL_SCREENSHOTS=docs (to refresh the README's), else a temporary folder. */
export function screenshotFolder(temporary: string): string {
  const folder = process.env.ASSISTLEVEL_SCREENSHOTS === "docs" ? path.resolve(__dirname, "../../docs") : temporary;
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

/** A screenshot of `element` (a panel), cut at `maxHeight` px so the README's pictures stay small. */
export async function panelScreenshot(page: Page, element: Locator, file: string, maxHeight = 800): Promise<void> {
  // boundingBox() is relative to the viewport; a full-page clip is in page coordinates.
  const box = await element.boundingBox();
  if (!box) throw new Error(`Nothing to photograph for ${file}: the element is not visible.`);
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  const clip = { x: box.x + scroll.x, y: box.y + scroll.y, width: box.width, height: Math.min(box.height, maxHeight) };
  await page.screenshot({ path: file, fullPage: true, clip });
}
