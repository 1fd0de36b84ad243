/**
 * A browser page that records what the pane does besides rendering: console
 * errors, uncaught page errors and every request URL (the page's, its frames'
 * and its workers'), so a test can assert the add-in stays silent and offline.
 */
import { BrowserContext, Page } from "playwright-core";

/**
 * The one request office.js makes off localhost when loaded outside Office: its
 * ULS logger (in `o15apptofilemappingtable.js`, `OSF.Logger.ulsEndpoint`) opens
 * this page in a hidden iframe 3 s after load to post telemetry through it.
 * Offline it fails to resolve, quietly. Measured with office-js 1.1.110.
 */
export const OFFICE_TELEMETRY_PROBE = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

/** What a page did while a test watched it. */
export interface PageRecord {
  /** `console.error` messages and resources that failed to load, with their URL. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Every URL requested, in order. */
  requests: string[];
}

/** A page opened at a URL with its record kept up to date. */
export interface RecordedPage {
  page: Page;
  record: PageRecord;
}

/**
 * Opens `url` in a new page of `context`, recording from before the first
 * request, and waits for the page's load event.
 */
export async function openRecorded(context: BrowserContext, url: string): Promise<RecordedPage> {
  const record: PageRecord = { consoleErrors: [], pageErrors: [], requests: [] };
  const page = await context.newPage();
  page.on("request", (request) => record.requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url;
    record.consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
  });
  page.on("pageerror", (failure) => record.pageErrors.push(failure.stack ?? failure.message));
  await page.goto(url, { waitUntil: "load" });
  return { page, record };
}

/** True for URLs that need no network beyond this machine: localhost, data: and blob:. */
export function isLocal(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === "data:" || parsed.protocol === "blob:") return true;
  return parsed.hostname === "127.0.0.1" || parsed.hostname === "localhost" || parsed.hostname === "[::1]";
}

/** The requests that went anywhere but localhost or Office's telemetry probe (the test expects none). */
export function foreignRequests(record: PageRecord): string[] {
  return record.requests.filter((url) => !isLocal(url) && url !== OFFICE_TELEMETRY_PROBE);
}
