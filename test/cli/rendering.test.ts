import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { evaluatedSample } from "../../scripts/docsPictures";
import { renderSheetPng } from "../../scripts/renderSheet";

/**
 * The evaluated sample opens in another spreadsheet program: LibreOffice
 * headless loads the batch tool's output, prints the evaluated sheet and the
 * summary to PDF, and pdftoppm makes PNGs of them (what docs/ shows).
 */
jest.setTimeout(300_000);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

test.each([
  ["Inventaris", 26],
  ["Overzicht", 60],
  ["Matrix A1-A4", 9],
])("LibreOffice renders the evaluated sample's sheet %s", async (sheet, lastRow) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "render-"));
  const output = await evaluatedSample(dir);
  const png = path.join(dir, `${sheet}.png`);
  await renderSheetPng(output, sheet, png, { lastRow, headerRow: sheet === "Inventaris" ? 3 : 1 });
  const bytes = fs.readFileSync(png);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  // A blank page trims to a few hundred bytes; a rendered sheet is tens of kilobytes.
  expect(bytes.length).toBeGreaterThan(20_000);
});
