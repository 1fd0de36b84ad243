import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeInventory } from "../../../bench/inventoryFile";
import { BrowserHost } from "../../../src/taskpane/browser/BrowserHost";
import { UnreadableFile } from "../../../src/taskpane/browser/unreadableFile";
import { evaluateSource } from "../../../src/usecases/paneJobs";
import type { EvaluateRequest, Progress, SelectedPost } from "../../../src/usecases/paneJobs.types";
import { FORMS_SHEET } from "../../../src/usecases/portable/formsSheet";
import { FIELD_OFFSETS, STRIP, resultHeaders } from "../../../src/usecases/resultColumns";
import { Stop } from "../../../src/usecases/stop";
import { ExcelJsWorkbook } from "../../support/excelJs/ExcelJsWorkbook";
import type { Endpoint } from "../../../src/taskpane/browser/worker/workerProtocol";
import { MessageChannel } from "worker_threads";
import { inProcessWorker } from "./inProcessWorker";

const SAMPLE = path.resolve(__dirname, "../../../samples/inventaris-ondersteuning-management.xlsx");
const SAMPLE_CSV = SAMPLE.replace(/\.xlsx$/, ".csv");

const INPUTS = ["staff", "scope", "advice", "role", "improvement", "contacts"] as const;
const fileBlob = (file: string): Blob => new Blob([fs.readFileSync(file)]);

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())]);
}

/** Every cell of a sheet as "A1=value" (formulas by their result), for row-by-row comparison. */
function cellsOf(sheet: ExcelJS.Worksheet): string[] {
  const cells: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => cells.push(`${cell.address}=${JSON.stringify(cell.value)}`)),
  );
  return cells;
}

const hosts: BrowserHost[] = [];
async function open(file: Blob, name: string): Promise<BrowserHost> {
  const host = await BrowserHost.open(file, name, "nl", inProcessWorker().connect);
  hosts.push(host);
  return host;
}
afterEach(() => {
  for (const host of hosts.splice(0)) host.dispose();
});

