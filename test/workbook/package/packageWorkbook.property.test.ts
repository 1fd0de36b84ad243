import ExcelJS from "exceljs";
import fc from "fast-check";
import { type WorkbookEvaluation, evaluateWorkbook } from "../../../src/usecases/evaluateWorkbook";
import { FIELD_OFFSETS } from "../../../src/usecases/resultColumns";
import type { Block, CellValue } from "../../../src/workbook/port";
import { PackageWorkbook } from "../../../src/workbook/package/PackageWorkbook";
import { block, buildPackage, saveCopy } from "./packageBuilder";
import { checkPackage, expectUntouchedEntries, rawEntries } from "./packageChecks";
import { inventoryPackage, inventorySpec } from "./randomPackage";

/**
 * Property, over random hand-written inventory packages: the copy keeps every
 * part it does not need to change byte for byte, keeps every cell of the
 * analyst's inventory (read by the adapter and, independently, by ExcelJS),
 * holds the results the evaluation reported, and a second run on the copy
 * leaves the analyst's cells and the results as they were.
 */

const NOW = new Date("2026-11-28T12:00:00Z");
const SHEET = "Posten";

async function evaluate(bytes: Uint8Array): Promise<{ evaluation: WorkbookEvaluation; copy: Uint8Array }> {
  const workbook = await PackageWorkbook.open(bytes);
  const evaluation = await evaluateWorkbook(workbook, { language: "nl", now: NOW });
  return { evaluation, copy: await saveCopy(workbook) };
}

/** Every cell of a sheet as ExcelJS reads it ("B3" → value), or undefined where ExcelJS cannot load the package. */
async function excelJsCells(bytes: Uint8Array, sheet: string): Promise<Map<string, string> | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  const cells = new Map<string, string>();
  workbook.getWorksheet(sheet)?.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void cells.set(cell.address, JSON.stringify(cell.value))));
  return cells;
}

const classColumn = (evaluation: WorkbookEvaluation, used: Block): Block => {
  const { mapping, column } = evaluation.report;
  return block(SHEET, mapping.firstRow, column + FIELD_OFFSETS[0], Math.max(1, used.row + used.rows - mapping.firstRow), 1);
};

const expectedClasses = (evaluation: WorkbookEvaluation, rows: number): CellValue[] =>
  Array.from({ length: rows }, (_, i) => {
    const post = evaluation.report.posts.find((p) => p.row === evaluation.report.mapping.firstRow + i);
    return post === undefined ? null : post.assessment ? `A${post.assessment.level}` : "FOUT";
  });

test("the copy keeps the analyst's package and cells, holds the reported results, and a re-run changes neither", async () => {
  const seen = { runs: 0, excelJs: 0, posts: 0 };
  await fc.assert(
    fc.asyncProperty(inventorySpec, async (spec) => {
      seen.runs++;
      const { inventoryPart, ...packageSpec } = inventoryPackage(spec);
      const original = await buildPackage(packageSpec);
      const before = await PackageWorkbook.open(original);
      const used = await before.usedBlock(SHEET);
      if (!used) throw new Error("the inventory has headers: it is never empty");
      const analystCells = await before.readValues(used);

      const first = await evaluate(original);
      seen.posts += first.evaluation.report.posts.length;
      expectUntouchedEntries(await rawEntries(original), await rawEntries(first.copy), [inventoryPart, "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);
      await checkPackage(first.copy);

      const copy = await PackageWorkbook.open(first.copy);
      expect(await copy.readValues(used)).toEqual(analystCells);
      const results = classColumn(first.evaluation, used);
      expect(await copy.readColumn(results)).toEqual(expectedClasses(first.evaluation, results.rows));

      const [originalCells, copyCells] = await Promise.all([excelJsCells(original, SHEET), excelJsCells(first.copy, SHEET)]);
      if (originalCells && copyCells) {
        seen.excelJs++;
        for (const [cell, value] of originalCells) expect([cell, copyCells.get(cell)]).toEqual([cell, value]);
      }

      const second = await evaluate(first.copy);
      expect(second.evaluation.report.posts).toEqual(first.evaluation.report.posts);
      const again = await PackageWorkbook.open(second.copy);
      expect(await again.readValues(used)).toEqual(analystCells);
      expect(await again.readColumn(results)).toEqual(expectedClasses(first.evaluation, results.rows));
      await checkPackage(second.copy);
    }),
    { numRuns: 50, seed: 20261129 },
  );
  expect(seen.runs).toBe(50);
  expect(seen.excelJs).toBeGreaterThan(15); // ExcelJS, the independent reader, read those with every reference written
  expect(seen.posts).toBeGreaterThan(150);
}, 90_000);
