import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { LISTS_SHEET } from "../../../src/workbook/office/listSheet";
import type { Block } from "../../../src/workbook/port";
import { FakeContext } from "../../../harness/excel/fakeExcel";
import { FakeRange } from "../../../harness/excel/fakeRange";

function workbook(maxRequestBytes?: number) {
  const fake = new FakeContext();
  fake.addSheet("Posts");
  const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext, { maxRequestBytes });
  const sync = jest.spyOn(fake, "sync");
  return { fake, port, sync, sheet: fake.sheet("Posts") };
}

const block = (row: number, column: number, rows: number, columns: number): Block => ({ sheet: "Posts", row, column, rows, columns });

describe("OfficeWorkbook reads only what was loaded and synced", () => {
  it("fails when the adapter's load is missing", async () => {
    const { port, sheet } = workbook();
    sheet.set(1, 1, "x");
    const load = jest.spyOn(FakeRange.prototype, "load").mockImplementation(function (this: FakeRange) {
      return this;
    });
    await expect(port.readValues(block(1, 1, 1, 1))).rejects.toThrow(/PropertyNotLoaded/);
    load.mockRestore();
  });

  it("fails when the sync is missing", async () => {
    const { port, fake } = workbook();
    jest.spyOn(fake, "sync").mockResolvedValue(undefined);
    await expect(port.readValues(block(1, 1, 1, 1))).rejects.toThrow(/PropertyNotLoaded/);
  });
});

