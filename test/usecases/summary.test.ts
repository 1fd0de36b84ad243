/**
 * The summary sheet, from a small inventory evaluated for real (mapInventory +
 * evaluateInventory on an in-memory workbook), read back with ExcelJS in
 * memory and after a round trip through an .xlsx buffer. The expected numbers
 * below were worked out by hand from evaluation-model.md; the heat map is also
 * recounted here from the bands.
 */
import ExcelJS from "exceljs";
import { CRITERIA, CRITERION_NAMES, LEVELS, messagesFor } from "../../src/domain";
import type { EvaluationReport } from "../../src/usecases/evaluateInventory";
import type { Ownership } from "../../src/usecases/ownership";
import { LEVEL_COLOURS } from "../../src/usecases/resultColumns";
import { SHEET_NAMES } from "../../src/usecases/sheetNames";
import { Stop } from "../../src/usecases/stop";
import { summaryTables } from "../../src/usecases/summary/summaryTables";
import { SUMMARY_TEXT } from "../../src/usecases/summary/summaryText";
import { HEADERS, POSTS, evaluated, nl, read, reload, rowOf, table } from "./summaryFixtures";
import { writeSummary } from "../../src/usecases/summary/writeSummary";
import type { Block, WorkbookPort } from "../../src/workbook/port";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";

