/**
 * Issue 10, failure 4: conditional formats deleted by `id`. The reference
 * documents that id as the rule's priority (index) within the collection it
 * came from (fakeConditionalFormats.ts). Re-runs must recognise the product's
 * rules by their content and range and leave an analyst's rules alone.
 */
import { evaluateInventory } from "../../../src/usecases/evaluateInventory";
import { mapInventory } from "../../../src/usecases/mapInventory";
import { type Ownership, readOwnership } from "../../../src/usecases/ownership";
import type { ResultMode } from "../../../src/usecases/paneJobs.types";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { FakeContext } from "../../../harness/excel/fakeExcel";
import { inventoryCell } from "../../../harness/officeRuns/inventoryRun";

/** The product's rules on one results block (see highlightRules): five on the class column, twenty on the strip. */
const PRODUCT_RULES = 25;

function inventory(rows = 40) {
  const fake = new FakeContext();
  const sheet = fake.addSheet("Posten", { rows: rows + 1, columns: 5, value: inventoryCell });
  return { fake, sheet };
}

/**
 * Runs evaluate + highlight `times` times over the same inventory, each time
 * on a fresh adapter (a new pane session), carrying the ownership record on
 * (the pane saves it; here it is passed along).
 */
async function runs(fake: FakeContext, times: number, earlier?: Ownership, mode: ResultMode = "values"): Promise<Ownership> {
  let ownership = earlier ?? (await readOwnership(new OfficeWorkbook(fake as unknown as Excel.RequestContext)));
  for (let i = 0; i < times; i++) {
    const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
    const mapping = await mapInventory(port, ownership, { source: { sheet: "Posten" }, language: "nl" });
    ownership = (await evaluateInventory(port, mapping, ownership, "nl", { mode })).ownership;
    await port.flush();
  }
  return ownership;
}

describe("the fake's conditional-format ids", () => {
  it("are positions in the collection: deleting by id shifts the ids of the rest", async () => {
    const { fake, sheet } = inventory();
    const range = fake.workbook.worksheets.getItem("Posten").getRange("F2:F10");
    for (const label of ["c", "b", "a"]) sheet.cfs.unshift({ label, type: "Custom", rect: { row: 2, column: 6, rows: 9, columns: 1 } });
    const listed = range.conditionalFormats.load("items/id");
    await fake.sync();
    expect(listed.items.map((item) => item.id)).toEqual(["0", "1", "2"]);
    // Deleting "0" then "1" in one request: "1" is then what was "2".
    range.conditionalFormats.getItem("0").delete();
    range.conditionalFormats.getItem("1").delete();
    await fake.sync();
    expect(sheet.cfs.map((cf) => cf.label)).toEqual(["b"]);
  });

  it("are positions in each range's own collection: the same rule has different ids in different ranges", async () => {
    const { fake, sheet } = inventory();
    sheet.cfs.push({ label: "wide", type: "Custom", rect: { row: 1, column: 1, rows: 100, columns: 10 } });
    sheet.cfs.push({ label: "narrow", type: "Custom", rect: { row: 2, column: 6, rows: 5, columns: 1 } });
    const worksheet = fake.workbook.worksheets.getItem("Posten");
    const onF = worksheet.getRange("F2").conditionalFormats.load("items/id");
    const onA = worksheet.getRange("A1").conditionalFormats.load("items/id");
    await fake.sync();
    expect([onF.items.map((i) => i.id), onA.items.map((i) => i.id)]).toEqual([["0", "1"], ["0"]]);
  });
});

describe("re-runs recognise the product's rules by content and range", () => {
  // Values mode only: the fake computes no HR.* formulas, which a formulas-mode re-run reads back.
  it("leaves exactly the product's rules after three runs", async () => {
    const { fake, sheet } = inventory();
    await runs(fake, 3);
    expect(sheet.cfs).toHaveLength(PRODUCT_RULES);
    expect(new Set(sheet.cfs.map((cf) => `${cf.rect.column} ${cf.formula} ${cf.fill}`)).size).toBe(PRODUCT_RULES);
  });

  it("keeps an analyst's own rules over the same cells, inside and around the results", async () => {
    const { fake, sheet } = inventory();
    const ownership = await runs(fake, 1);
    const classColumn = sheet.cfs.find((cf) => cf.formula?.includes('="A1"'))!.rect;
    // The analyst's rules: one over exactly the product's class cells, one over whole rows, one of another type.
    sheet.cfs.push({ label: "same cells", type: "Custom", rect: { ...classColumn }, formula: "=$B2>1000", fill: "#FF0000" });
    sheet.cfs.push({ label: "whole rows", type: "Custom", rect: { row: 1, column: 1, rows: 50, columns: 16_384 }, formula: "=MOD(ROW(),2)=0", fill: "#EEEEEE" });
    sheet.cfs.unshift({ label: "data bar", type: "DataBar", rect: { ...classColumn } });
    await runs(fake, 2, ownership);
    expect(sheet.cfs.filter((cf) => cf.label).map((cf) => cf.label).sort()).toEqual(["data bar", "same cells", "whole rows"]);
    expect(sheet.cfs.filter((cf) => !cf.label)).toHaveLength(PRODUCT_RULES);
  });
});
