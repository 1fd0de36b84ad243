/**
 * The fake Excel calculates the formulas the product writes (fakeCalculation.ts):
 * live-formula runs read back as Excel would show them, spills included, and
 * the custom-function calls each layout costs are counted (issue 10).
 */
import { levelCode } from "../../../src/domain";
import { evaluateInventory } from "../../../src/usecases/evaluateInventory";
import { mapInventory } from "../../../src/usecases/mapInventory";
import { type Ownership, readOwnership } from "../../../src/usecases/ownership";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { FakeContext } from "../../../harness/excel/fakeExcel";
import { inventoryCell } from "../../../harness/officeRuns/inventoryRun";

const ROWS = 40;
const WIDTH = 5;
const RESULTS = WIDTH + 1;

function workbook(table: boolean) {
  const fake = new FakeContext();
  fake.addSheet("Posten", { rows: ROWS + 1, columns: WIDTH, value: inventoryCell });
  if (table) fake.addTable("Inventaris", "Posten", { row: 1, column: 1, rows: ROWS + 1, columns: WIDTH });
  const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
  const run = async (earlier?: Ownership) => {
    const ownership = earlier ?? (await readOwnership(port));
    const source = table ? { sheet: "Posten", table: "Inventaris" } : { sheet: "Posten" };
    const mapping = await mapInventory(port, ownership, { source, language: "nl" });
    const report = await evaluateInventory(port, mapping, ownership, "nl", { mode: "formulas" });
    await port.flush();
    return report;
  };
  return { fake, port, run };
}

/** What the engine gives each row: its class code, or null for a row in error. */
const classes = (posts: readonly { row: number; assessment?: { level: 1 | 2 | 3 | 4 } }[]) => posts.map((p) => (p.assessment ? levelCode(p.assessment.level) : null));

describe("a live-formula run, read back from the calculating fake", () => {
  it.each([
    ["a plain range: one spilled HR.ASSISTDETAIL and one HR.ASSISTEXPLAIN for the whole inventory", false, 2],
    ["a table: HR.ASSISTLEVEL, seven INDEX(HR.ASSISTDETAIL(…)) and HR.ASSISTEXPLAIN on every row", true, 9 * ROWS],
  ])("%s", async (_, table, calls) => {
    const { fake, port, run } = workbook(table);
    const report = await run();
    const before = fake.counts.customFunctionCalls;
    const block = { sheet: "Posten", row: 2, column: RESULTS, rows: ROWS, columns: 8 };
    const values = await port.readValues(block);
    const rationale = await port.readValues({ ...block, column: RESULTS + 28, columns: 1 });
    expect(fake.counts.customFunctionCalls - before).toBe(calls);
    const shown = values.map((row) => (typeof row[0] === "string" ? row[0] : null));
    expect(shown).toEqual(classes(report.posts));
    // A row the engine cannot read shows #VALUE! in the class column; its rationale says why.
    const bad = report.posts.findIndex((p) => !p.assessment);
    expect(bad).toBeGreaterThanOrEqual(0);
    expect(values[bad][0]).toEqual({ code: "#VALUE!" });
    expect(rationale.filter((row) => typeof row[0] === "string" && row[0].length > 40)).toHaveLength(report.posts.filter((p) => p.assessment).length);
  });

  it("an error cell among the inputs costs its row only, not the spilled column", async () => {
    const { fake, port, run } = workbook(false);
    fake.sheet("Posten").set(5, 2, "=#N/A");
    const report = await run();
    const values = await port.readValues({ sheet: "Posten", row: 2, column: RESULTS, rows: ROWS, columns: 1 });
    expect(values[3][0]).toEqual({ code: "#VALUE!" });
    expect(values.filter((row) => typeof row[0] === "string")).toHaveLength(report.posts.filter((p) => p.assessment).length);
  });

  it("a cell typed into the spill area makes the anchor #SPILL!, and a re-run stops and names it", async () => {
    const { fake, run } = workbook(false);
    const first = await run();
    fake.sheet("Posten").set(9, RESULTS + 2, "mine");
    await expect(run(first.ownership)).rejects.toEqual(expect.objectContaining({ code: "spillBlocked" }));
    expect(fake.sheet("Posten").get(9, RESULTS + 2)).toBe("mine");
  });
});
