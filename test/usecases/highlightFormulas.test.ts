import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CRITERIA, LEVELS, bandHas, bandOf, formatBand, type Level } from "../../src/domain";
import { STRIP, highlightRules } from "../../src/usecases/resultColumns";
import { convert } from "../support/libreOffice";

/**
 * The strip's conditional-format formulas, computed by a real spreadsheet:
 * each rule's formula is written into ordinary cells next to band texts, the
 * file is recalculated by LibreOffice, and every TRUE/FALSE must equal
 * "the level lies in the band" — for every band a criterion can have.
 */
const BANDS: (string | null)[] = [];
for (const low of LEVELS) for (const high of LEVELS) if (high >= low) BANDS.push(formatBand(bandOf(low, high as Level)));
BANDS.push(null, "", "FOUT");

jest.setTimeout(240_000);

test("every strip rule lights exactly the levels of its criterion's band (recalculated by LibreOffice)", async () => {
  const first = 1;
  const rules = highlightRules("Bands", first, 2, BANDS.length).filter((r) => r.formula.startsWith("IFERROR(AND"));
  expect(rules).toHaveLength(STRIP.length);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Bands");
  BANDS.forEach((band, i) => {
    const row = i + 2;
    CRITERIA.forEach((_, c) => (sheet.getCell(row, first + 1 + c).value = band));
    rules.forEach((rule, k) => {
      const formula = rule.formula.replace(/\$([A-Z]+)2\b/g, `$$$1${row}`);
      sheet.getCell(row, 40 + k).value = { formula } as ExcelJS.CellFormulaValue;
    });
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "highlight-"));
  const file = path.join(dir, "bands.xlsx");
  await workbook.xlsx.writeFile(file);
  const csv = fs.readFileSync(convert(file, "csv:Text - txt - csv (StarCalc):44,34,76", dir), "utf8").split(/\r?\n/);

  BANDS.forEach((band, i) => {
    const cells = csv[i + 1].split(",");
    STRIP.forEach(({ level }, k) => {
      const expected = band !== null && /^A\d/.test(band) && levelInBand(band, level);
      expect(`${band} ${STRIP[k].criterion} A${level}: ${cells[39 + k]}`).toBe(`${band} ${STRIP[k].criterion} A${level}: ${expected ? "TRUE" : "FALSE"}`);
    });
  });
});

function levelInBand(band: string, level: Level): boolean {
  const [low, high = low] = band.split("–").map((code) => Number(code.slice(1)) as Level);
  return bandHas(bandOf(low, high), level);
}
