/**
 * Issue 10, failure 2: Excel gives a formula back in its own form
 * (fakeFormulas.ts, from Microsoft's page on structured references): a
 * re-run in table + formulas mode must recognise the product's own
 * calculated columns, and still stop on a formula the analyst edited.
 */
import { evaluateInventory } from "../../../src/usecases/evaluateInventory";
import { mapInventory } from "../../../src/usecases/mapInventory";
import { type Ownership, readOwnership } from "../../../src/usecases/ownership";
import { sameFormula } from "../../../src/usecases/resultFormulas";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { FakeContext } from "../../../harness/excel/fakeExcel";
import { canonicalFormula } from "../../../harness/excel/fakeFormulas";

const HEADERS = ["Post-ID", "Personeel", "Aantal medewerkers", "Coördinatie", "Advies"];
const ROWS = 40;

function workbook(): { fake: FakeContext; port: OfficeWorkbook } {
  const fake = new FakeContext();
  fake.addSheet("Posten", {
    rows: ROWS + 1,
    columns: HEADERS.length,
    value: (row, column) => (row === 1 ? HEADERS[column - 1] : column === 1 ? `P${row - 1}` : column === 2 ? (row * 37) % 900 : column === 3 ? "" : column === 4 ? 1 + (row % 4) : 1 + (row % 2)),
  });
  fake.addTable("Inventaris", "Posten", { row: 1, column: 1, rows: ROWS + 1, columns: HEADERS.length });
  return { fake, port: new OfficeWorkbook(fake as unknown as Excel.RequestContext) };
}

/** One run as the pane makes it; the state the product keeps between runs is handed on as the pane's job does. */
async function run(port: OfficeWorkbook, earlier?: Ownership) {
  const ownership = earlier ?? (await readOwnership(port));
  const mapping = await mapInventory(port, ownership, { source: { sheet: "Posten", table: "Inventaris" }, language: "nl" });
  const report = await evaluateInventory(port, mapping, ownership, "nl", { mode: "formulas" });
  await port.flush();
  return report;
}

describe("the fake Excel stores this-row references as Excel shows them", () => {
  it("drops the inner brackets of a header without special characters, and keeps them where the page lists one", () => {
    expect(canonicalFormula("=HR.ASSISTLEVEL([@[Personeel]],[@[Aantal medewerkers]],[@[Post-ID]],[@[Coördinatie]])")).toBe(
      "=HR.ASSISTLEVEL([@Personeel],[@[Aantal medewerkers]],[@[Post-ID]],[@Coördinatie])",
    );
    expect(canonicalFormula("=[@[it''s]]+[@[a'[b]]")).toBe("=[@[it''s]]+[@[a'[b]]");
    expect(canonicalFormula("[@[Personeel]] as text")).toBe("[@[Personeel]] as text");
  });

  it("gives the stored form back through Range.formulas", async () => {
    const { fake } = workbook();
    const cell = fake.workbook.worksheets.getItem("Posten").getRange("G2");
    cell.formulas = [["=INDEX(HR.ASSISTDETAIL([@[Personeel]],[@[Advies]]),1,2)"]];
    cell.load("formulas");
    await fake.sync();
    expect(cell.formulas).toEqual([["=INDEX(HR.ASSISTDETAIL([@Personeel],[@Advies]),1,2)"]]);
  });
});

describe("a re-run in table + formulas mode", () => {
  it("recognises the calculated columns it wrote in Excel's form and runs again", async () => {
    const { fake, port } = workbook();
    const first = await run(port);
    expect(first.evaluated).toBe(ROWS);
    const written = fake.sheet("Posten").get(2, HEADERS.length + 1);
    expect(written).toEqual(expect.stringContaining("[@Personeel]"));
    const second = await run(port, first.ownership);
    expect(second.evaluated).toBe(ROWS);
    // The same block, not a second one beside it.
    expect(second.column).toBe(first.column);
  });

  it("keeps a formula the analyst edited further down, and stops on one edited in the first data row", async () => {
    const { fake, port } = workbook();
    const first = await run(port);
    const sheet = fake.sheet("Posten");
    const classColumn = HEADERS.length + 1;
    const mine = "=HR.ASSISTLEVEL([@Personeel],[@Advies])&\"!\"";
    // Unchanged calculated columns are not rewritten, so the analyst's exception stays.
    sheet.set(7, classColumn, mine);
    const second = await run(port, first.ownership);
    expect(second.evaluated).toBe(ROWS);
    expect(sheet.get(7, classColumn)).toBe(mine);
    // The first data row is where the product recognises its own columns.
    sheet.set(2, classColumn, mine);
    await expect(run(port, second.ownership)).rejects.toEqual(expect.objectContaining({ code: "editedResults" }));
    expect(sheet.get(2, classColumn)).toBe(mine);
  });
});

describe("sameFormula", () => {
  it("takes both forms of a this-row reference as one, and nothing else", () => {
    expect(sameFormula("=HR.ASSISTLEVEL([@[Personeel]],[@[Aantal medewerkers]])", "=_xldudf_HR.ASSISTLEVEL([@Personeel], [@[Aantal medewerkers]])")).toBe(true);
    expect(sameFormula("=HR.ASSISTLEVEL([@[Personeel]])", canonicalFormula("=HR.ASSISTLEVEL([@[Personeel]])"))).toBe(true);
    expect(sameFormula("=HR.ASSISTLEVEL([@[Personeel]])", "=HR.ASSISTLEVEL([@Advies])")).toBe(false);
    expect(sameFormula("=HR.ASSISTLEVEL([@[Personeel]])", "=HR.ASSISTLEVEL(Inventaris[Personeel])")).toBe(false);
    expect(sameFormula("=HR.ASSISTLEVEL([@[a']b]])", "=HR.ASSISTLEVEL([@[a']c]])")).toBe(false);
  });
});

describe("a table that already has a column named like a result column", () => {
  it("stops before writing anything, naming the column, instead of leaving duplicate names to Excel", async () => {
    const fake = new FakeContext();
    const headers = ["Post-ID", "Personeel", "Coördinatie", "Advies", "Signalen"];
    fake.addSheet("Posten", { rows: 11, columns: 5, value: (row, column) => (row === 1 ? headers[column - 1] : column === 1 ? `P${row}` : column === 5 ? "" : 1 + (row % 2)) });
    const table = fake.addTable("Inventaris", "Posten", { row: 1, column: 1, rows: 11, columns: 5 });
    const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
    const ownership = await readOwnership(port);
    const mapping = await mapInventory(port, ownership, { source: { sheet: "Posten", table: "Inventaris" }, language: "nl" });
    const undoBefore = fake.counts.undoEntries;
    const run = evaluateInventory(port, mapping, ownership, "nl", { mode: "formulas" }).then(() => port.flush());
    await expect(run).rejects.toEqual(expect.objectContaining({ code: "tableHeaderTaken", message: expect.stringMatching(/"Inventaris" heeft al een kolom "Signalen" \(E1\)/) }));
    expect(table.rect.columns).toBe(5);
    expect(fake.counts.undoEntries).toBe(undoBefore);
  });
});
