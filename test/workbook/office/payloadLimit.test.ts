/**
 * Issue 10, failure 1: reads over Excel on the web's 5 MB payload limit. The
 * fake refuses what Microsoft documents Excel refuses (see EXCEL_WEB_LIMIT
 * and GET_CELL_LIMIT in fakeExcel.ts); the runs use realistic cell lengths:
 * the domain's own rationale texts written by a first run, and inventories
 * holding full descriptor texts.
 */
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { EXCEL_WEB_LIMIT, FakeContext } from "../../../harness/excel/fakeExcel";
import { evaluateAndCount } from "../../../harness/officeRuns/inventoryRun";
import { longInventoryCell } from "../../../harness/officeRuns/longCells";

jest.setTimeout(600_000);

const excelWeb = () => expect.objectContaining({ code: "RequestPayloadSizeLimitExceeded" });

describe("the fake Excel's documented limits", () => {
  it("refuses a response over 5 MB with RequestPayloadSizeLimitExceeded", async () => {
    const fake = new FakeContext();
    fake.addSheet("Long", { rows: 6_000, columns: 1, value: () => "x".repeat(1_000) });
    fake.workbook.worksheets.getItem("Long").getRangeByIndexes(0, 0, 6_000, 1).load("values");
    await expect(fake.sync()).rejects.toEqual(excelWeb());
  });

  it("refuses a request over 5 MB before running any of it", async () => {
    const fake = new FakeContext();
    const sheet = fake.addSheet("Long");
    fake.workbook.worksheets.getItem("Long").getRangeByIndexes(0, 0, 6_000, 1).values = Array.from({ length: 6_000 }, () => ["y".repeat(1_000)]);
    await expect(fake.sync()).rejects.toEqual(excelWeb());
    expect(sheet.get(1, 1)).toBe("");
  });

  it("refuses to read more than five million cells at once", async () => {
    const fake = new FakeContext();
    fake.addSheet("Wide");
    fake.workbook.worksheets.getItem("Wide").getRangeByIndexes(0, 0, 1_000_000, 6).load("valueTypes");
    await expect(fake.sync()).rejects.toEqual(expect.objectContaining({ code: "RangeExceedsLimit" }));
  });
});

/*
 * A first chunk is sized from a guess (64 bytes a cell): with long cells Excel
 * may refuse it, and the adapter halves it until Excel accepts, then sizes
 * every later chunk from the bytes measured. So what Excel accepted stays
 * under its 5 MB, and only the guessed chunks may go above the adapter's own
 * 4 MB ceiling.
 */
describe("the adapter stays under the limit with long cells", () => {
  it("reads 6,000 cells of 1,000 characters in chunks sized from what came back", async () => {
    const fake = new FakeContext();
    fake.addSheet("Long", { rows: 6_000, columns: 1, value: (row) => `${row} ${"ü".repeat(999)}` });
    const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
    const column = await port.readColumn({ sheet: "Long", row: 1, column: 1, rows: 6_000, columns: 1 });
    expect(column).toHaveLength(6_000);
    expect(column[5_999]).toMatch(/^6000 ü/);
    expect(fake.counts.largestResponse).toBeLessThanOrEqual(4_000_000);
  });

  it("halves and retries a chunk Excel refused, and keeps the smaller size", async () => {
    // A limit far below the adapter's ceiling: Excel refusing what the adapter thought would fit.
    const fake = new FakeContext(300_000);
    fake.addSheet("Long", { rows: 2_000, columns: 1, value: (row) => (row > 100 ? "z".repeat(900) : "short") });
    const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
    const column = await port.readColumn({ sheet: "Long", row: 1, column: 1, rows: 2_000, columns: 1 });
    expect(column).toHaveLength(2_000);
    expect(column[1_999]).toBe("z".repeat(900));
    expect(fake.counts.largestResponse).toBeLessThanOrEqual(300_000);
    expect(fake.counts.refusals).toBeGreaterThan(0);
  });

  it("re-runs values mode at 30,000 rows (the rationale column read back)", async () => {
    const counts = await evaluateAndCount(30_000, "values", false, { rerun: true });
    expect(counts.largestRequest).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
  });

  it("runs formulas mode at 70,000 rows of full descriptor texts", async () => {
    const counts = await evaluateAndCount(70_000, "formulas", false, { cells: longInventoryCell });
    expect(counts.largestRequest).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
  });

  it("runs values mode on a table at 70,000 rows of full descriptor texts, and re-runs it", async () => {
    const counts = await evaluateAndCount(70_000, "values", true, { cells: longInventoryCell, rerun: true });
    expect(counts.largestRequest).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
  });
});
