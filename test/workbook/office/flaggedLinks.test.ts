/**
 * Issue 14 in the Excel pane: the summary sheet written through office.js
 * links each flagged post's row number to its row. The fake models
 * Range.hyperlink as Microsoft documents it (harness/excel/fakeRange.ts);
 * what Excel draws for the link was not seen here.
 */
import { evaluateWorkbook } from "../../../src/usecases/evaluateWorkbook";
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { summaryTables } from "../../../src/usecases/summary/summaryTables";
import { FakeContext } from "../../../harness/excel/fakeExcel";

describe("the summary sheet's flagged posts link to their rows in Excel (office.js)", () => {
  it("sets Range.hyperlink on each row number, to the class cell of that row, keeping the number; a re-run leaves no stale link", async () => {
    const fake = new FakeContext();
    const posts = fake.addSheet("Posten");
    const rows: (string | number)[][] = [
      ["Post-ID", "Personeel", "Rol", "Coördinatie", "Advies"],
      ["P01", 150, "bijdragen", 1, 1],
      ["P02", 200, "verantwoordelijk", 3, 2], // on a threshold: flagged (boundary)
      ["P03", "veel", "bijdragen", 1, 1], // in error: flagged
      ["P04", 500, "verantwoordelijk", 3, 3],
    ];
    rows.forEach((row, r) => row.forEach((value, c) => posts.set(r + 1, c + 1, value)));
    const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
    const { report } = await evaluateWorkbook(port, { language: "nl", now: new Date("2026-11-30T08:00:00Z") });
    await port.flush();

    const classColumn = String.fromCharCode(64 + report.column);
    const linksOn = (sheet: string) =>
      [...fake.sheet(sheet).links.entries()].map(([cell, link]) => {
        const [row, column] = cell.split(":").map(Number);
        return { value: fake.sheet(sheet).get(row, column), column, ...link };
      });
    const expected = (rows: readonly number[]) =>
      rows.map((row) => ({ value: row, column: 1, documentReference: `Posten!${classColumn}${row}`, screenTip: `Ga naar rij ${row} van blad "Posten"` }));
    const flagged = summaryTables(report).flagged.map((post) => post.row);
    expect(flagged).toEqual(expect.arrayContaining([3, 4]));
    expect(linksOn("Overzicht")).toEqual(expected(flagged));
    expect(posts.get(4, report.column)).toBe("FOUT");

    // A second run clears the summary sheet (Range.clear "All" takes its links) and links it anew.
    posts.set(3, 2, 150);
    posts.set(4, 2, 120);
    const again = await evaluateWorkbook(port, { language: "nl", now: new Date("2026-11-30T09:00:00Z") });
    await port.flush();
    const second = summaryTables(again.report).flagged.map((post) => post.row);
    expect(second).not.toContain(4);
    expect(linksOn("Overzicht")).toEqual(expected(second));
  });
});