describe("BrowserHost over the inventory worker's messages", () => {
  it("maps, evaluates and downloads the sample as the use cases do in-thread", async () => {
    const host = await open(fileBlob(SAMPLE), "inventaris.xlsx");
    expect(host.file.sheets).toContain("Inventaris");
    const { preferred } = await host.listSources();
    expect(preferred).toEqual({ sheet: "Inventaris" });
    const mapping = await host.mapInventory(preferred!, {}, "nl");
    expect(mapping).toMatchObject({ sheet: "Inventaris", headerRow: 3, firstRow: 4, lastRow: 63 });
    expect(mapping.columns.staff).toBe(11);

    const request: EvaluateRequest = { source: preferred!, map: {}, language: "nl", mode: "formulas", validation: true };
    const progress: Progress[] = [];
    const evaluation = await host.evaluate(request, (p) => progress.push(p), new AbortController().signal);
    expect(evaluation.mode).toBe("values");
    expect(evaluation.evaluated + evaluation.invalid + evaluation.blank).toBe(60);
    expect(evaluation.invalid).toBe(5);
    expect(evaluation.problems.length).toBeGreaterThanOrEqual(5);
    expect(progress.length).toBeGreaterThan(0);
    expect(host.snapshot().evaluation).toBe(evaluation);

    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(await (await host.download()).arrayBuffer());
    const reference = new ExcelJS.Workbook();
    await reference.xlsx.readFile(SAMPLE);
    await evaluateSource(new ExcelJsWorkbook(reference), { ...request, mode: "values" });
    expect(cellsOf(downloaded.getWorksheet("Inventaris")!)).toEqual(cellsOf(reference.getWorksheet("Inventaris")!));

    const rows = await host.previewRows({ sheet: "Inventaris", first: 4, count: 60, columns: mapping.lastColumn, resultColumn: evaluation.column });
    expect(rows.map((r) => r.row)).toEqual(Array.from({ length: 60 }, (_, i) => 4 + i));
    const sheet = downloaded.getWorksheet("Inventaris")!;
    let post: SelectedPost | null = null;
    await host.followSelection(mapping, "nl", (selected) => (post = selected));
    for (const row of rows) {
      expect(row.cells[0]).toBe(String(sheet.getCell(row.row, 1).value ?? ""));
      expect(row.results?.fields[0]).toBe(String(sheet.getCell(row.row, evaluation.column).value ?? ""));
      // The strip as the engine sees the post (followRow assesses it afresh), not as the band texts read.
      await host.selectRow(row.row);
      expect(post).toMatchObject({ row: row.row });
      if (!post) continue;
      const lit = STRIP.filter((_, i) => row.results?.lit[i]).map(({ criterion, level }) => `${criterion}:${level}`);
      expect(lit).toEqual((post as SelectedPost).meets.map(({ criterion, level }) => `${criterion}:${level}`));
      const { level, problems } = post as SelectedPost;
      // A row with every input blank is not a post (not evaluated, no error).
      const blank = INPUTS.every((input) => row.cells[(mapping.columns[input] ?? 0) - 1] === "");
      expect(row.results?.level).toBe(level ?? (blank ? null : 0));
      expect(problems.length > 0).toBe(level === undefined);
    }
  });

  it("writes portable formulas when asked: the download's result columns hold formulas, and the package has the forms sheet", async () => {
    const host = await open(fileBlob(SAMPLE), "inventaris.xlsx");
    const source = { sheet: "Inventaris" };
    const mapping = await host.mapInventory(source, {}, "nl");
    const request: EvaluateRequest = { source, map: {}, language: "nl", mode: "portable", validation: false };
    const evaluation = await host.evaluate(request, () => undefined, new AbortController().signal);
    expect(evaluation.mode).toBe("portable");
    expect(evaluation.evaluated + evaluation.invalid + evaluation.blank).toBe(60);

    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(await (await host.download()).arrayBuffer());
    expect(downloaded.worksheets.map((w) => w.name)).toContain(FORMS_SHEET);
    expect(downloaded.getWorksheet(FORMS_SHEET)?.state).not.toBe("visible");
    const sheet = downloaded.getWorksheet("Inventaris")!;
    // Every result field of every inventory row is a formula (ExcelJS reads a shared formula's cells as formula or sharedFormula), none a value.
    const isFormula = (value: ExcelJS.CellValue): boolean =>
      value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value);
    for (let row = mapping.firstRow; row <= mapping.lastRow; row++) {
      for (const offset of FIELD_OFFSETS) {
        const cell = sheet.getCell(row, evaluation.column + offset);
        expect([cell.address, isFormula(cell.value)]).toEqual([cell.address, true]);
      }
    }
    // The headers are still plain text.
    expect(sheet.getCell(mapping.headerRow, evaluation.column).value).toBe(resultHeaders("nl")[0]);

    // The formulas have no result in the package until a spreadsheet computes them: the preview shows what they give, as a values run writes it.
    const page = { sheet: "Inventaris", first: mapping.firstRow, count: 60, columns: mapping.lastColumn, resultColumn: evaluation.column };
    const previewed = await host.previewRows(page);
    const withValues = await open(fileBlob(SAMPLE), "inventaris.xlsx");
    await withValues.mapInventory(source, {}, "nl");
    await withValues.evaluate({ ...request, mode: "values" }, () => undefined, new AbortController().signal);
    expect(previewed.map((row) => row.results)).toEqual((await withValues.previewRows(page)).map((row) => row.results));
    expect(previewed.some((row) => row.results?.level === 0) && previewed.some((row) => (row.results?.level ?? 0) > 0)).toBe(true);
  });

  it("reads a CSV inventory with the batch tool's reader, the sheet named after the file", async () => {
    const host = await open(fileBlob(SAMPLE_CSV), "inventaris-ondersteuning-management.csv");
    expect(host.file.sheets).toEqual(["inventaris-ondersteuning-manage"]); // Excel's 31 characters
    const mapping = await host.mapInventory({ sheet: host.file.sheets[0] }, {}, "fr");
    expect(mapping.lastRow - mapping.firstRow + 1).toBe(60);
  });

  it("cancels a running evaluation from the page and leaves the workbook as it was", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "browserhost-")), "big.xlsx");
    // Above readPosts's slice of 20,000 rows: the use case yields (and hears a Cancel) only between slices.
    await writeInventory(file, 25_000);
    const host = await open(fileBlob(file), "big.xlsx");
    const before = await host.previewRows({ sheet: "Inventaris", first: 1, count: 3, columns: 40 });
    const source = { sheet: "Inventaris" };
    await host.mapInventory(source, {}, "en");
    const controller = new AbortController();
    const steps: string[] = [];
    const run = host.evaluate({ source, map: {}, language: "en", mode: "values", validation: false }, (p) => {
      steps.push(p.step);
      controller.abort();
    }, controller.signal);
    await expect(run).rejects.toMatchObject({ name: "Stop", code: "cancelled" });
    await expect(run).rejects.toBeInstanceOf(Stop);
    expect(steps.length).toBeGreaterThan(0);
    expect(await host.previewRows({ sheet: "Inventaris", first: 1, count: 3, columns: 40 })).toEqual(before);
    expect(host.snapshot().evaluation).toBeUndefined();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }, 120_000);
});

