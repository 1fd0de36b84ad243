import { ExcelHost, type ExcelRun } from "../../../src/taskpane/host/ExcelHost";
import { firstRowOf } from "../../../src/taskpane/host/excelSelection";
import type { SelectedPost } from "../../../src/usecases/paneJobs.types";
import { FakeContext } from "./fakeExcel";
import { inventoryCell } from "./inventoryRun";

function excel(rows = 20) {
  const fake = new FakeContext();
  fake.addSheet("Notes").set(1, 1, "x");
  fake.addSheet("Posten", { rows: rows + 1, columns: 5, value: inventoryCell });
  fake.addTable("Inventaris", "Posten", { row: 1, column: 1, rows: rows + 1, columns: 5 });
  return { fake, host: new ExcelHost(fake.run as unknown as ExcelRun) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe("ExcelHost", () => {
  it("offers the active table first", async () => {
    const { fake, host } = excel();
    fake.selection = { sheet: "Posten", rect: { row: 3, column: 2, rows: 1, columns: 1 } };
    expect((await host.listSources()).preferred).toEqual({ sheet: "Posten", table: "Inventaris" });
    // Columns G:H: paneJobs.preferredSource compares blocks without their sheet (reported), so a selection at A1:B4 of another sheet would match the table.
    fake.selection = { sheet: "Notes", rect: { row: 1, column: 7, rows: 4, columns: 2 } };
    expect((await host.listSources()).preferred).toEqual({ sheet: "Notes", block: { sheet: "Notes", row: 1, column: 7, rows: 4, columns: 2 } });
  });

  it("selects a cell on its sheet", async () => {
    const { fake, host } = excel();
    await host.select("Posten", "C7");
    expect(fake.selection).toEqual({ sheet: "Posten", rect: { row: 7, column: 3, rows: 1, columns: 1 } });
  });

  it("follows only the last of quick selections, gives null outside the inventory, and stops", async () => {
    const { fake, host } = excel();
    const mapping = await host.mapInventory({ sheet: "Posten", table: "Inventaris" }, {}, "nl");
    const posts: (SelectedPost | null)[] = [];
    const errors: unknown[] = [];
    const stop = await host.followSelection(mapping, "nl", (post) => posts.push(post), (error) => errors.push(error));
    await fake.userSelects("Posten", "B3");
    await fake.userSelects("Posten", "B5:D6");
    await settle();
    expect(posts.map((p) => p && [p.row, p.postId])).toEqual([[5, "P4"]]);
    await fake.userSelects("Posten", "A40");
    await settle();
    expect(posts[1]).toBeNull();
    await stop();
    expect(fake.handlers).toEqual([]);
    await fake.userSelects("Posten", "B4");
    await settle();
    expect(posts).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it("reads the first row of a selection's address", () => {
    expect(["B5", "Posten!$B$5:$D$9", "7:9", "B:B"].map(firstRowOf)).toEqual([5, 5, 7, null]);
  });
});
