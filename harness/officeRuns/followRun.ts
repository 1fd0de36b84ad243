/**
 * A pane following the selection over the office.js host, the fake Excel and
 * the fake add-in visibility (fakeAddin.ts), with the matrix sheet loaded:
 * what each selection costs in syncs, style sets and undo entries. Shared by
 * ExcelHost.test.ts and bench/officeSyncs.ts.
 */
import { type ExcelRun, ExcelHost, FOLLOW_DELAY_MS } from "../../src/taskpane/host/ExcelHost";
import type { SelectedPost } from "../../src/usecases/paneJobs.types";
import { FakeAddin } from "../excel/fakeAddin";
import { FakeContext } from "../excel/fakeExcel";
import { inventoryCell } from "./inventoryRun";

/** Longer than the host's selection delay plus a lookup. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, FOLLOW_DELAY_MS + 250));

export function excel(rows = 20) {
  const fake = new FakeContext();
  fake.addSheet("Notes").set(1, 1, "x");
  fake.addSheet("Posten", { rows: rows + 1, columns: 5, value: inventoryCell });
  fake.addTable("Inventaris", "Posten", { row: 1, column: 1, rows: rows + 1, columns: 5 });
  const addin = new FakeAddin();
  return { fake, addin, host: new ExcelHost(fake.run as unknown as ExcelRun, addin) };
}

export interface SelectionCost {
  readonly syncs: number;
  readonly styleSets: number;
  readonly undoEntries: number;
}

/** A following pane with the matrix sheet loaded; `selects` returns what one selection cost. */
export async function following(rows = 20) {
  const { fake, addin, host } = excel(rows);
  const mapping = await host.mapInventory({ sheet: "Posten", table: "Inventaris" }, {}, "nl");
  await host.loadMatrix("nl");
  const posts: (SelectedPost | null)[] = [];
  const errors: unknown[] = [];
  const stop = await host.followSelection(mapping, "nl", (post) => posts.push(post), (error) => errors.push(error));
  const selects = async (address: string): Promise<SelectionCost> => {
    const before = { ...fake.counts };
    await fake.userSelects("Posten", address);
    await settle();
    const after = fake.counts;
    return { syncs: after.syncs - before.syncs, styleSets: after.styleSets - before.styleSets, undoEntries: after.undoEntries - before.undoEntries };
  };
  return { fake, addin, posts, errors, stop, selects };
}

