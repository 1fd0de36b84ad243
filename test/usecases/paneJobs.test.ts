/** The pane's jobs over a real in-memory workbook: sources, mapping a table or block, following a post, problems with cells. */
import ExcelJS from "exceljs";
import { evaluateSource, listSources, loadMatrixSheet, mapSource } from "../../src/usecases/paneJobs";
import { followPost } from "../../src/usecases/followPost";
import { matrixCell } from "../../src/usecases/matrixSheet/loadMatrix";
import { LEVEL_COLOURS } from "../../src/usecases/resultColumns";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";

const HEADERS = ["Post-ID", "Personeel", "Coördinatie", "Advies", "Rol"];
const ROWS = [
  ["P-1", 150, 1, 1, "bijdragen"],
  ["P-2", 1500, 4, 2, "verantwoordelijk"],
  ["P-3", "veel", 2, "x", ""],
];

function workbook() {
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("Notities");
  notes.getCell("A1").value = "vrije tekst";
  const sheet = wb.addWorksheet("Posten");
  sheet.getCell("A1").value = "Inventaris 2026"; // a title above the table
  sheet.addTable({ name: "Inventaris", ref: "B3", headerRow: true, columns: HEADERS.map((name) => ({ name })), rows: ROWS });
  return { wb, port: new ExcelJsWorkbook(wb) };
}

describe("listSources", () => {
  it("offers tables first, then sheets, and prefers the table the selection is in", async () => {
    const { port } = workbook();
    const choice = await listSources(port, { selection: { sheet: "Posten", row: 5, column: 3, rows: 1, columns: 1 } });
    expect(choice.sources).toEqual([{ sheet: "Posten", table: "Inventaris" }, { sheet: "Notities" }, { sheet: "Posten" }]);
    expect(choice.preferred).toEqual({ sheet: "Posten", table: "Inventaris" });
  });

  it("prefers a selected block outside any table, and leaves out the product's own sheets", async () => {
    const { port } = workbook();
    await loadMatrixSheet(port, "nl");
    const block = { sheet: "Notities", row: 1, column: 1, rows: 4, columns: 2 };
    const choice = await listSources(port, { selection: block });
    expect(choice.preferred).toEqual({ sheet: "Notities", block });
    expect(choice.sources.map((s) => s.sheet)).not.toContain("Matrix");
  });
});

describe("mapSource", () => {
  it("maps a table from its own header row, columns counted from A", async () => {
    const { port } = workbook();
    const mapping = await mapSource(port, { sheet: "Posten", table: "Inventaris" }, {}, "nl");
    expect(mapping).toMatchObject({ sheet: "Posten", table: "Inventaris", headerRow: 3, firstRow: 4, lastRow: 6, lastColumn: 6 });
    expect(mapping.columns).toMatchObject({ postId: 2, staff: 3, scope: 4, advice: 5, role: 6 });
  });

  it("takes the analyst's correction by column letter", async () => {
    const { port } = workbook();
    const mapping = await mapSource(port, { sheet: "Posten", table: "Inventaris" }, { role: "B" }, "en");
    expect(mapping.columns.role).toBe(2);
    // The column now holds role: "Post-ID" no longer names the post, and no column is taken twice.
    expect(mapping.columns.postId).toBeUndefined();
    expect(mapping.recognised.role).toMatchObject({ column: 2, how: "mapped" });
  });

  it("stops, listing the headers found, when a block holds no inventory", async () => {
    const { port } = workbook();
    await expect(mapSource(port, { sheet: "Notities", block: { sheet: "Notities", row: 1, column: 1, rows: 3, columns: 2 } }, {}, "en")).rejects.toThrow(/Sheet "Notities" has no column for staff, scope, advice\. Headers found: A "vrije tekst"/);
  });
});

describe("evaluateSource and followPost", () => {
  it("lists each bad cell with its address, and counts what it evaluated", async () => {
    const { port } = workbook();
    const outcome = await evaluateSource(port, { source: { sheet: "Posten", table: "Inventaris" }, map: {}, language: "en", mode: "values", validation: false }, { now: new Date("2026-11-28") });
    expect([outcome.evaluated, outcome.invalid, outcome.blank]).toEqual([2, 1, 0]);
    expect(outcome.problems.map((p) => [p.sheet, p.cell])).toEqual([["Posten", "C6"], ["Posten", "E6"]]);
    expect(outcome.problems[0].message).toMatch(/^C6 .*"veel"/);
    expect(outcome.summary.perClass.counts).toEqual([1, 0, 0, 1]);
  });

  it("lights the descriptors a selected post meets on the matrix sheet, and darkens them when the selection leaves", async () => {
    const { wb, port } = workbook();
    const { sheet: matrix } = await loadMatrixSheet(port, "nl");
    const mapping = await mapSource(port, { sheet: "Posten", table: "Inventaris" }, {}, "nl");
    const post = await followPost(port, mapping, 5, "nl");
    expect(post).toMatchObject({ row: 5, postId: "P-2", level: 4, problems: [] });
    const fill = (criterion: "coordination" | "advice", level: 1 | 2 | 3 | 4) => {
      const { row, column } = matrixCell(criterion, level);
      const f = wb.getWorksheet(matrix)!.getCell(row, column).fill as ExcelJS.FillPattern | undefined;
      return f?.pattern === "solid" ? f.fgColor?.argb : "none";
    };
    expect(post!.meets).toContainEqual({ criterion: "coordination", level: 4 });
    expect(fill("coordination", 4)).toBe(`FF${LEVEL_COLOURS[4]}`);
    expect(fill("coordination", 1)).toBe("none");
    expect(await followPost(port, mapping, 40, "nl")).toBeNull();
    expect(fill("coordination", 4)).toBe("none");
  });

  it("a selected row that cannot be read says why", async () => {
    const { port } = workbook();
    const mapping = await mapSource(port, { sheet: "Posten", table: "Inventaris" }, {}, "en");
    const post = await followPost(port, mapping, 6, "en");
    expect(post?.level).toBeUndefined();
    expect(post?.problems.join(" ")).toMatch(/"veel"/);
  });
});