describe("the summary of a Dutch inventory", () => {
  let report: EvaluationReport;
  let workbook: ExcelJS.Workbook;
  let result: { sheet: string; ownership: Ownership };
  beforeAll(async () => {
    const built = await evaluated("nl");
    report = built.report;
    workbook = built.workbook;
    result = await writeSummary(built.port, report.ownership, report);
  });

  it("is the product's own Overzicht sheet", () => {
    expect(result.sheet).toBe(SHEET_NAMES.nl.summary);
    expect(result.ownership.sheets.summary).toBe("Overzicht");
    expect(result.ownership.results).toEqual(report.ownership.results);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Inventaris", "Overzicht"]);
  });

  describe.each([
    ["in memory", async () => workbook],
    ["after a write and reload", async () => reload(workbook)],
  ])("%s", (_label, open) => {
    let sheet: ExcelJS.Worksheet;
    beforeAll(async () => {
      const found = (await open()).getWorksheet("Overzicht");
      if (!found) throw new Error("no summary sheet");
      sheet = found;
    });

    it("holds plain numbers and texts only, no formulas", () => {
      sheet.eachRow((row) => row.eachCell((cell) => expect(["string", "number"]).toContain(typeof cell.value)));
    });

    it("counts posts per indicative class, rows in error and blank rows, and notes the chart", () => {
      const { header, body } = table(sheet, nl.perClass, 7, 2);
      expect(header).toEqual([nl.indicativeClass, nl.posts]);
      expect(body).toEqual([
        ["A1", 2],
        ["A2", 3],
        ["A3", 3],
        ["A4", 1],
        [nl.rowsInError, 1],
        [nl.blankRows, 1],
        [nl.chartNote, null],
      ]);
      const first = rowOf(sheet, nl.perClass) + 2;
      for (const level of LEVELS) expect(sheet.getCell(first + level - 1, 1).fill).toMatchObject({ fgColor: { argb: `FF${LEVEL_COLOURS[level]}` } });
      expect(sheet.getCell(rowOf(sheet, nl.perClass), 1).font?.bold).toBe(true);
    });

    it("crosses current and indicative class, with the higher / equal / lower counts", () => {
      const { header, body } = table(sheet, nl.currentVsIndicative, 5, 6);
      expect(header).toEqual([nl.crossCorner, "A1", "A2", "A3", "A4", nl.total]);
      expect(body).toEqual([
        ["A1", 1, 1, 0, 0, 2], // P01 A1; P06 A2 (P09 is in error)
        ["A2", 1, 1, 0, 0, 2], // P11 A1; P02 A2
        ["A3", 0, 0, 2, 0, 2], // "a3" P03, 3 P05
        ["A4", 0, 0, 0, 1, 1], // P04
        [nl.otherOrBlank, 0, 1, 1, 0, 2], // "B1" P07 A2, blank P08 A3
      ]);
      const after = rowOf(sheet, nl.currentVsIndicative) + 2 + 5 + 1;
      expect(read(sheet, after, 3, 2)).toEqual([
        [nl.higher, 1], // P06
        [nl.equal, 5], // P01, P02, P03, P04, P05
        [nl.lower, 1], // P11
      ]);
    });

    it("lists the posts to check with their inventory rows, class, flags in words and problems", () => {
      const { header, body } = table(sheet, nl.flagged, 5, 5);
      expect(header).toEqual([nl.row, nl.postId, "Indicatieve klasse", nl.flags, nl.problem]);
      expect(body.map((r) => r.slice(0, 4))).toEqual([
        [6, "P05", "A3", "gelijkstand"],
        [7, "P06", "A2", "grenswaarde"],
        [8, "P07", "A2", "spreiding"],
        [10, "P09", "FOUT", "fout"],
        [12, "P11", "A1", "gelijkstand, rol onbekend"],
      ]);
      expect(body.filter((r) => r[0] !== 10).every((r) => r[4] === null)).toBe(true);
      const problem = body.find((r) => r[0] === 10)?.[4];
      expect(problem).toEqual(expect.stringContaining("D10"));
      expect(problem).toEqual(expect.stringContaining("veel"));
      expect(sheet.getCell(rowOf(sheet, nl.flagged) + 7, 1).value).toBeNull();
    });

    it("counts the posts meeting each descriptor, as recounted from the bands", () => {
      const { header, body } = table(sheet, nl.heatMap, 5, 5);
      expect(header).toEqual(["Criterium", "A1", "A2", "A3", "A4"]);
      const recount = CRITERIA.map((criterion) => [
        CRITERION_NAMES[criterion].nl,
        ...LEVELS.map((level) => report.posts.filter((p) => p.assessment && (p.assessment.bands[criterion] >> (level - 1)) & 1).length),
      ]);
      expect(body).toEqual(recount);
      // Two cells by hand: coordination A4 is P04, P05, P07; support A3 is P03, P04, P05, P08 (A2–A3) and P11 (A2–A4).
      expect(body[0][4]).toBe(3);
      expect(body[1][3]).toBe(5);
    });

    it("shades the heat map with four exclusive rules, darker for a larger share of the 9 posts", () => {
      const first = rowOf(sheet, nl.heatMap) + 2;
      const ref = `B${first}:E${first + 4}`;
      const formats = conditionalFormats(sheet).filter((f) => f.ref === ref);
      const rules = formats.flatMap((f) => f.rules) as ExcelJS.ExpressionRuleType[];
      expect(rules).toHaveLength(4);
      const shadeOf = (count: number): string[] =>
        rules.filter((rule) => holds(rule.formulae?.[0] ?? "", `B${first}`, count)).map((rule) => rule.style?.fill && "bgColor" in rule.style.fill ? (rule.style.fill.bgColor?.argb ?? "") : "");
      expect(shadeOf(0)).toEqual([]);
      const shades = [1, 3, 5, 9].map(shadeOf);
      for (const shade of shades) expect(shade).toHaveLength(1);
      expect(new Set(shades.map((s) => s[0])).size).toBe(4); // up to 25 %, 25–50 %, 50–75 %, from 75 % of 9
    });

    it("reports the what-if on the 200 / 1000 thresholds, one move at a time", () => {
      const { header, body } = table(sheet, nl.whatIf, 5, 9);
      expect(header).toEqual([nl.scenario, nl.lowerThreshold, nl.upperThreshold, nl.movedUp, nl.movedDown, "A1", "A2", "A3", "A4"]);
      expect(body).toEqual([
        [nl.baseline, 200, 1000, 0, 0, 2, 3, 3, 1],
        ["Ondergrens −10 %", 180, 1000, 1, 0, 2, 2, 4, 1], // P02 190 responsible: A2 → A3
        ["Ondergrens +10 %", 220, 1000, 0, 2, 3, 3, 2, 1], // P03 210: A3 → A2; P06 200: A2 → A1
        ["Bovengrens −10 %", 200, 900, 1, 0, 2, 3, 2, 2], // P05 950: A3 → A4
        ["Bovengrens +10 %", 200, 1100, 0, 1, 2, 3, 4, 0], // P04 1050: A4 → A3
      ]);
    });

    it("puts the sections in a readable order with bold titles and header fills", () => {
      const order = [nl.perClass, nl.currentVsIndicative, nl.heatMap, nl.whatIf, nl.flagged].map((t) => rowOf(sheet, t));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      for (const row of order) {
        expect(sheet.getCell(row, 1).font?.bold).toBe(true);
        expect(sheet.getCell(row + 1, 1).fill).toMatchObject({ type: "pattern", pattern: "solid" });
        expect(sheet.getCell(row + 1, 1).font?.bold).toBe(true);
      }
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(30);
      expect(String(sheet.getCell(1, 1).value)).toContain("Inventaris");
    });
  });

  it("writes the same sheet again on a re-run", async () => {
    const port = new ExcelJsWorkbook(workbook);
    // A fixed depth: reading cells with getCell (as the tests above do) makes ExcelJS add rows.
    const values = (sheet: ExcelJS.Worksheet) => read(sheet, 1, 80, 9);
    const before = values(workbook.getWorksheet("Overzicht") as ExcelJS.Worksheet);
    const again = await writeSummary(port, result.ownership, report);
    expect(again).toEqual(result);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Inventaris", "Overzicht"]);
    const after = workbook.getWorksheet("Overzicht") as ExcelJS.Worksheet;
    expect(values(after)).toEqual(before);
    expect(conditionalFormats(after).flatMap((f) => f.rules)).toHaveLength(4);
  });
});

