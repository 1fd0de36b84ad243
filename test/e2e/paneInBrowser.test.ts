/**
 * The built task pane in a real browser (issue 4, item 4): served from localhost
 * with Office's own office.js, opened in Debian's Chromium outside Excel. Office
 * starts with no host, so the pane opens in browser mode (a file opened in the
 * page). It must render, log no console error, throw nothing, and request nothing
 * off this machine except office.js's telemetry probe. Saves
 * docs/pane-in-browser.png for the README. (Browser mode's own work, on a file,
 * is tested in browserMode.test.ts.)
 */
import * as path from "path";
import { BROWSER_TEXT } from "../../src/taskpane/browser/browserText";
import { openRecorded, foreignRequests, OFFICE_TELEMETRY_PROBE, RecordedPage } from "../../harness/browser/recordedPage";
import { ServedAddin, startServedAddin } from "../../harness/browser/servedAddin";

const SCREENSHOT = path.resolve(__dirname, "../../docs/pane-in-browser.png");

describe("the task pane in Chromium, outside Excel", () => {
  let addin: ServedAddin;
  let pane: RecordedPage;

  beforeAll(async () => {
    addin = await startServedAddin({ width: 420, height: 760 });
    pane = await openRecorded(addin.context, `${addin.url}taskpane.html`);
  }, 60_000);

  afterAll(async () => {
    // The picture is taken last, once office.js and the pane have settled.
    if (pane) await pane.page.screenshot({ path: SCREENSHOT, fullPage: true });
    await addin?.close();
  }, 30_000);

  it("renders browser mode in the browser's language: a heading and a way to open a file", async () => {
    const text = BROWSER_TEXT.en;
    await pane.page.getByRole("heading", { name: text.openHeading }).waitFor({ state: "visible" });
    expect(await pane.page.getByRole("heading").allInnerTexts()).toEqual([text.openHeading]);
    expect(await pane.page.getByRole("button", { name: text.chooseFile }).isEnabled()).toBe(true);
  }, 30_000);

  it("loaded office.js from localhost, and Office started outside a host", async () => {
    expect(pane.record.requests).toContain(`${addin.url}office-js/office.js`);
    const host = await pane.page.evaluate(() => new Promise((resolve) => Office.onReady((info) => resolve(info.host))));
    expect(host).toBeNull();
  }, 30_000);

  it("requests nothing off this machine but office.js's telemetry probe", async () => {
    // office.js opens the probe 3 s after it loads: once it is seen, the pane has
    // run its start-up, and any request it made is in the record.
    if (!pane.record.requests.includes(OFFICE_TELEMETRY_PROBE)) await pane.page.waitForRequest(OFFICE_TELEMETRY_PROBE, { timeout: 20_000 });
    expect(foreignRequests(pane.record)).toEqual([]);
  }, 30_000);

  it("logs no console error and throws no page error", () => {
    expect(pane.record.consoleErrors).toEqual([]);
    expect(pane.record.pageErrors).toEqual([]);
  });
});
