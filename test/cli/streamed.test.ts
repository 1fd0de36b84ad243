import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { FIELD_OFFSETS } from "../../src/usecases/resultColumns";

/**
 * The streamed path (automatic for very large workbooks, forced here with
 * --stream on the sample) gives the same results as the in-memory path, and a
 * re-run on its own output recognises its columns.
 */
const root = path.resolve(__dirname, "../..");
const sample = path.join(root, "samples/inventaris-ondersteuning-management.xlsx");

function cli(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, "bin/assistlevel.js"), ...args], { encoding: "utf8" });
}

async function results(file: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet("Inventaris")!;
  const rows: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) rows.push([...FIELD_OFFSETS.map((o) => sheet.getRow(r).getCell(17 + o).value), sheet.getRow(r).getCell(1).value]);
  return rows;
}

jest.setTimeout(120_000);

test("--stream writes the same values as the in-memory path, and says what the copy does not keep", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "streamed-"));
  const inMemory = cli("evaluate", sample, "-o", path.join(dir, "memory.xlsx"), "--lang", "en");
  const streamed = cli("evaluate", sample, "-o", path.join(dir, "streamed.xlsx"), "--lang", "en", "--stream");
  expect(inMemory.status).toBe(1); // the sample holds deliberately bad cells
  expect(streamed.status).toBe(1);
  expect(streamed.stderr).toContain("read and written as a stream");
  expect(streamed.stderr).toContain("Excel tables");
  expect(inMemory.stderr).not.toContain("as a stream");
  const streamedResults = await results(path.join(dir, "streamed.xlsx"));
  expect(streamedResults.filter((row) => /^A[1-4]$/.test(String(row[0]))).length).toBeGreaterThan(40);
  expect(streamedResults).toEqual(await results(path.join(dir, "memory.xlsx")));

  const again = cli("evaluate", path.join(dir, "streamed.xlsx"), "-o", path.join(dir, "again.xlsx"), "--lang", "en", "--stream");
  expect(again.status).toBe(1);
  expect(await results(path.join(dir, "again.xlsx"))).toEqual(await results(path.join(dir, "streamed.xlsx")));
});
