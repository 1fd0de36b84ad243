/**
 * The matrix sheet as the batch tool writes it: built in an in-memory ExcelJS
 * workbook, read back with ExcelJS both in memory and after a round trip
 * through an .xlsx buffer.
 */
import ExcelJS from "exceljs";
import {
  CRITERIA,
  CRITERION_NAMES,
  FAMILY_TEXT,
  LEVELS,
  type Language,
  MATRIX_CELLS,
  MATRIX_VERSION,
  MATRIX,
  matrixStamp,
  ruleName,
} from "../../src/domain";
import { MATRIX_GRID, loadMatrix, matrixCell } from "../../src/usecases/matrixSheet/loadMatrix";
import { type Ownership, readOwnership, writeOwnership } from "../../src/usecases/ownership";
import { LEVEL_COLOURS } from "../../src/usecases/resultColumns";
import { SHEET_NAMES } from "../../src/usecases/sheetNames";
import { Stop } from "../../src/usecases/stop";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";

const NONE: Ownership = { sheets: {}, results: {} };
const LANGUAGES: readonly Language[] = ["nl", "fr", "en"];

/** Words the stamp sentence must carry in each language (written here, not taken from src). */
const INDICATIVE_WORDS: Record<Language, string> = { nl: "weegcomité", fr: "comité de pondération", en: "weighting committee" };
const OPTIONAL_WORD: Record<Language, string> = { nl: "facultatief", fr: "facultatif", en: "optional" };

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return copy;
}

async function matrixWorkbook(language: Language): Promise<{ workbook: ExcelJS.Workbook; sheet: string; ownership: Ownership }> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Inventaris").getCell("A1").value = "Post-ID";
  const result = await loadMatrix(new ExcelJsWorkbook(workbook), NONE, language);
  return { workbook, ...result };
}

const text = (cell: ExcelJS.Cell): string => (typeof cell.value === "string" ? cell.value : String(cell.value ?? ""));

/** Every non-empty cell text of a sheet. */
function texts(sheet: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => found.push(text(cell))));
  return found;
}

/** Values, fills, fonts and alignment of every cell, plus widths and views: what "the same sheet" means. */
function snapshot(sheet: ExcelJS.Worksheet): string {
  const cells: unknown[] = [];
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => cells.push([r, c, cell.value, cell.fill ?? null, cell.font ?? null, cell.alignment ?? null])),
  );
  const widths = [1, 2, 3, 4, 5].map((c) => sheet.getColumn(c).width);
  const views = sheet.views.map((v) => ({ state: v.state, ...("ySplit" in v ? { ySplit: v.ySplit, xSplit: v.xSplit } : {}) }));
  return JSON.stringify({ cells, widths, views });
}

/** The grid read off the sheet by its labels: row of each criterion name, column of each level header. */
function gridByLabels(sheet: ExcelJS.Worksheet, language: Language) {
  const header = sheet.getRow(MATRIX_GRID.headerRow);
  const levelColumn = new Map<string, number>();
  header.eachCell((cell, c) => levelColumn.set(text(cell), c));
  const criterionRow = new Map<string, number>();
  sheet.eachRow((row, r) => {
    const name = text(row.getCell(MATRIX_GRID.firstColumn));
    if (r > MATRIX_GRID.headerRow && !criterionRow.has(name)) criterionRow.set(name, r);
  });
  return (criterion: (typeof CRITERIA)[number], level: number) => {
    const row = criterionRow.get(CRITERION_NAMES[criterion][language]);
    const column = levelColumn.get(`A${level}`);
    if (row === undefined || column === undefined) throw new Error(`no grid cell for ${criterion} A${level}`);
    return { row, column };
  };
}

