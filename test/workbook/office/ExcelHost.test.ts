import { firstRowOf } from "../../../src/taskpane/host/excelSelection";
import type { SelectedPost } from "../../../src/usecases/paneJobs.types";
import { excel, following, settle } from "../../../harness/officeRuns/followRun";

const lit = (post: SelectedPost | null | undefined): Set<string> => new Set((post?.meets ?? []).map((m) => `${m.criterion}:${m.level}`));

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

  it("writes only the matrix cells whose light changes: nothing when a selection lights the same descriptors (issue 10, failure 5)", async () => {
    const { posts, errors, stop, selects } = await following();
    const first = await selects("B3");
    expect(first.styleSets).toBe(20); // the first selection sets all 20
    expect(first.undoEntries).toBe(1);
    const sameRow = await selects("D3");
    expect(lit(posts[1])).toEqual(lit(posts[0]));
    expect([sameRow.styleSets, sameRow.undoEntries]).toEqual([0, 0]);
    // Row 4 of the generated inventory lights other descriptors than row 3.
    const other = await selects("B4");
    const changed = [...lit(posts[1])].filter((k) => !lit(posts[2]).has(k)).length + [...lit(posts[2])].filter((k) => !lit(posts[1]).has(k)).length;
    expect(changed).toBeGreaterThan(0);
    expect(other.styleSets).toBe(changed);
    expect(other.undoEntries).toBe(1);
    await stop();
    expect(errors).toEqual([]);
  });

  it("reads and writes nothing while the pane is hidden, then follows the last selection made meanwhile (issue 10, failure 5)", async () => {
    const { addin, posts, errors, stop, selects } = await following();
    await selects("B3");
    addin.hide();
    const hidden = [await selects("B5"), await selects("B6")];
    expect(hidden).toEqual([{ syncs: 0, styleSets: 0, undoEntries: 0 }, { syncs: 0, styleSets: 0, undoEntries: 0 }]);
    expect(posts).toHaveLength(1);
    addin.show();
    await settle();
    expect(posts.map((p) => p?.row)).toEqual([3, 6]);
    await stop();
    expect(addin.handlers).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("reads the first row of a selection's address", () => {
    expect(["B5", "Posten!$B$5:$D$9", "7:9", "B:B"].map(firstRowOf)).toEqual([5, 5, 7, null]);
  });
});
