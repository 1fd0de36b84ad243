/**
 * Odd layouts through browser mode (issue 11): the batch tool's workbooks
 * (test/support/oddLayoutBooks.ts) opened by BrowserHost over the inventory
 * worker's own code, so what the analyst reads in the pane is checked on the
 * same files: a refusal naming the merged block or column XFD, no totals row
 * as a post, the merged-input warning, a date in the headcount column as a
 * problem of its cell.
 */
import { BrowserHost } from "../../../src/taskpane/browser/BrowserHost";
import type { EvaluateRequest, PaneEvaluation } from "../../../src/usecases/paneJobs.types";
import { withCellInXfd, withDateHeadcount, withHiddenRows, withMerge, withMergedData, withTotalsRow } from "../../support/oddLayoutBooks";
import { inProcessWorker } from "./inProcessWorker";

async function evaluate(bytes: Uint8Array): Promise<PaneEvaluation> {
  const host = await BrowserHost.open(new Blob([new Uint8Array(bytes)]), "posten.xlsx", "en", inProcessWorker().connect);
  try {
    const { preferred } = await host.listSources();
    const request: EvaluateRequest = { source: preferred!, map: {}, language: "en", mode: "values", validation: false };
    return await host.evaluate(request, () => undefined, new AbortController().signal);
  } finally {
    host.dispose();
  }
}

describe("browser mode on odd layouts", () => {
  it("refuses a merged block where the result columns go, naming it", async () => {
    await expect(evaluate(await withMerge("E2:F3"))).rejects.toMatchObject({ name: "Stop", code: "mergedResults", message: expect.stringContaining("merged cells (E2:F3)") });
  });

  it("evaluates when the merged block lies below the posts", async () => {
    expect((await evaluate(await withMerge("D6:E7"))).evaluated).toBe(3);
  });

  it("does not take a table's totals row for a post", async () => {
    const evaluation = await evaluate(await withTotalsRow());
    expect(evaluation.mapping.lastRow).toBe(4);
    expect(evaluation).toMatchObject({ evaluated: 3, invalid: 0 });
  });

  it("warns which rows got blank inputs from merged data cells", async () => {
    const evaluation = await evaluate(await withMergedData());
    expect(evaluation.layoutNotes.join(" ")).toContain("Merged cells C2:C3");
    expect(evaluation.problems.map((p) => p.cell)).toEqual(["C3"]);
  });

  it("evaluates hidden and filtered rows", async () => {
    expect((await evaluate(await withHiddenRows())).evaluated).toBe(3);
  });

  it("makes a date in the headcount column a problem of its cell, showing the date", async () => {
    const { problems } = await evaluate(await withDateHeadcount());
    expect(problems).toEqual([expect.objectContaining({ cell: "B3", message: expect.stringContaining('"2025-03-01" is not a headcount') })]);
  });

  it("refuses an inventory running to column XFD: no room for the results", async () => {
    await expect(evaluate(await withCellInXfd())).rejects.toMatchObject({ name: "Stop", code: "noRoomForResults" });
  });
});
