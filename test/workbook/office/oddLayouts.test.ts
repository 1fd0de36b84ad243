/**
 * Odd layouts on the office.js adapter over the fake Excel (issue 11): the
 * same use cases as the batch tool's test (test/cli/oddLayouts.test.ts), on
 * what the fake models from Microsoft's documentation (merged areas,
 * Table.showTotals).
 */
import { evaluateInventory } from "../../../src/usecases/evaluateInventory";
import { mapInventory } from "../../../src/usecases/mapInventory";
import { readOwnership } from "../../../src/usecases/ownership";
import { Stop } from "../../../src/usecases/stop";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { blocksOfAddress } from "../../../src/workbook/office/officeCells";
import { FakeContext } from "../../../harness/excel/fakeExcel";
import type { Scalar } from "../../../harness/excel/fakeSheet";

const INVENTORY: Scalar[][] = [
  ["Post", "Personeel", "Coördinatie", "Advies"],
  ["P1", 150, 1, 1],
  ["P2", 1200, 4, 2],
  ["P3", 500, 2, 1],
];

function inventory(rows: Scalar[][] = INVENTORY) {
  const fake = new FakeContext();
  const sheet = fake.addSheet("Posten");
  rows.forEach((line, r) => line.forEach((value, c) => sheet.set(r + 1, c + 1, value)));
  const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
  return { fake, sheet, port };
}

async function run(port: OfficeWorkbook, source: { sheet: string; table?: string } = { sheet: "Posten" }) {
  const ownership = await readOwnership(port);
  const mapping = await mapInventory(port, ownership, { source, language: "en" });
  const report = await evaluateInventory(port, mapping, ownership, "en");
  await port.flush();
  return report;
}

describe("odd layouts through the office.js adapter", () => {
  it("refuses a merged block where the result columns go, before writing anything", async () => {
    const { sheet, port } = inventory();
    sheet.merges.push({ row: 2, column: 5, rows: 2, columns: 2 });
    const error = await run(port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stop);
    expect((error as Stop).code).toBe("mergedResults");
    expect((error as Stop).message).toContain("merged cells (E2:F3)");
    expect(sheet.get(1, 5)).toBe("");
  });

  it("finds a merged area that starts left of the result columns and reaches into them", async () => {
    const { sheet, port } = inventory();
    // Its top-left cell (D3) is outside the result block: asked of that block alone, Excel would not return it (office-js #3611).
    sheet.set(3, 4, 2);
    sheet.merges.push({ row: 3, column: 4, rows: 1, columns: 2 });
    await expect(run(port)).rejects.toThrow(/merged cells \(D3:E3\)/);
  });

  it("leaves a merged note under the inventory, on rows without a post, as it is", async () => {
    const { sheet, port } = inventory([...INVENTORY, [], ["Note: figures of 1 March"]]);
    sheet.merges.push({ row: 6, column: 1, rows: 2, columns: 6 });
    const report = await run(port);
    expect(report.evaluated).toBe(3);
    expect(sheet.get(2, 5)).toBe("A1");
    expect(sheet.get(6, 1)).toBe("Note: figures of 1 March");
  });

  it("does not evaluate a table's totals row as a post", async () => {
    const { fake, sheet, port } = inventory([...INVENTORY, ["Total", 1850, "", ""]]);
    fake.addTable("Posts", "Posten", { row: 1, column: 1, rows: 5, columns: 4 }).showTotals = true;
    const report = await run(port, { sheet: "Posten", table: "Posts" });
    expect(report.mapping.lastRow).toBe(4);
    expect(report.invalid).toBe(0);
    expect(report.evaluated).toBe(3);
    expect(sheet.get(5, 5)).toBe("");
  });

  it("stops above a totals row when a sheet is mapped whose header row is a table's", async () => {
    const { fake, port } = inventory([...INVENTORY, ["Total", 1850, "", ""]]);
    fake.addTable("Posts", "Posten", { row: 1, column: 1, rows: 5, columns: 4 }).showTotals = true;
    const report = await run(port);
    expect(report.mapping.lastRow).toBe(4);
    expect(report.invalid).toBe(0);
  });

  it("reads merged data cells as Excel does and notes the rows that got a blank input", async () => {
    const rows = INVENTORY.map((line) => [...line]);
    rows[2][2] = "";
    const { sheet, port } = inventory(rows);
    sheet.merges.push({ row: 2, column: 3, rows: 2, columns: 1 });
    const report = await run(port);
    expect(report.layoutNotes).toEqual([expect.stringMatching(/^Merged cells C2:C3: .*read with blank inputs there: 3\. Unmerge/)]);
    expect(report.posts.map((p) => [p.row, p.assessment ? "ok" : "error"])).toEqual([
      [2, "ok"],
      [3, "error"],
      [4, "ok"],
    ]);
  });

  it("refuses a date in the headcount column, showing it as Excel shows it, where the number would have passed", async () => {
    const rows = INVENTORY.map((line) => [...line]);
    rows[2][1] = 45_717;
    const { sheet, port } = inventory(rows);
    sheet.shownAs.set("3:2", { category: "Date", text: "01/03/2025" });
    const report = await run(port);
    expect(report.posts[1].problems).toEqual([expect.stringMatching(/^B3 staff \(headcount supported\): "01\/03\/2025" is not a headcount\. Expected a whole number/)]);
    expect(report.evaluated).toBe(2);
    // The same number shown as a number is a headcount: the format is what makes it a date.
    const plain = inventory(rows);
    plain.sheet.shownAs.set("3:2", { category: "Number", text: "45717" });
    expect((await run(plain.port)).posts[1].assessment).toBeDefined();
  });

  it("reads a date cell's text in one more request only when the block holds a date", async () => {
    const { fake, sheet, port } = inventory();
    const sync = jest.spyOn(fake, "sync");
    await port.readValues({ sheet: "Posten", row: 1, column: 1, rows: 4, columns: 4 });
    expect(sync).toHaveBeenCalledTimes(1);
    sheet.shownAs.set("4:3", { category: "Time", text: "00:00:02" });
    expect((await port.readValues({ sheet: "Posten", row: 2, column: 2, rows: 3, columns: 3 }))[2]).toEqual([500, "00:00:02", 1]);
    expect(sync).toHaveBeenCalledTimes(3);
  });

  it("refuses an inventory that runs to column XFD (no room for the result columns)", async () => {
    const { sheet, port } = inventory();
    sheet.set(2, 16_384, "x");
    await expect(run(port)).rejects.toMatchObject({ code: "noRoomForResults" });
    expect(sheet.get(1, 16_384)).toBe("");
  });

  it("reads a RangeAreas address, sheet names quoted or not", () => {
    expect(blocksOfAddress("S", "Sheet1!A1:B4, Sheet1!D1:D4")).toEqual([
      { sheet: "S", row: 1, column: 1, rows: 4, columns: 2 },
      { sheet: "S", row: 1, column: 4, rows: 4, columns: 1 },
    ]);
    expect(blocksOfAddress("S", "'My, sheet!'!$E$2:$F$3")).toEqual([{ sheet: "S", row: 2, column: 5, rows: 2, columns: 2 }]);
  });
});
