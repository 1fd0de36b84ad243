import type ExcelJS from "exceljs";
import { evaluateInventory } from "../../src/usecases/evaluateInventory";
import { mapInventory } from "../../src/usecases/mapInventory";
import { readOwnership, writeOwnership } from "../../src/usecases/ownership";
import { FIELD_OFFSETS, STRIP, STRIP_OFFSET, resultHeaders } from "../../src/usecases/resultColumns";
import { Stop } from "../../src/usecases/stop";
import type { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";
import { conditionalFormatsOf, dutchInventory, roundTrip, snapshotCells } from "./inventoryFixtures";

const POSTS = [
  ["P1", "Assistent", 150, 1, "dienst", "", "A1"], // model page example 1: A1, role-unknown
  ["P2", "Adviseur", "1 200", "A3", "strategie", "verantwoordelijk", "A3"], // A3 (A4 misfit 1)
  ["P3", "Fout", "12,5", "veel", 1, "", "A2"], // two bad cells
  ["P4", "Groot", 5000, 1, 1, "", ""], // tie A1/A2, support band A2–A4
  [null, null, null, null, null, null, null], // blank row
  ["P6", "Grens", 200, 2, 1, "bijdragen", "A2"], // boundary
];

async function evaluate(port: ExcelJsWorkbook, language: "nl" | "fr" | "en" = "nl") {
  const ownership = await readOwnership(port);
  const mapping = await mapInventory(port, ownership, { language });
  const report = await evaluateInventory(port, mapping, ownership, language);
  await writeOwnership(port, report.ownership);
  return report;
}

const resultCells = (sheet: ExcelJS.Worksheet, row: number, first = 8) =>
  FIELD_OFFSETS.map((offset) => sheet.getRow(row).getCell(first + offset).value);

describe("evaluateInventory", () => {
  it("writes class, bands, misfit, flags and rationale after the inventory", async () => {
    const { sheet, port } = dutchInventory(POSTS);
    const report = await evaluate(port);
    expect(report.column).toBe(8);
    expect(sheet.getRow(1).values).toEqual([undefined, ...["Post-ID", "Titel", "Personeel", "Coördinatie", "Advies", "Rol", "Huidige klasse"], ...resultHeaders("nl")]);
    expect(resultCells(sheet, 2).slice(0, 8)).toEqual(["A1", "A1", "A1–A2", "A1–A2", null, null, 0, "role-unknown"]);
    expect(resultCells(sheet, 3).slice(0, 8)).toEqual(["A3", "A3", "A3–A4", "A3–A4", null, null, 0, null]);
    expect(resultCells(sheet, 5).slice(0, 8)).toEqual(["A1", "A1", "A2–A4", "A1–A2", null, null, 1, "tie, role-unknown"]);
    expect(resultCells(sheet, 7).slice(0, 8)).toEqual(["A2", "A2", "A2", "A1–A2", null, null, 0, "boundary"]);
    expect(String(resultCells(sheet, 2)[8])).toMatch(/^Beste passing A1 \(afwijking A1 0 · A2 1 · A3 4 · A4 7\)/);
    expect(report).toMatchObject({ evaluated: 4, invalid: 1, blank: 1 });
  });

  it("marks a row it cannot read and names the cells and what is accepted", async () => {
    const { sheet, port } = dutchInventory(POSTS);
    const report = await evaluate(port, "en");
    const bad = resultCells(sheet, 4);
    expect(bad[0]).toBe("ERROR");
    expect(bad[7]).toBe("error");
    expect(bad[8]).toContain('C4 staff (headcount supported): "12,5" has a fraction');
    expect(bad[8]).toContain('D4 scope (coordination): "veel" is not one of its descriptors');
    expect(report.posts.find((p) => p.row === 4)?.problems).toHaveLength(2);
  });

  it("leaves blank rows without results", async () => {
    const { sheet, port } = dutchInventory(POSTS);
    await evaluate(port);
    expect(resultCells(sheet, 6).every((v) => v === null)).toBe(true);
  });

  it("highlights with a fixed number of rules keyed off the band cells, whatever the row count", async () => {
    for (const count of [1, 50, 2000]) {
      const rows = Array.from({ length: count }, (_, i) => [`P${i}`, "t", 100 + i, 1 + (i % 4), 1 + (i % 2), "", "A1"]);
      const { sheet, port } = dutchInventory(rows);
      await evaluate(port);
      const rules = conditionalFormatsOf(sheet);
      expect(rules).toHaveLength(STRIP.length + 5);
      const strip = rules.filter((cf) => /MID/.test(String(cf.rules[0].type === "expression" && cf.rules[0].formulae?.[0])));
      expect(strip).toHaveLength(20);
      expect(strip.every((cf) => cf.ref.endsWith(`${count + 1}`))).toBe(true);
    }
  });

  it("each strip rule reads its own criterion's band cell and level", async () => {
    const { sheet, port } = dutchInventory(POSTS);
    await evaluate(port);
    const bandColumn = { coordination: "I", support: "J", advice: "K", improvement: "L", contacts: "M" } as const;
    STRIP.forEach(({ criterion, level }, i) => {
      const column = 8 + STRIP_OFFSET + i;
      const cf = conditionalFormatsOf(sheet).find((c) => c.ref.startsWith(`${sheet.getColumn(column).letter}2:`));
      expect(cf).toBeDefined();
      const rule = cf!.rules[0] as { formulae: string[] };
      const band = `$${bandColumn[criterion]}2`;
      expect(rule.formulae[0]).toBe(`IFERROR(AND(LEN(${band})>1,VALUE(MID(${band},2,1))<=${level},VALUE(RIGHT(${band},1))>=${level}),FALSE)`);
    });
  });

  it("puts dropdowns on the input columns, and keeps an analyst's own validation", async () => {
    const { sheet, port } = dutchInventory(POSTS);
    const validations = (sheet as unknown as { dataValidations: { add(a: string, v: object): void; model: Record<string, { formulae: string[] }> } }).dataValidations;
    validations.add("E2:E7", { type: "whole", operator: "between", formulae: [1, 2] });
    const report = await evaluate(port);
    expect(report.validation).toEqual([
      { input: "scope", column: 4, applied: true },
      { input: "advice", column: 5, applied: false },
      { input: "role", column: 6, applied: true },
    ]);
    const reloaded = (await roundTrip(sheet.workbook)).getWorksheet("Posten")!;
    const model = (reloaded as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(model.D2.formulae[0]).toBe('"1 – opvolgen,2 – dossiers plannen,3 – opdrachten plannen,4 – diensten coördineren"');
    expect(model.E2.type).toBe("whole");
    expect(model.F2.formulae[0]).toBe('"verantwoordelijk,bijdragen"');
  });

  it("never changes the analyst's cells, and a second run changes nothing more", async () => {
    const { workbook, port } = dutchInventory(POSTS);
    const before = snapshotCells(workbook);
    await evaluate(port);
    const after = snapshotCells(workbook);
    for (const [cell, value] of before) expect(after.get(cell)).toBe(value);
    await evaluate(port);
    expect(snapshotCells(workbook)).toEqual(after);
    expect(conditionalFormatsOf(workbook.getWorksheet("Posten")!)).toHaveLength(STRIP.length + 5);
  });

  it("recognises its own columns after a save and reload, in another language", async () => {
    const { workbook, port } = dutchInventory(POSTS);
    await evaluate(port);
    const reloaded = await roundTrip(workbook);
    const { ExcelJsWorkbook } = await import("../support/excelJs/ExcelJsWorkbook");
    const report = await evaluate(new ExcelJsWorkbook(reloaded), "fr");
    expect(report.column).toBe(8);
    expect(reloaded.getWorksheet("Posten")!.getCell("H1").value).toBe("Classe indicative");
  });

  it("writes after everything the analyst filled, however far right", async () => {
    const { workbook, port } = dutchInventory(POSTS);
    workbook.getWorksheet("Posten")!.getCell("Z5").value = "notitie";
    const report = await evaluate(port);
    expect(report.column).toBe(27);
    expect(workbook.getWorksheet("Posten")!.getCell("Z5").value).toBe("notitie");
  });

  it("stops before writing when the analyst typed into the strip", async () => {
    const { workbook, port } = dutchInventory(POSTS);
    await evaluate(port);
    const sheet = workbook.getWorksheet("Posten")!;
    sheet.getCell("AB5").value = "notitie"; // a strip cell (the strip is P…AI)
    const before = snapshotCells(workbook);
    const outcome = await evaluate(port).catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(Stop);
    expect((outcome as Stop).code).toBe("foreignCells");
    expect((outcome as Stop).message).toContain("AB5");
    expect(snapshotCells(workbook)).toEqual(before);
  });

  it("stops before overwriting a result cell the analyst edited", async () => {
    const { workbook, port } = dutchInventory(POSTS);
    await evaluate(port);
    const reloaded = await roundTrip(workbook);
    reloaded.getWorksheet("Posten")!.getCell("H3").value = "A2 (comité)";
    const { ExcelJsWorkbook } = await import("../support/excelJs/ExcelJsWorkbook");
    const before = snapshotCells(reloaded);
    const outcome = await evaluate(new ExcelJsWorkbook(reloaded)).catch((e: unknown) => e);
    expect((outcome as Stop).code).toBe("editedResults");
    expect((outcome as Stop).message).toContain('H "Indicatieve klasse"');
    expect(snapshotCells(reloaded)).toEqual(before);
  });

  it("stops when an analyst's value sits below its earlier results", async () => {
    const { workbook, port } = dutchInventory(POSTS);
    await evaluate(port);
    workbook.getWorksheet("Posten")!.getCell("O12").value = "opmerking"; // the flags column, below the results
    const outcome = await evaluate(port).catch((e: unknown) => e);
    expect((outcome as Stop).code).toBe("foreignCells");
    expect((outcome as Stop).message).toContain("O12");
  });

  it("stops when a header it wrote was changed by the analyst", async () => {
    const { workbook, port } = dutchInventory(POSTS);
    await evaluate(port);
    workbook.getWorksheet("Posten")!.getCell("I1").value = "Mijn kolom";
    const outcome = await evaluate(port).catch((e: unknown) => e);
    expect((outcome as Stop).code).toBe("changedResults");
    expect((outcome as Stop).message).toContain("I1");
  });

  it("clears its own results of rows the inventory no longer has", async () => {
    const { workbook, port } = dutchInventory(POSTS);
    await evaluate(port);
    const sheet = workbook.getWorksheet("Posten")!;
    for (let c = 1; c <= 7; c++) sheet.getRow(7).getCell(c).value = null;
    await evaluate(port);
    expect(resultCells(sheet, 7).every((v) => v === null)).toBe(true);
  });
});
