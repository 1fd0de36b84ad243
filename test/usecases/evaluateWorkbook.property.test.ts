import ExcelJS from "exceljs";
import fc from "fast-check";
import { evaluateWorkbook } from "../../src/usecases/evaluateWorkbook";
import { Stop } from "../../src/usecases/stop";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";
import { roundTrip, snapshotCells } from "./inventoryFixtures";

/**
 * Property: on any inventory-like workbook (random headers among the
 * recognised and foreign ones, random cell values of every kind, extra sheets
 * and notes), a run either stops before writing or leaves every cell the
 * analyst wrote exactly as it was; and a second run on its own output changes
 * nothing but the audit log.
 */
const cellValue = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -5, max: 6000 }),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.constantFrom("A1", "A3", "a5", "1 200", "1.200", "12,5", "opvolgen", "strategie", "verantwoordelijk", "bijdragen", "=1+1", "", "  "),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
);
const header = fc.constantFrom("Post-ID", "Personeel", "Coördinatie", "Advies", "Rol", "Verbetering", "Contacten", "Huidige klasse", "Opmerking", "VTE", "Entiteit");

const inventory = fc.record({
  headers: fc.uniqueArray(header, { minLength: 3, maxLength: 9 }),
  rows: fc.array(fc.array(cellValue, { minLength: 9, maxLength: 9 }), { maxLength: 25 }),
  note: fc.option(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 45 }), fc.string({ minLength: 1, maxLength: 8 }))),
  otherSheet: fc.option(fc.constantFrom("Overzicht", "Matrix A1-A4", "Logboek", "Notities")),
});

type InventorySpec = typeof inventory extends fc.Arbitrary<infer T> ? T : never;

function build({ headers, rows, note, otherSheet }: InventorySpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Posten");
  sheet.addRow(["Personeel", "Coördinatie", "Advies", ...headers.filter((h) => !["Personeel", "Coördinatie", "Advies"].includes(h))]);
  for (const row of rows) sheet.addRow(row.slice(0, sheet.getRow(1).cellCount));
  if (note) sheet.getCell(note[0], note[1]).value = note[2];
  if (otherSheet) workbook.addWorksheet(otherSheet).getCell("A1").value = "van de analist";
  return workbook;
}

const NOW = new Date("2026-11-28T12:00:00Z");

test("no cell the analyst wrote ever changes, and a re-run changes nothing more", async () => {
  const seen = { evaluated: 0, stopped: 0 };
  await fc.assert(
    fc.asyncProperty(inventory, fc.constantFrom("nl", "fr", "en" as const), async (spec, language) => {
      const workbook = build(spec);
      const before = snapshotCells(workbook);
      const outcome = await evaluateWorkbook(new ExcelJsWorkbook(workbook), { language, now: NOW }).catch((e: unknown) => e);
      const after = snapshotCells(workbook);
      if (outcome instanceof Stop) {
        seen.stopped++;
        expect(after).toEqual(before); // stopped before the first write
        return;
      }
      seen.evaluated++;
      if (outcome instanceof Error) throw outcome;
      for (const [cell, value] of before) expect([cell, after.get(cell)]).toEqual([cell, value]);

      const reloaded = await roundTrip(workbook);
      const analystSheets = ["Posten"];
      const first = snapshotCells(reloaded, analystSheets);
      await evaluateWorkbook(new ExcelJsWorkbook(reloaded), { language, now: NOW });
      expect(snapshotCells(reloaded, analystSheets)).toEqual(first);
    }),
    { numRuns: 60, seed: 20261128 },
  );
  // Both paths were really taken: runs that wrote results and runs that stopped.
  expect(seen.evaluated).toBeGreaterThan(20);
  expect(seen.stopped).toBeGreaterThan(0);
}, 60_000); // 120 workbook round trips: not a speed claim, room for a busy machine