describe.each(LANGUAGES)("the matrix sheet in %s", (language) => {
  let built: Awaited<ReturnType<typeof matrixWorkbook>>;
  beforeAll(async () => {
    built = await matrixWorkbook(language);
  });

  it("is named for the language and recorded as the product's own", () => {
    expect(built.sheet).toBe(SHEET_NAMES[language].matrix);
    expect(built.ownership.sheets.matrix).toBe(SHEET_NAMES[language].matrix);
    expect(built.workbook.worksheets.map((s) => s.name)).toEqual(["Inventaris", SHEET_NAMES[language].matrix]);
  });

  describe.each([
    ["in memory", async () => built.workbook],
    ["after a write and reload", async () => reload(built.workbook)],
  ])("%s", (_label, open) => {
    let sheet: ExcelJS.Worksheet;
    beforeAll(async () => {
      const found = (await open()).getWorksheet(SHEET_NAMES[language].matrix);
      if (!found) throw new Error("no matrix sheet");
      sheet = found;
    });

    it("has the family name as title above the grid", () => {
      expect(text(sheet.getCell(1, 1))).toBe(FAMILY_TEXT.familyName[language]);
      expect(sheet.getCell(1, 1).font?.bold).toBe(true);
    });

    it("holds all 20 descriptors where the labels say, and where matrixCell says", () => {
      const byLabels = gridByLabels(sheet, language);
      for (const criterion of CRITERIA) {
        for (const level of LEVELS) {
          const expected = MATRIX_CELLS[criterion][level - 1][language];
          const labelled = byLabels(criterion, level);
          expect(text(sheet.getCell(labelled.row, labelled.column))).toBe(expected);
          expect(matrixCell(criterion, level)).toEqual(labelled);
        }
      }
    });

    it("fills the A1–A4 headers with the level colours, bold, and freezes the header row", () => {
      for (const level of LEVELS) {
        const cell = sheet.getCell(MATRIX_GRID.headerRow, MATRIX_GRID.firstColumn + level);
        expect(text(cell)).toBe(`A${level}`);
        expect(cell.font?.bold).toBe(true);
        expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${LEVEL_COLOURS[level]}` } });
      }
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: MATRIX_GRID.headerRow });
    });

    it("wraps and top-aligns the descriptors in wide columns", () => {
      for (const level of LEVELS) {
        const { row, column } = matrixCell("support", level);
        expect(sheet.getCell(row, column).alignment).toMatchObject({ wrapText: true, vertical: "top" });
        expect(sheet.getColumn(column).width).toBeGreaterThanOrEqual(40);
      }
      expect(sheet.getColumn(MATRIX_GRID.firstColumn).width).toBeGreaterThanOrEqual(20);
    });

    it("has a legend row with the four level colours", () => {
      const legendRow = [...Array(sheet.rowCount).keys()]
        .map((i) => sheet.getRow(i + 1))
        .find((row) => row.number > MATRIX_GRID.headerRow && text(row.getCell(2)) === "A1");
      if (!legendRow) throw new Error("no legend row");
      for (const level of LEVELS) {
        const cell = legendRow.getCell(1 + level);
        expect(text(cell)).toBe(`A${level}`);
        expect(cell.fill).toMatchObject({ fgColor: { argb: `FF${LEVEL_COLOURS[level]}` } });
      }
    });

    it("shows the purpose, every result area and every example task, the optional area marked", () => {
      const all = texts(sheet);
      const joined = all.join("\n");
      expect(all).toContain(FAMILY_TEXT.purpose[language]);
      expect(FAMILY_TEXT.resultAreas).toHaveLength(6);
      for (const area of FAMILY_TEXT.resultAreas) {
        const title = area.optional ? `${area.title[language]} (${OPTIONAL_WORD[language]})` : area.title[language];
        expect(all).toContain(title);
        expect(all).toContain(area.description[language]);
        for (const task of area.exampleTasks) expect(joined).toContain(task[language]);
      }
      expect(all.filter((t) => t.includes(`(${OPTIONAL_WORD[language]})`))).toHaveLength(1);
    });

    it("ends with a version stamp a person reads: the family, the matrix version and its date, the source, the rule and the indicative nature", () => {
      const stamp = texts(sheet).find((t) => t.includes(matrixStamp(language)));
      expect(stamp).toBeDefined();
      expect(stamp).toContain(FAMILY_TEXT.familyName[language]);
      expect(stamp).toContain(MATRIX.version);
      expect(stamp).toMatch({ nl: /28 november 2026/, fr: /28 novembre 2026/, en: /28 November 2026/ }[language]);
      expect(stamp).toContain("AssistLevel");
      expect(stamp).toContain(ruleName(language));
      expect(stamp).toContain(INDICATIVE_WORDS[language]);
      // The seed's hash is for machines (the state sheet), not for the analyst or the weighting committee.
      expect(texts(sheet).join(" ")).not.toContain(MATRIX.seed);
      expect(texts(sheet).join(" ")).not.toContain(MATRIX_VERSION);
    });

    it("holds only plain values (no formulas)", () => {
      sheet.eachRow((row) => row.eachCell((cell) => expect(["string", "number"]).toContain(typeof cell.value)));
    });
  });
});

describe("the Dutch matrix", () => {
  it("holds MATRIX_CELLS nl verbatim", async () => {
    const { workbook } = await matrixWorkbook("nl");
    const sheet = (await reload(workbook)).getWorksheet("Matrix A1-A4");
    if (!sheet) throw new Error("no matrix sheet");
    const grid = CRITERIA.map((criterion) => LEVELS.map((level) => text(sheet.getCell(matrixCell(criterion, level).row, matrixCell(criterion, level).column))));
    expect(grid).toEqual(CRITERIA.map((criterion) => MATRIX_CELLS[criterion].map((cell) => cell.nl)));
  });
});

describe("loading the matrix again", () => {
  it("updates the one matrix sheet in place, identically", async () => {
    const { workbook, ownership } = await matrixWorkbook("nl");
    const before = snapshot(workbook.getWorksheet("Matrix A1-A4") as ExcelJS.Worksheet);
    const again = await loadMatrix(new ExcelJsWorkbook(workbook), ownership, "nl");
    expect(again).toEqual({ sheet: "Matrix A1-A4", ownership });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Inventaris", "Matrix A1-A4"]);
    expect(snapshot(workbook.getWorksheet("Matrix A1-A4") as ExcelJS.Worksheet)).toBe(before);
  });

  it("recognises its sheet in a saved file through the recorded ownership", async () => {
    const { workbook, ownership } = await matrixWorkbook("fr");
    await writeOwnership(new ExcelJsWorkbook(workbook), ownership);
    const saved = await reload(workbook);
    const port = new ExcelJsWorkbook(saved);
    await loadMatrix(port, await readOwnership(port), "fr");
    // Both compared as read from a file: a loaded sheet carries default styles an in-memory one lacks.
    const [first, second] = [await reload(workbook), await reload(saved)];
    const names = second.worksheets.map((s) => s.name);
    expect(names.filter((n) => n === "Matrice A1-A4")).toHaveLength(1);
    expect(names).toHaveLength(3); // inventory, matrix, hidden state
    expect(snapshot(second.getWorksheet("Matrice A1-A4") as ExcelJS.Worksheet)).toBe(
      snapshot(first.getWorksheet("Matrice A1-A4") as ExcelJS.Worksheet),
    );
  });

  it("keeps its sheet's name when run in another language, and writes the new language", async () => {
    const { workbook, ownership } = await matrixWorkbook("nl");
    const again = await loadMatrix(new ExcelJsWorkbook(workbook), ownership, "en");
    expect(again.sheet).toBe("Matrix A1-A4");
    const { row, column } = matrixCell("advice", 3);
    expect(workbook.getWorksheet("Matrix A1-A4")?.getCell(row, column).value).toBe(MATRIX_CELLS.advice[2].en);
  });
});

describe("a foreign sheet with the matrix sheet's name", () => {
  it("stops the load and leaves the workbook unchanged", async () => {
    const workbook = new ExcelJS.Workbook();
    const foreign = workbook.addWorksheet("Matrix A1-A4");
    foreign.getCell("A1").value = "my own notes";
    foreign.getCell("C3").value = 42;
    const before = snapshot(foreign);

    const run = loadMatrix(new ExcelJsWorkbook(workbook), NONE, "nl");
    await expect(run).rejects.toBeInstanceOf(Stop);
    await expect(run).rejects.toMatchObject({ code: "foreignSheet", message: expect.stringContaining("Matrix A1-A4") });

    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Matrix A1-A4"]);
    expect(snapshot(workbook.getWorksheet("Matrix A1-A4") as ExcelJS.Worksheet)).toBe(before);
  });
});
