/**
 * Live formula mode of evaluate & highlight: what it writes (spilling anchors
 * in a range, calculated columns in a table), that Excel's calculation of
 * those formulas gives the same results as values mode, and how a re-run
 * treats its own formulas and an analyst's edits.
 */
import ExcelJS from "exceljs";
import { readOwnership } from "../../src/usecases/ownership";
import { evaluateWorkbook } from "../../src/usecases/evaluateWorkbook";
import { mapInventory } from "../../src/usecases/mapInventory";
import { RESULT_WIDTH, STRIP, STRIP_OFFSET, fieldColumn } from "../../src/usecases/resultColumns";
import { Stop } from "../../src/usecases/stop";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";
import { LiveFormulaWorkbook } from "../support/liveFormulaWorkbook";
import { snapshotCells } from "./inventoryFixtures";

const HEADERS = ["Post-ID", "Titel", "Personeel", "Coördinatie", "Advies", "Rol", "Huidige klasse"];
const ROWS = [
  ["P-1", "Assistent", 150, 1, 1, "bijdragen", "A1"],
  ["P-2", "Adviseur", 1500, 4, 2, "verantwoordelijk", "A3"],
  ["P-3", "Lege rij volgt", 500, 3, 2, "", "A2"],
  [null, null, null, null, null, null, null],
  ["P-5", "Fout", "veel", 2, 1, "", "A2"],
  ["P-6", "Coördinator", 800, "A3", "strategie", "bijdragen", "A4"],
];
const NOW = new Date("2026-11-28T12:00:00Z");

function inventory(asTable: boolean) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Posten");
  if (asTable) {
    sheet.addTable({ name: "Posten_tabel", ref: "A1", headerRow: true, columns: HEADERS.map((name) => ({ name })), rows: ROWS });
  } else {
    sheet.addRow(HEADERS);
    ROWS.forEach((row) => sheet.addRow(row));
  }
  return workbook;
}

/** Class to flags of every data row as shown (null and "" alike: an empty cell). */
function shownResults(workbook: ExcelJS.Workbook, column: number, live?: LiveFormulaWorkbook): unknown[][] {
  const sheet = workbook.getWorksheet("Posten")!;
  return ROWS.map((_, i) =>
    Array.from({ length: STRIP_OFFSET }, (_, c) => {
      const key = `Posten!${2 + i}:${column + c}`;
      const shown = live?.calculated.has(key) ? live.calculated.get(key) : (sheet.getCell(2 + i, column + c).value as ExcelJS.CellValue);
      if (shown && typeof shown === "object" && "formula" in shown) throw new Error(`${key} was not calculated`);
      if (shown && typeof shown === "object" && "error" in shown) return "#VALUE!";
      return shown === null || shown === undefined ? "" : shown;
    }),
  );
}

async function run(port: ExcelJsWorkbook, mode: "values" | "formulas" | "portable", extra: { language?: "nl" | "fr" | "en"; table?: string } = {}) {
  const source = extra.table ? { sheet: "Posten", table: extra.table } : { sheet: "Posten" };
  return evaluateWorkbook(port, { language: extra.language ?? "nl", source, mode, now: NOW });
}