describe("OfficeWorkbook batching", () => {
  it("queues writes without a sync and sends them with flush", async () => {
    const { port, sync, sheet } = workbook();
    await port.write(block(1, 1, 2, 2), [["a", 1], [true, null]]);
    await port.style(block(1, 1, 1, 2), { bold: true });
    expect(sync).not.toHaveBeenCalled();
    expect(sheet.get(1, 1)).toBe("");
    await port.flush();
    expect(sync).toHaveBeenCalledTimes(1);
    expect([sheet.get(1, 1), sheet.get(1, 2), sheet.get(2, 1), sheet.get(2, 2)]).toEqual(["a", 1, true, ""]);
  });

  it("answers reads made together with one sync, after the writes before them", async () => {
    const { port, sync } = workbook();
    await port.write(block(1, 1, 3, 1), [["x"], ["y"], ["z"]]);
    const [a, b, names, used] = await Promise.all([port.readColumn(block(1, 1, 3, 1)), port.readValues(block(2, 1, 1, 1)), port.sheetNames(), port.usedBlock("Posts")]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(a).toEqual(["x", "y", "z"]);
    expect(b).toEqual([["y"]]);
    expect(names).toEqual(["Posts"]);
    expect(used).toEqual(block(1, 1, 3, 1));
  });

  it("rejects every waiting read with the sync's error", async () => {
    const { port, fake } = workbook();
    jest.spyOn(fake, "sync").mockRejectedValueOnce(new Error("GeneralException"));
    const reads = [port.readValues(block(1, 1, 1, 1)), port.sheetNames(), port.hasValidation(block(1, 1, 5, 1))];
    const outcomes = await Promise.allSettled(reads);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(outcomes.map((o) => (o as PromiseRejectedResult).reason.message)).toEqual(["GeneralException", "GeneralException", "GeneralException"]);
    await expect(port.sheetNames()).resolves.toEqual(["Posts"]);
  });

  it("splits a large write into requests under the limit, suspending calculation in full ones and recalculating after", async () => {
    const { port, fake, sync, sheet } = workbook(200_000);
    const rows = Array.from({ length: 20_000 }, (_, i) => [`post ${i}`, i]);
    await port.write(block(2, 1, rows.length, 2), rows);
    await port.flush();
    const full = port.stats.chunks;
    expect(full).toBeGreaterThan(1);
    expect(sync).toHaveBeenCalledTimes(full + 1);
    expect(fake.counts.largestRequest).toBeLessThanOrEqual(200_000);
    expect(fake.counts.suspensions).toBe(full);
    expect(fake.counts.recalculations).toBe(full);
    expect([sheet.get(2, 1), sheet.get(20_001, 1), sheet.get(20_001, 2)]).toEqual(["post 0", "post 19999", 19_999]);
  });

  it("reads a tall column in chunks, one sync each, in order", async () => {
    const { port, sync, sheet } = workbook(100_000);
    for (let r = 1; r <= 5_000; r++) sheet.set(r, 3, r);
    const column = await port.readColumn(block(1, 3, 5_000, 1));
    expect(column).toEqual(Array.from({ length: 5_000 }, (_, i) => i + 1));
    expect(sync.mock.calls.length).toBe(port.stats.syncs);
    expect(port.stats.chunks).toBe(sync.mock.calls.length - 1);
  });
});

describe("OfficeWorkbook effects", () => {
  // `formulas` gives a quote-prefixed text as its text, so readFormulas cannot tell it from a formula: a limit of Excel's API, kept visible here.
  it("writes formulas, keeps text starting with = as text, and reads errors and formulas back", async () => {
    const { port, sheet } = workbook();
    await port.write(block(1, 1, 1, 4), [[{ formula: "=SUM(B2:B3)" }, "=not a formula", { code: "#N/A" }, 3]]);
    await port.flush();
    expect([sheet.get(1, 1), sheet.get(1, 2), sheet.get(1, 3)]).toEqual(["=SUM(B2:B3)", "'=not a formula", "=#N/A"]);
    expect(await port.readFormulas(block(1, 1, 1, 4))).toEqual([[{ formula: "=SUM(B2:B3)" }, { formula: "=not a formula" }, { formula: "=#N/A" }, 3]]);
    expect(await port.readValues(block(1, 2, 1, 3))).toEqual([["=not a formula", { code: "#N/A" }, 3]]);
  });

  it("finds filled cells row by row up to the limit, and an empty tall block in one small request", async () => {
    const { port, sync, sheet, fake } = workbook();
    sheet.set(5, 2, "a");
    sheet.set(5, 3, "=B5");
    sheet.set(9, 2, 0);
    expect(await port.filledCells(block(1, 2, 1_000_000, 3), 2)).toEqual(["B5", "C5"]);
    sync.mockClear();
    expect(await port.filledCells(block(1, 10, 1_000_000, 29), 6)).toEqual([]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(fake.counts.largestRequest).toBeLessThan(10_000);
  });

  it("clears contents only", async () => {
    const { port, sheet } = workbook();
    sheet.set(2, 2, "x");
    await port.style(block(2, 2, 1, 1), { fill: "FF0000" });
    await port.clearContents(block(2, 2, 1, 1));
    await port.flush();
    expect(sheet.get(2, 2)).toBe("");
    expect(sheet.formatLog).toEqual(["B2 fill.color=#FF0000"]);
  });

  it("styles a block with one operation per property, and removes a fill", async () => {
    const { port, sheet, fake } = workbook();
    await port.style(block(1, 1, 1_000_000, 3), { fill: "a6cee3", bold: true, fontColor: "000000", wrap: true, verticalAlign: "top", horizontalAlign: "center", fontSize: 9, italic: false });
    await port.style(block(1, 1, 1, 1), { fill: null });
    await port.flush();
    expect(sheet.formatLog).toEqual([
      "A1:C1000000 fill.color=#A6CEE3",
      "A1:C1000000 font.color=#000000",
      "A1:C1000000 font.bold=true",
      "A1:C1000000 font.italic=false",
      "A1:C1000000 font.size=9",
      "A1:C1000000 wrapText=true",
      "A1:C1000000 verticalAlignment=Top",
      "A1:C1000000 horizontalAlignment=Center",
      "A1 fill.clear=true",
    ]);
    expect(fake.counts.styleSets).toBe(9);
  });

  it("adds one custom conditional format per rule over its whole block, and replaces only its own rules inside a block", async () => {
    const { port, sheet, fake } = workbook();
    const rules = [
      { block: block(2, 10, 1_000_000, 1), formula: '$J2="A1"', fill: "a6cee3", fontColor: "111111" },
      { block: block(2, 11, 1_000_000, 1), formula: "LEN($B2)>1", fill: "b2df8a" },
    ];
    await port.addConditionalFormats(rules);
    await port.flush();
    const shown = () => sheet.cfs.map(({ rect, formula, fill, fontColor }) => ({ rect, formula, fill, fontColor }));
    // Each add takes the top priority (fakeConditionalFormats.ts): the last added comes first.
    const added = [
      { rect: { row: 2, column: 11, rows: 1_000_000, columns: 1 }, formula: "=LEN($B2)>1", fill: "#B2DF8A", fontColor: undefined },
      { rect: { row: 2, column: 10, rows: 1_000_000, columns: 1 }, formula: '=$J2="A1"', fill: "#A6CEE3", fontColor: "#111111" },
    ];
    expect(shown()).toEqual(added);
    expect(fake.counts.cfAdds).toBe(2);
    sheet.cfs.push({ label: "analyst", type: "Custom", rect: { row: 1, column: 1, rows: 100, columns: 20 }, formula: "=TRUE", fill: "#000000" });
    await port.removeConditionalFormats(block(1, 10, 1_000_001, 2));
    await port.addConditionalFormats(rules);
    await port.flush();
    expect(shown()).toEqual([...added, { rect: { row: 1, column: 1, rows: 100, columns: 20 }, formula: "=TRUE", fill: "#000000", fontColor: undefined }]);
  });

  it("puts a dropdown in information style on a block, and tells whether a block has validation", async () => {
    const { port, sheet } = workbook();
    expect(await port.hasValidation(block(2, 3, 100, 1))).toBe(false);
    await port.setListValidation(block(2, 3, 100, 1), ["1 – opvolgen", "2 – plannen"], "Kies uit de lijst.");
    expect(await port.hasValidation(block(50, 3, 1_000, 1))).toBe(true);
    expect(await port.hasValidation(block(2, 4, 100, 1))).toBe(false);
    expect(sheet.validations).toEqual([
      {
        rect: { row: 2, column: 3, rows: 100, columns: 1 },
        ignoreBlanks: true,
        rule: { list: { inCellDropDown: true, source: "1 – opvolgen,2 – plannen" } },
        errorAlert: { showAlert: true, style: "Information", title: "AssistLevel", message: "Kies uit de lijst." },
      },
    ]);
    await port.removeValidation(block(1, 3, 200, 1));
    expect(await port.hasValidation(block(2, 3, 100, 1))).toBe(false);
  });

  it("puts a list too long for a rule on the very hidden lists sheet, once", async () => {
    const { port, fake } = workbook();
    const items = Array.from({ length: 12 }, (_, i) => `${i + 1} – a descriptor long enough to need the sheet ${i}`);
    await port.setListValidation(block(2, 3, 10, 1), items, "m");
    await port.setListValidation(block(2, 4, 10, 1), items, "m");
    await port.setListValidation(block(2, 5, 10, 1), ["a, b", "c"], "m");
    await port.flush();
    const lists = fake.sheet(LISTS_SHEET);
    expect(lists.visibility).toBe("VeryHidden");
    expect(Array.from({ length: 12 }, (_, r) => lists.get(r + 1, 1))).toEqual(items);
    expect([lists.get(1, 2), lists.get(2, 2), lists.get(1, 3)]).toEqual(["a, b", "c", ""]);
    const sources = fake.sheet("Posts").validations.map((v) => (v.rule as { list: { source: string } }).list.source);
    expect(sources).toEqual([`='${LISTS_SHEET}'!$A$1:$A$12`, `='${LISTS_SHEET}'!$A$1:$A$12`, `='${LISTS_SHEET}'!$B$1:$B$2`]);
  });

  it("appends calculated columns to a table: headers, and the formula in every data row", async () => {
    const { port, fake, sheet } = workbook();
    ["Id", "Staff"].forEach((h, c) => sheet.set(1, c + 1, h));
    for (let r = 2; r <= 6; r++) sheet.set(r, 2, r * 10);
    fake.addTable("Inventory", "Posts", { row: 1, column: 1, rows: 6, columns: 2 });
    await port.addTableColumns("Inventory", ["Class", "Strip"], ["=HR.ASSISTLEVEL([@Staff])", null]);
    await port.flush();
    expect(Array.from({ length: 6 }, (_, r) => sheet.get(r + 1, 3))).toEqual(["Class", ...Array(5).fill("=HR.ASSISTLEVEL([@Staff])")]);
    expect(Array.from({ length: 6 }, (_, r) => sheet.get(r + 1, 4))).toEqual(["Strip", "", "", "", "", ""]);
    expect(await port.tables()).toEqual([{ name: "Inventory", block: block(1, 1, 6, 4) }]);
  });

  it("draws a real column chart, hides a sheet very well, freezes panes, sets widths and heights", async () => {
    const { port, sheet } = workbook();
    expect(await port.addColumnChart("Posts", block(1, 1, 5, 2), "Posts per class", block(1, 4, 15, 8))).toBe(true);
    await port.setSheetHidden("Posts", true);
    await port.freeze("Posts", 1, 2);
    await port.setColumnWidths("Posts", 3, [10, 20]);
    await port.setRowHeights("Posts", 2, [30]);
    await port.flush();
    expect(sheet.charts.map(({ type, source, title, position }) => ({ type, source, title, position }))).toEqual([
      { type: "ColumnClustered", source: { row: 1, column: 1, rows: 5, columns: 2 }, title: "Posts per class", position: ["D1", "K15"] },
    ]);
    expect(sheet.visibility).toBe("VeryHidden");
    expect(sheet.frozen).toEqual({ rows: 1, columns: 2 });
    expect([sheet.widths.get(3), sheet.widths.get(4), sheet.heights.get(2)]).toEqual([56.25, 108.75, 30]);
  });

  it("adds a sheet once, and clears a sheet of values, formats, rules, validation and charts", async () => {
    const { port, fake } = workbook();
    expect(await port.addSheet("Matrix")).toBe(true);
    expect(await port.addSheet("Matrix")).toBe(false);
    await port.write({ sheet: "Matrix", row: 1, column: 1, rows: 1, columns: 2 }, [["a", "b"]]);
    await port.addConditionalFormats([{ block: { sheet: "Matrix", row: 1, column: 1, rows: 2, columns: 1 }, formula: "TRUE", fill: "FFFFFF" }]);
    await port.setListValidation({ sheet: "Matrix", row: 1, column: 1, rows: 2, columns: 1 }, ["x"], "m");
    await port.addColumnChart("Matrix", { sheet: "Matrix", row: 1, column: 1, rows: 1, columns: 2 }, "t", { sheet: "Matrix", row: 3, column: 1, rows: 5, columns: 5 });
    await port.clearSheet("Matrix");
    await port.flush();
    const matrix = fake.sheet("Matrix");
    expect([matrix.get(1, 1), matrix.cfs, matrix.validations, matrix.charts]).toEqual(["", [], [], []]);
    expect(await port.usedBlock("Matrix")).toBeNull();
  });
});
