/**
 * Browser mode end to end: the built page (dist/index.html) in Debian's
 * Chromium, an inventory picked from disk, the pane run on it in the page,
 * and the downloaded workbook compared cell by cell with what the batch tool
 * writes for the same file. Needs dist/ (`npm run build`) and the CLI build.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { writeInventory } from "../../bench/inventoryFile";
import { cliText } from "../../src/cli/cliText";
import { matrixStamp } from "../../src/domain";
import { mapSource } from "../../src/usecases/paneJobs";
import { FIELD_OFFSETS, LEVEL_COLOURS, RESULT_FIELDS, STRIP } from "../../src/usecases/resultColumns";
import { stopMessages } from "../../src/usecases/stopMessages";
import { SUMMARY_TEXT } from "../../src/usecases/summary/summaryText";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";
import { BUILT_CLI, ROOT, SAMPLE_XLSX, cellsOf, readWorkbook, runCli } from "../cli/cliHarness";
import { LARGE_STEP_MS, downloadWorkbook, evaluateInventory, openBrowserMode, openInventoryFile, openPanel, panelScreenshot, screenshotFolder } from "../../harness/browser/browserModeSteps";
import { foreignRequests } from "../../harness/browser/recordedPage";
import { BUILT_DIST, type ServedAddin, startServedAddin } from "../../harness/browser/servedAddin";

jest.setTimeout(120_000);

let served: ServedAddin;
let temporary: string;
let shots: string;

beforeAll(async () => {
  temporary = fs.mkdtempSync(path.join(os.tmpdir(), "assistlevel-browser-"));
  shots = screenshotFolder(path.join(temporary, "screenshots"));
  if (!fs.existsSync(BUILT_CLI)) execFileSync("npm", ["run", "build:cli", "--silent"], { cwd: ROOT, stdio: "inherit" });
  served = await startServedAddin({ width: 900, height: 1000 });
});

afterAll(async () => {
  await served?.close();
  fs.rmSync(temporary, { recursive: true, force: true });
});

/** A page that ends a test with no error logged, no exception and no request off this machine. */
async function expectQuietPage(record: { consoleErrors: string[]; pageErrors: string[]; requests: string[] }): Promise<void> {
  expect(record.pageErrors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  expect(foreignRequests(record)).toEqual([]);
}

/** The levels a band text covers in the batch tool's output: "A2" → [2], "A2–A4" → [2, 3, 4]. */
function levelsOfBand(text: string): number[] {
  const match = /^A([1-4])(?:–A([1-4]))?$/.exec(text);
  if (!match) return [];
  const levels: number[] = [];
  for (let level = Number(match[1]); level <= Number(match[2] ?? match[1]); level++) levels.push(level);
  return levels;
}

const rgb = (hex: string): string => `rgb(${[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

/**
 * Scrolls the preview grid to `row`, waits until its cells are fetched from
 * the worker, and gives a cell's text by its column header.
 */
async function previewRow(page: Page, row: number, firstRow: number) {
  const grid = page.getByRole("grid");
  await grid.evaluate((element, top) => (element.scrollTop = top), Math.max(0, (row - firstRow - 3) * 28));
  const line = grid.locator(`[role=row][data-row="${row}"][aria-busy="false"]`);
  await line.waitFor();
  const headers = await grid.getByRole("columnheader").allTextContents();
  // The first column is the row number (a rowheader); gridcells follow the other headers.
  const cell = (header: string) => {
    const index = headers.indexOf(header);
    if (index < 1) throw new Error(`The preview has no column "${header}": ${headers.join(", ")}`);
    return line.getByRole("gridcell").nth(index - 1);
  };
  return { line, cell };
}

describe("browser mode on the sample inventory", () => {
  it("maps, evaluates, previews, summarises and downloads what the batch tool writes", async () => {
    const cliOutput = path.join(temporary, "cli.xlsx");
    const cli = await runCli(["evaluate", SAMPLE_XLSX, "-o", cliOutput, "--lang", "en"]);
    expect(cli.code).toBe(1); // the sample's five bad rows
    const expected = await readWorkbook(cliOutput);
    const cliSheet = expected.getWorksheet("Inventaris")!;

    const { page, record } = await openBrowserMode(served.context, served.url);
    await page.getByRole("heading", { name: "Open an inventory (.xlsx, .xlsm or .csv)" }).waitFor();
    await page.getByText("nothing is sent or stored outside your browser").waitFor();
    await page.screenshot({ path: path.join(shots, "browser-open.png") });

    await openInventoryFile(page, SAMPLE_XLSX);
    await expect(page.getByRole("toolbar").textContent()).resolves.toContain("inventaris-ondersteuning-management.xlsx");

    // The mapping the pane shows: the sample's header row and the columns its README lists.
    const inventory = await openPanel(page, "Inventory");
    await inventory.getByText("headers on row 3, posts on rows 4–63").waitFor();
    const chosen = async (label: string) => (await inventory.getByLabel(label).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)) ?? "";
    await expect(chosen("Staff (headcount)")).resolves.toMatch(/^K\b.*Ondersteund personeel/);
    await expect(chosen("Coordination")).resolves.toMatch(/^M\b.*Coördinatie/);
    await expect(chosen("Advice")).resolves.toMatch(/^N\b.*Advies/);
    await expect(chosen("Role")).resolves.toMatch(/^L\b/);
    await panelScreenshot(page, inventory, path.join(shots, "browser-inventory.png"));

    const counts = await evaluateInventory(page);
    const evaluated = Number(/Posts evaluated:\s+(\d+)/.exec(cli.stdout)?.[1]);
    const invalid = Number(/Rows in error:\s+(\d+)/.exec(cli.stdout)?.[1]);
    expect(counts).toMatch(new RegExp(`^${evaluated} evaluated · ${invalid} invalid`));
    await panelScreenshot(page, await openPanel(page, "Evaluate & highlight"), path.join(shots, "browser-evaluate.png"));

    // Live formulas are not chosen and cannot be: HR.* formulas compute only in Excel. Values and portable formulas can.
    const liveFormulas = page.getByRole("radio", { name: /Live formulas/ });
    await expect(liveFormulas.isChecked()).resolves.toBe(false);
    await expect(liveFormulas.isDisabled()).resolves.toBe(true);
    await expect(page.getByRole("radio", { name: "Values" }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole("radio", { name: /Portable formulas/ }).isDisabled()).resolves.toBe(false);

    const summary = await openPanel(page, "Summary");
    await summary.getByText(SUMMARY_TEXT.en.note(matrixStamp("en"), evaluated, invalid)).waitFor();
    await panelScreenshot(page, summary, path.join(shots, "browser-summary.png"));

    // Problems: the cells the batch tool lists on stderr, by address.
    const cliCells = cli.stderr.split("\n").map((line) => /^([A-Z]+\d+) /.exec(line)?.[1]).filter((cell): cell is string => !!cell);
    expect(cliCells.length).toBeGreaterThanOrEqual(invalid);
    const problems = await openPanel(page, `Problems (${cliCells.length})`);
    const listed = await problems.getByRole("listitem").getByRole("button").allTextContents();
    expect(listed.sort()).toEqual(cliCells.map((cell) => `Inventaris!${cell}`).sort());
    await panelScreenshot(page, problems, path.join(shots, "browser-problems.png"));
    await (await openPanel(page, `Problems (${cliCells.length})`)).getByRole("button", { name: "Inventaris!L18" }).waitFor();

    // The preview: classes and lit descriptors of known rows, as the batch tool's cells give them.
    const first = 17; // Q: the sample's first result column
    expect(String(cliSheet.getCell(3, first).value)).toBe("Indicative class");
    await openPanel(page, "Preview");
    const field = (name: (typeof RESULT_FIELDS)[number]) => first + FIELD_OFFSETS[RESULT_FIELDS.indexOf(name)];
    for (const row of [4, 5, 6, 7, 18, 27, 41, 56, 62, 63]) {
      const { line, cell } = await previewRow(page, row, 4);
      const classText = String(cliSheet.getCell(row, field("class")).value ?? "");
      await expect(cell("Post-ID").textContent()).resolves.toBe(String(cliSheet.getCell(row, 1).value ?? ""));
      await expect(cell("Rol in de ondersteuning").textContent()).resolves.toBe(String(cliSheet.getCell(row, 12).value ?? ""));
      await expect(cell("Indicative class").textContent()).resolves.toBe(classText);
      await expect(cell("Flags").textContent()).resolves.toBe(String(cliSheet.getCell(row, field("flags")).value ?? ""));
      const lit = await line.locator("[data-lit]").evaluateAll((strip) => strip.map((cell) => [cell.getAttribute("data-lit"), getComputedStyle(cell).backgroundColor]));
      const expectedLit = STRIP.map(({ criterion, level }) => levelsOfBand(String(cliSheet.getCell(row, field(criterion)).value ?? "")).includes(level));
      expect(lit.map(([flag]) => flag === "true")).toEqual(expectedLit);
      STRIP.forEach(({ level }, i) => {
        if (expectedLit[i]) expect(lit[i][1]).toBe(rgb(LEVEL_COLOURS[level]));
      });
      if (/^A[1-4]$/.test(classText)) {
        const level = Number(classText[1]) as 1 | 2 | 3 | 4;
        await expect(cell("Indicative class").evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.toBe(rgb(LEVEL_COLOURS[level]));
      }
    }
    // Only the rows in view are in the page.
    expect(await page.getByRole("grid").locator("[role=row][data-row]").count()).toBeLessThan(60);
    await panelScreenshot(page, await openPanel(page, "Preview"), path.join(shots, "browser-preview.png"));

    const downloaded = await downloadWorkbook(page, temporary);
    expect(path.basename(downloaded)).toBe("inventaris-ondersteuning-management-evaluated.xlsx");
    const actual = await readWorkbook(downloaded);
    for (const sheet of ["Inventaris", "Matrix A1-A4", "Summary"]) {
      expect([...cellsOf(actual.getWorksheet(sheet)!)]).toEqual([...cellsOf(expected.getWorksheet(sheet)!)]);
    }
    expect(actual.worksheets.map((s) => s.name).sort()).toEqual(expected.worksheets.map((s) => s.name).sort());
    // The summary's flagged posts link to their rows in the download as in the batch tool's copy (read back by openpyxl).
    const links = (file: string): string => execFileSync("/usr/bin/python3", ["-c", SUMMARY_LINKS, file, "Summary"], { encoding: "utf8" });
    expect((JSON.parse(links(downloaded)) as unknown[]).length).toBeGreaterThan(10);
    expect(links(downloaded)).toBe(links(cliOutput));
    await expectQuietPage(record);
    await page.close();
  });
});

/** Each hyperlink of a sheet: its cell, where it goes, its tip. */
const SUMMARY_LINKS = `
import sys, json, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
print(json.dumps([[c.coordinate, c.hyperlink.location, c.hyperlink.tooltip] for row in sheet.iter_rows() for c in row if c.hyperlink]))
`;

describe("nothing leaves the page", () => {
  /** Asks `fetch` for a URL off the origin where `scope` runs; resolves to the CSP directive that refused it. */
  const refusedDirective = () =>
    new Promise<string>((resolve) => {
      self.addEventListener("securitypolicyviolation", (event) => resolve((event as SecurityPolicyViolationEvent).effectiveDirective), { once: true });
      fetch("https://example.org/upload", { method: "POST", body: "inventory" }).catch(() => undefined);
    });

  it("the browser-mode page and its worker refuse requests off their origin; the Excel page keeps the CDN office.js and no policy", async () => {
    const { page, record } = await openBrowserMode(served.context, served.url);
    await openInventoryFile(page, SAMPLE_XLSX);
    await expect(page.evaluate(refusedDirective)).resolves.toBe("connect-src");
    const workers = page.workers();
    expect(workers).toHaveLength(1);
    await expect(workers[0].evaluate(refusedDirective)).resolves.toBe("connect-src");
    expect(record.requests.filter((url) => url.includes("example.org"))).toEqual([]);
    await page.close();

    const excelPage = fs.readFileSync(path.join(BUILT_DIST, "taskpane.html"), "utf8");
    expect(excelPage).toMatch(/<script[^>]+src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/);
    expect(excelPage).not.toContain("Content-Security-Policy");
    const browserPage = fs.readFileSync(path.join(BUILT_DIST, "index.html"), "utf8");
    expect(browserPage).toContain("Content-Security-Policy");
    expect(browserPage).not.toContain("office.js");
  });
});

describe("files that cannot be evaluated end in a clear message", () => {
  async function workbookFile(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    const file = path.join(temporary, name);
    await workbook.xlsx.writeFile(file);
    return file;
  }

  /** The Stop the use case gives for the workbook's first sheet, run in this process on the same file. */
  async function stopFor(file: string): Promise<string> {
    const workbook = await readWorkbook(file);
    const sheet = workbook.worksheets[0].name;
    const stop = await mapSource(new ExcelJsWorkbook(workbook), { sheet }, {}, "en").then(() => undefined, (failure: Error) => failure.message);
    if (stop === undefined) throw new Error(`${file} maps without a Stop`);
    return stop;
  }

  it("a file that is not a workbook", async () => {
    const file = path.join(temporary, "not-a-workbook.xlsx");
    fs.writeFileSync(file, "Post-ID;Personeel\nP-1;12\n");
    const { page, record } = await openBrowserMode(served.context, served.url);
    await openInventoryFile(page, file);
    const bar = page.getByText("Cannot open the file").locator("..");
    await expect(bar.textContent()).resolves.toContain(cliText("en").notXlsx("not-a-workbook.xlsx"));
    await page.getByLabel("Choose a file").waitFor({ state: "attached" });
    await page.screenshot({ path: path.join(shots, "browser-not-a-workbook.png") });
    await expectQuietPage(record);
    await page.close();
  });

  it.each([
    ["an empty sheet", "empty.xlsx", (w: ExcelJS.Workbook) => void w.addWorksheet("Blad1")],
    [
      "a sheet without the needed columns",
      "no-criteria.xlsx",
      (w: ExcelJS.Workbook) => {
        const sheet = w.addWorksheet("Personeel");
        sheet.addRow(["Naam", "Dienst", "Telefoon"]);
        sheet.addRow(["Jan", "Budget", "02 123 45 67"]);
      },
    ],
  ])("%s", async (_, name, build) => {
    const file = await workbookFile(name, build);
    const message = await stopFor(file);
    const { page, record } = await openBrowserMode(served.context, served.url);
    await openInventoryFile(page, file);
    await page.getByText(message, { exact: false }).first().waitFor();
    await page.getByRole("toolbar").waitFor();
    if (name === "no-criteria.xlsx") await page.screenshot({ path: path.join(shots, "browser-missing-columns.png") });
    await expectQuietPage(record);
    await page.close();
  });
});

describe("a 50,000-row inventory", () => {
  it("shows progress, can be cancelled, then evaluates, scrolls to its last row and downloads", async () => {
    const file = path.join(temporary, "inventaris-50000.xlsx");
    await writeInventory(file, 50_000);
    const { page, record } = await openBrowserMode(served.context, served.url);
    await openInventoryFile(page, file);
    await (await openPanel(page, "Inventory")).getByText("posts on rows 2–50001").waitFor({ timeout: LARGE_STEP_MS });

    const evaluate = await openPanel(page, "Evaluate & highlight");
    // Cancel is clicked inside the page the moment it shows, noting whether the progress bar was
    // there. A click sent from the test process crosses the DevTools connection; on a loaded CI
    // machine it landed after the worker had finished reading and evaluating, once writing had
    // begun, and the run completed as it should (Cancel is heard while reading and evaluating).
    // That made this test wait for a cancel that could not come.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const cancel = [...document.querySelectorAll("button")].find((button) => button.textContent === "Cancel");
        if (!cancel) return;
        observer.disconnect();
        document.body.dataset.progressAtCancel = String(document.querySelector("[role=progressbar]") !== null);
        cancel.click();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await evaluate.getByRole("button", { name: "Evaluate", exact: true }).click();
    const outcome = await Promise.race([
      page.getByText(stopMessages("en").cancelled()).waitFor({ timeout: LARGE_STEP_MS }).then(() => "cancelled"),
      evaluate.getByRole("status").waitFor({ timeout: LARGE_STEP_MS }).then(() => "completed before the cancel was heard"),
    ]);
    expect(outcome).toBe("cancelled");
    await expect(page.evaluate(() => document.body.dataset.progressAtCancel)).resolves.toBe("true");
    await expect(evaluate.getByRole("status").count()).resolves.toBe(0);

    const counts = await evaluateInventory(page);
    const [evaluated, invalid, blank] = (/(\d+) evaluated · (\d+) invalid · (\d+) blank/.exec(counts) ?? []).slice(1).map(Number);
    expect(evaluated + invalid + blank).toBe(50_000);
    await openPanel(page, "Preview");
    const last = await previewRow(page, 50_001, 2);
    await expect(last.cell("Post-ID").textContent()).resolves.toBe("P-0050000");
    await expect(last.cell("Indicative class").textContent()).resolves.toMatch(/^(A[1-4]|ERROR)$/);
    expect(await page.getByRole("grid").locator("[role=row][data-row]").count()).toBeLessThan(60);

    const downloaded = await downloadWorkbook(page, temporary);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(downloaded);
    const sheet = workbook.getWorksheet("Inventaris")!;
    expect(sheet.rowCount).toBe(50_001);
    expect(String(sheet.getCell(50_001, 13).value)).toMatch(/^(A[1-4]|ERROR)$/);
    await expectQuietPage(record);
    await page.close();
  }, 20 * 60_000);
});
