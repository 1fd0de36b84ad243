/**
 * The office.js adapter over Microsoft's own mock (office-addin-mock): its
 * properties hold "Error, property was not loaded" until `load()` and
 * `sync()`, so a read the adapter forgot to load or sync would come back as
 * that text and fail these tests. (The counting tests at 1,000,000 rows use
 * the fake in fakeExcel.ts: this mock has no lazily generated ranges.)
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";

const NOT_LOADED = /not loaded/i;

function mockWorkbook() {
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: "Posten",
            range: { values: [["Personeel", "Coördinatie"], [1200, "A3"]], valueTypes: [["String", "String"], ["Double", "String"]], numberFormatCategories: [["General", "General"], ["General", "General"]], formulas: [], format: { fill: {}, font: {} } },
            getRangeByIndexes: function () {
              return this.range;
            },
          },
          getItem: function () {
            return this.sheet;
          },
        },
      },
      application: { suspendApiCalculationUntilNextSync: function () {} },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  return new OfficeMockObject(data) as unknown as { context: Excel.RequestContext & { workbook: { worksheets: { sheet: { range: Record<string, unknown> } } } } };
}

describe("OfficeWorkbook over office-addin-mock", () => {
  it("reads values only after loading and syncing them", async () => {
    const mock = mockWorkbook();
    // The mock really refuses an unloaded read: what the adapter must never return.
    expect(String((mock.context.workbook.worksheets.sheet.range as { values: unknown }).values)).toMatch(NOT_LOADED);
    const sync = jest.spyOn(mock.context, "sync");
    const port = new OfficeWorkbook(mock.context);
    const values = await port.readValues({ sheet: "Posten", row: 1, column: 1, rows: 2, columns: 2 });
    expect(values).toEqual([["Personeel", "Coördinatie"], [1200, "A3"]]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("two reads in the same tick share one sync", async () => {
    const mock = mockWorkbook();
    const sync = jest.spyOn(mock.context, "sync");
    const port = new OfficeWorkbook(mock.context);
    const block = { sheet: "Posten", row: 1, column: 1, rows: 2, columns: 2 };
    const [a, b] = await Promise.all([port.readValues(block), port.readColumn({ ...block, columns: 1 })]);
    expect(a[1]).toEqual([1200, "A3"]);
    expect(b).toEqual(["Personeel", 1200]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("queues writes and styles without a sync until flush, then sends them in one", async () => {
    const mock = mockWorkbook();
    const sync = jest.spyOn(mock.context, "sync");
    const port = new OfficeWorkbook(mock.context);
    const block = { sheet: "Posten", row: 2, column: 3, rows: 1, columns: 2 };
    await port.write(block, [["A2", { formula: "=HR.ASSISTLEVEL(A2,B2,C2)" }]]);
    await port.style(block, { fill: "A6CEE3", bold: true });
    expect(sync).not.toHaveBeenCalled();
    await port.flush();
    expect(sync).toHaveBeenCalledTimes(1);
    const range = mock.context.workbook.worksheets.sheet.range as { formulas: unknown; format: { fill: { color: string }; font: { bold: boolean } } };
    expect(range.formulas).toEqual([["A2", "=HR.ASSISTLEVEL(A2,B2,C2)"]]);
    expect(range.format.fill.color).toBe("#A6CEE3");
    expect(range.format.font.bold).toBe(true);
  });
});