/** ExcelJS keeps a sheet's conditional formats in a field its typings omit. */
function conditionalFormats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** Evaluates a formula of the heat-map shapes `X>a`, `X>=a`, `X<a`, `AND(…,…)` with `cell` = value. */
function holds(formula: string, cell: string, value: number): boolean {
  const inner = /^AND\((.*)\)$/.exec(formula)?.[1] ?? formula;
  return inner.split(",").every((condition) => {
    const match = /^([A-Z]+\d+)(>=|>|<=|<)([\d.]+)$/.exec(condition);
    if (!match || match[1] !== cell) throw new Error(`unexpected rule formula ${formula}`);
    const bound = Number(match[3]);
    return { ">=": value >= bound, ">": value > bound, "<=": value <= bound, "<": value < bound }[match[2] as ">=" | ">" | "<=" | "<"];
  });
}

describe("the summary tables", () => {
  it("leave out current versus indicative when the inventory has no current class", async () => {
    const without = HEADERS.filter((h) => h !== "Huidige klasse");
    const posts = POSTS.map((p) => p.filter((_, i) => i !== 2));
    const { port, report, workbook } = await evaluated("en", without, posts);
    expect(summaryTables(report).currentVsIndicative).toBeUndefined();
    await writeSummary(port, report.ownership, report);
    const sheet = workbook.getWorksheet("Summary") as ExcelJS.Worksheet;
    expect(() => rowOf(sheet, SUMMARY_TEXT.en.currentVsIndicative)).toThrow();
    expect(table(sheet, SUMMARY_TEXT.en.perClass, 4, 2).body).toEqual([["A1", 2], ["A2", 3], ["A3", 3], ["A4", 1]]);
  });

  it("are written in French and English with the catalogue's flag names", async () => {
    for (const language of ["fr", "en"] as const) {
      const { port, report, workbook } = await evaluated(language);
      await writeSummary(port, report.ownership, report);
      const sheet = workbook.getWorksheet(SHEET_NAMES[language].summary) as ExcelJS.Worksheet;
      const text = SUMMARY_TEXT[language];
      const flagged = table(sheet, text.flagged, 5, 4).body;
      expect(flagged[0][3]).toBe(messagesFor(language).flagName.tie);
      expect(flagged[3][3]).toBe(text.error);
      expect(table(sheet, text.whatIf, 2, 1).body[1][0]).toBe(text.moved("lower", -10));
    }
  });

  it("say so when no post needs a second look", async () => {
    const { port, report, workbook } = await evaluated("nl", HEADERS, [POSTS[0], POSTS[1]]);
    await writeSummary(port, report.ownership, report);
    const sheet = workbook.getWorksheet("Overzicht") as ExcelJS.Worksheet;
    expect(table(sheet, nl.flagged, 1, 1).body).toEqual([[nl.noneFlagged]]);
  });
});

describe("where the workbook can draw charts", () => {
  it("adds a column chart of the four classes instead of the note", async () => {
    const { workbook, report } = await evaluated("nl");
    const calls: { sheet: string; data: Block; title: string; at: Block }[] = [];
    // The .xlsx adapter cannot draw charts; this port stands in for one that can (office.js).
    const port: WorkbookPort = new ExcelJsWorkbook(workbook);
    port.addColumnChart = async (sheet, data, title, at) => {
      calls.push({ sheet, data, title, at });
      return true;
    };
    await writeSummary(port, report.ownership, report);
    const sheet = workbook.getWorksheet("Overzicht") as ExcelJS.Worksheet;
    expect(calls).toHaveLength(1);
    const [{ data, at }] = calls;
    expect(read(sheet, data.row, data.rows, data.columns)).toEqual([[nl.indicativeClass, nl.posts], ["A1", 2], ["A2", 3], ["A3", 3], ["A4", 1]]);
    expect(data.column).toBe(1);
    expect(at.column).toBeGreaterThan(data.column + data.columns);
    expect(sheet.getCell(rowOf(sheet, nl.perClass) + 8, 1).value).not.toBe(nl.chartNote);
    expect(() => rowOf(sheet, nl.chartNote)).toThrow();
  });
});

describe("a foreign sheet with the summary's name", () => {
  it("stops before anything is written to it", async () => {
    const { workbook, port, report } = await evaluated("nl");
    workbook.addWorksheet("Overzicht").getCell("B2").value = "mijn overzicht";
    await expect(writeSummary(port, report.ownership, report)).rejects.toMatchObject({ code: "foreignSheet" });
    await expect(writeSummary(port, report.ownership, report)).rejects.toBeInstanceOf(Stop);
    const sheet = workbook.getWorksheet("Overzicht") as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getCell("B2").value).toBe("mijn overzicht");
    expect(sheet.getCell("A1").value).toBeNull();
  });
});