describe("live formulas in a plain range", () => {
  it("writes one spilling HR.ASSISTDETAIL and one HR.ASSISTEXPLAIN, nothing in the other result cells", async () => {
    const workbook = inventory(false);
    const { report } = await run(new LiveFormulaWorkbook(workbook), "formulas");
    const sheet = workbook.getWorksheet("Posten")!;
    expect(report.column).toBe(8);
    expect(sheet.getCell("H2").value).toEqual({ formula: "HR.ASSISTDETAIL($C$2:$C$7,$D$2:$D$7,$E$2:$E$7,$F$2:$F$7)" });
    expect(sheet.getCell(2, fieldColumn(8, "rationale")).value).toEqual({ formula: 'HR.ASSISTEXPLAIN($C$2:$C$7,$D$2:$D$7,$E$2:$E$7,$F$2:$F$7,,,"nl")' });
    for (let r = 2; r <= 7; r++) {
      for (let c = 8; c < 8 + RESULT_WIDTH; c++) if (!(r === 2 && (c === 8 || c === fieldColumn(8, "rationale")))) expect([r, c, sheet.getCell(r, c).value]).toEqual([r, c, null]);
    }
  });

  it("once Excel calculates them, shows what values mode writes (a blank row stays empty, a bad row is an error)", async () => {
    const live = inventory(false);
    const port = new LiveFormulaWorkbook(live);
    await run(port, "formulas");
    port.calculate();
    const values = inventory(false);
    await run(new ExcelJsWorkbook(values), "values");
    const expected = shownResults(values, 8).map((row) => (row[0] === "FOUT" ? row.map(() => "#VALUE!") : row));
    expect(shownResults(live, 8, port)).toEqual(expected);
    expect(shownResults(live, 8, port)[1][0]).toBe("A4");
    expect(shownResults(live, 8, port)[3]).toEqual(new Array(STRIP_OFFSET).fill(""));
  });

  it("a re-run keeps its formulas; after the analyst typed into the spill area it stops and names the anchor", async () => {
    const workbook = inventory(false);
    const port = new LiveFormulaWorkbook(workbook);
    await run(port, "formulas");
    port.calculate();
    const before = snapshotCells(workbook, ["Posten"]);
    await run(port, "formulas");
    port.calculate();
    expect(snapshotCells(workbook, ["Posten"])).toEqual(before);

    // Excel shows #SPILL! in the anchor when a typed cell blocks the spill.
    workbook.getWorksheet("Posten")!.getCell("H2").value = { formula: (workbook.getWorksheet("Posten")!.getCell("H2").value as ExcelJS.CellFormulaValue).formula, result: { error: "#SPILL!" } } as unknown as ExcelJS.CellFormulaValue;
    const stop = await run(port, "formulas").catch((e: unknown) => e);
    expect(stop).toBeInstanceOf(Stop);
    expect((stop as Stop).code).toBe("spillBlocked");
    expect((stop as Stop).message).toContain("H2");
  });

  it("stops before writing when the analyst replaced its formula", async () => {
    const workbook = inventory(false);
    const port = new LiveFormulaWorkbook(workbook);
    await run(port, "formulas");
    workbook.getWorksheet("Posten")!.getCell("H2").value = "A2";
    const before = snapshotCells(workbook);
    const stop = await run(port, "formulas").catch((e: unknown) => e);
    expect((stop as Stop).code).toBe("editedResults");
    expect(snapshotCells(workbook)).toEqual(before);
  });

  it("switching to values clears its formulas and writes the values; and back again", async () => {
    const workbook = inventory(false);
    const port = new LiveFormulaWorkbook(workbook);
    await run(port, "formulas");
    await run(port, "values");
    const sheet = workbook.getWorksheet("Posten")!;
    expect(sheet.getCell("H2").value).toBe("A1");
    expect(sheet.getCell("H3").value).toBe("A4");
    await run(port, "formulas");
    expect(sheet.getCell("H3").value).toBeNull();
    expect((sheet.getCell("H2").value as ExcelJS.CellFormulaValue).formula).toMatch(/^HR\.ASSISTDETAIL\(/);
    expect((await readOwnership(port)).results.Posten.mode).toBe("formulas");
  });

  it("a workbook without Excel refuses live formulas instead of writing formulas nothing computes", async () => {
    await expect(run(new ExcelJsWorkbook(inventory(false)), "formulas")).rejects.toThrow(/need Excel/);
  });
});

describe("live formulas in an Excel table", () => {
  it.each(["values", "portable"] as const)("live → %s → live: the result columns are added to the table once, then written in place", async (between) => {
    const workbook = inventory(true);
    const port = new LiveFormulaWorkbook(workbook);
    await run(port, "formulas", { table: "Posten_tabel" });
    await run(port, between, { table: "Posten_tabel" });
    const sheet = workbook.getWorksheet("Posten")!;
    const classCell = sheet.getCell("H2").value;
    if (between === "values") expect(classCell).toBe("A1");
    else expect((classCell as ExcelJS.CellFormulaValue).formula).not.toMatch(/HR\./);
    expect((await readOwnership(port)).results.Posten.table).toBe("Posten_tabel");
    await run(port, "formulas", { table: "Posten_tabel" });
    expect(port.tableColumns.get("Posten_tabel")).toHaveLength(RESULT_WIDTH);
    expect(sheet.getCell("H5").value).toEqual({ formula: "HR.ASSISTLEVEL([@[Personeel]],[@[Coördinatie]],[@[Advies]],[@[Rol]])" });
    expect((await readOwnership(port)).results.Posten.mode).toBe("formulas");
  });

  it("a portable first run in a table writes beside it and records no table columns", async () => {
    const port = new LiveFormulaWorkbook(inventory(true));
    await run(port, "portable", { table: "Posten_tabel" });
    expect(port.tableColumns.get("Posten_tabel")).toBeUndefined();
    expect((await readOwnership(port)).results.Posten.table).toBeUndefined();
  });


  it("adds calculated columns with structured references, and they calculate to the values-mode results", async () => {
    const live = inventory(true);
    const port = new LiveFormulaWorkbook(live);
    const { report } = await run(port, "formulas", { table: "Posten_tabel" });
    expect(report.mapping.table).toBe("Posten_tabel");
    expect(port.tableColumns.get("Posten_tabel")).toHaveLength(RESULT_WIDTH);
    const sheet = live.getWorksheet("Posten")!;
    expect(sheet.getCell("H5").value).toEqual({ formula: "HR.ASSISTLEVEL([@[Personeel]],[@[Coördinatie]],[@[Advies]],[@[Rol]])" });
    expect(sheet.getCell("I5").value).toEqual({ formula: "INDEX(HR.ASSISTDETAIL([@[Personeel]],[@[Coördinatie]],[@[Advies]],[@[Rol]]),1,2)" });
    for (let i = 0; i < STRIP.length; i++) expect(sheet.getCell(5, 8 + STRIP_OFFSET + i).value).toBeNull();
    port.calculate();
    const values = inventory(true);
    await run(new ExcelJsWorkbook(values), "values", { table: "Posten_tabel" });
    const expected = shownResults(values, 8).map((row) => (row[0] === "FOUT" ? row.map(() => "#VALUE!") : row));
    expect(shownResults(live, 8, port)).toEqual(expected);
  });

  it("a re-run in another language rewrites the changed calculated columns, unless a cell of them was edited", async () => {
    const workbook = inventory(true);
    const port = new LiveFormulaWorkbook(workbook);
    await run(port, "formulas", { table: "Posten_tabel" });
    const sheet = workbook.getWorksheet("Posten")!;
    const rationale = fieldColumn(8, "rationale");
    await run(port, "formulas", { table: "Posten_tabel", language: "fr" });
    expect((sheet.getCell(7, rationale).value as ExcelJS.CellFormulaValue).formula).toMatch(/"fr"\)$/);
    expect(port.tableColumns.get("Posten_tabel")).toHaveLength(RESULT_WIDTH); // not added twice

    sheet.getCell(6, rationale).value = "my own note";
    const before = snapshotCells(workbook);
    const stop = await run(port, "formulas", { table: "Posten_tabel", language: "en" }).catch((e: unknown) => e);
    expect((stop as Stop).code).toBe("editedResults");
    expect(snapshotCells(workbook)).toEqual(before);
  });
});

describe("cancel", () => {
  it("an aborted run stops with 'cancelled' and leaves the workbook exactly as it was", async () => {
    const workbook = inventory(false);
    const port = new LiveFormulaWorkbook(workbook);
    const mapping = await mapInventory(port, await readOwnership(port), { language: "en" });
    expect(mapping.lastRow).toBe(7);
    const before = snapshotCells(workbook);
    const controller = new AbortController();
    controller.abort();
    const stop = await evaluateWorkbook(port, { language: "en", mode: "formulas", signal: controller.signal }).catch((e: unknown) => e);
    expect((stop as Stop).code).toBe("cancelled");
    expect((stop as Stop).message).toMatch(/^Cancelled/);
    expect(snapshotCells(workbook)).toEqual(before);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Posten"]);
  });
});