describe("files the page cannot use end in a message, and the worker is ended", () => {
  it.each([
    ["notes.pdf", "%PDF-1.4", /\.xlsx.*\.csv/],
    ["inventaris.xlsx", "Post-ID;Personeel\nP1;12\n", /inventaris\.xlsx.*xlsx/],
    ["kapot.xlsx", "PK\u0003\u0004 not really a zip", /kapot\.xlsx/],
  ])("%s", async (name, content, message) => {
    const worker = inProcessWorker();
    const opening = BrowserHost.open(new Blob([content]), name, "nl", worker.connect);
    await expect(opening).rejects.toBeInstanceOf(UnreadableFile);
    await expect(opening).rejects.toThrow(message);
    expect(worker.closed()).toBe(1);
  });

  it("a worker that fails to start ends the waiting call with its error, and is ended", async () => {
    const channel = new MessageChannel(); // nothing serves the other end: the worker never ran
    let closed = 0;
    const opening = BrowserHost.open(new Blob(["x"]), "inventaris.xlsx", "en", async (onCrash) => {
      setTimeout(() => onCrash(new Error("inventoryWorker.js: Unexpected token '<'")), 10);
      return { endpoint: channel.port1 as unknown as Endpoint, close: () => void closed++ };
    });
    await expect(opening).rejects.toThrow("inventoryWorker.js: Unexpected token '<'");
    expect(closed).toBe(1);
    channel.port1.close();
  });

  it("an empty sheet stops the mapping with the use case's message", async () => {
    const host = await open(await workbookBytes((w) => w.addWorksheet("Blad1")), "leeg.xlsx");
    await expect(host.mapInventory({ sheet: "Blad1" }, {}, "nl")).rejects.toMatchObject({ name: "Stop", code: "emptySheet", message: expect.stringContaining("Blad1") });
  });

  it("a sheet without the needed columns stops the mapping, naming the headers it found", async () => {
    const blob = await workbookBytes((w) => {
      const sheet = w.addWorksheet("Personeel");
      sheet.addRow(["Naam", "Dienst", "Telefoon"]);
      sheet.addRow(["Jan", "Budget", "02 123 45 67"]);
    });
    const host = await open(blob, "personeel.xlsx");
    const mapping = host.mapInventory({ sheet: "Personeel" }, {}, "en");
    await expect(mapping).rejects.toBeInstanceOf(Stop);
    await expect(mapping).rejects.toThrow(/Naam/);
  });
});
