/**
 * Issue 10, failure 6: a multi-area (Ctrl+click) selection. The reference
 * says getSelectedRange throws when several ranges are selected
 * (fakeExcel.ts); listing sources must still work and offer what the
 * analyst selected first.
 */
import { ExcelHost, type ExcelRun } from "../../../src/taskpane/host/ExcelHost";
import { FakeContext } from "../../../harness/excel/fakeExcel";
import { inventoryCell } from "../../../harness/officeRuns/inventoryRun";

function excel() {
  const fake = new FakeContext();
  fake.addSheet("Notes").set(1, 7, "x");
  fake.addSheet("Posten", { rows: 21, columns: 5, value: inventoryCell });
  fake.addTable("Inventaris", "Posten", { row: 1, column: 1, rows: 21, columns: 5 });
  return { fake, host: new ExcelHost(fake.run as unknown as ExcelRun) };
}

describe("a selection of several areas", () => {
  it("makes the fake's getSelectedRange throw, as documented", async () => {
    const { fake } = excel();
    await fake.userSelects("Posten", "B3:B5,D7");
    fake.workbook.getSelectedRange().load("address");
    await expect(fake.sync()).rejects.toEqual(expect.objectContaining({ code: "InvalidSelection" }));
  });

  it("still lists the sources, offering the table the first area touches", async () => {
    const { fake, host } = excel();
    await fake.userSelects("Posten", "B3:B5,D7");
    const choice = await host.listSources();
    expect(choice.preferred).toEqual({ sheet: "Posten", table: "Inventaris" });
  });

  it("offers the first area as the source when no table is touched", async () => {
    const { fake, host } = excel();
    await fake.userSelects("Notes", "G1:H4,J9:K12");
    const choice = await host.listSources();
    expect(choice.preferred).toEqual({ sheet: "Notes", block: { sheet: "Notes", row: 1, column: 7, rows: 4, columns: 2 } });
  });
});
