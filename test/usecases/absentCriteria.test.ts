/**
 * No criterion vanishes unsaid: an optional criterion without a column is
 * named on the summary sheet and in the audit log of the run (the batch
 * tool's stderr and the pane are tested in test/cli and test/taskpane).
 * Mappings come from the real mapInventory, through the whole evaluateWorkbook run.
 */
import ExcelJS from "exceljs";
import type { Language } from "../../src/domain";
import { absentCriterionMessage, absentCriterionMessages } from "../../src/usecases/absentCriteria";
import { AUDIT_HEADERS } from "../../src/usecases/audit/appendAudit";
import { evaluateWorkbook } from "../../src/usecases/evaluateWorkbook";
import { SHEET_NAMES } from "../../src/usecases/sheetNames";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";

const ALL_SIX = ["Post-ID", "Personeel", "Rol", "Coördinatie", "Advies", "Verbetering", "Contacten"];
const NO_IMPROVEMENT_NOR_CONTACTS = ["Post-ID", "Personeel", "Rol", "Coördinatie", "Advies"];
const NO_ROLE = ["Post-ID", "Personeel", "Coördinatie", "Advies", "Verbetering", "Contacten"];
const POSTS = [
  ["P1", 150, "bijdragen", 1, 1, 1, 1],
  ["P2", 1500, "verantwoordelijk", 4, 2, 3, 3],
];

/** Leads of the sentence in every language: none of them may appear when every criterion has a column. */
const LEADS = /^(Not evaluated|Not read|Niet geëvalueerd|Niet gelezen|Non évalué|Non lu)\b/;

async function run(headers: readonly string[], language: Language) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Posten");
  sheet.addRow([...headers]);
  // Each post's values follow the headers it has (the columns of ALL_SIX it keeps).
  for (const post of POSTS) sheet.addRow(headers.map((h) => post[ALL_SIX.indexOf(h)]));
  const { report } = await evaluateWorkbook(new ExcelJsWorkbook(workbook), { language, now: new Date("2026-03-01T09:30:00Z") });
  return { workbook, report };
}

/** Column A of the summary sheet above its first table: the title, the note and any warning lines. */
function summaryTop(workbook: ExcelJS.Workbook, language: Language): string[] {
  const sheet = workbook.getWorksheet(SHEET_NAMES[language].summary);
  if (!sheet) throw new Error("no summary sheet");
  const lines: string[] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    const value = sheet.getCell(row, 1).value;
    if (value === null) break;
    lines.push(String(value));
  }
  return lines;
}

function auditRow(workbook: ExcelJS.Workbook, language: Language): unknown[] {
  const sheet = workbook.getWorksheet(SHEET_NAMES[language].audit);
  if (!sheet) throw new Error("no audit sheet");
  return [1, 2].map((row) => sheet.getCell(row, 7).value);
}

describe("an inventory without improvement and contacts columns", () => {
  it.each([
    ["nl", "verbetering / innovatie, contacten", "Niet geëvalueerd: verbetering / innovatie — geen kolom gevonden"],
    ["fr", "amélioration / innovation, contacts", "Non évalué : amélioration / innovation — aucune colonne trouvée"],
    ["en", "improvement / innovation, contacts", "Not evaluated: improvement / innovation — no column found"],
  ] as const)("is said in %s on the summary sheet, one bold line per criterion, and in the audit row", async (language, names, lead) => {
    const { workbook, report } = await run(NO_IMPROVEMENT_NOR_CONTACTS, language);
    expect(report.mapping.absent.map((a) => a.input)).toEqual(["improvement", "contacts"]);
    const said = absentCriterionMessages(report.mapping.absent, language);
    expect(said).toHaveLength(2);
    expect(said[0].startsWith(lead)).toBe(true);
    expect(said[0]).toContain("--map improvement=");
    expect(said[1]).toContain("--map contacts=");

    const top = summaryTop(workbook, language);
    expect(top.slice(2)).toEqual(said);
    const sheet = workbook.getWorksheet(SHEET_NAMES[language].summary);
    expect(sheet?.getCell(3, 1).font?.bold).toBe(true);
    expect(auditRow(workbook, language)).toEqual([AUDIT_HEADERS[language][6], names]);
  });

  it("is still evaluated: the blank criteria do not vote, and the run counts every post", async () => {
    const { report } = await run(NO_IMPROVEMENT_NOR_CONTACTS, "en");
    expect(report.evaluated).toBe(2);
    expect(report.invalid).toBe(0);
  });
});

describe("an inventory with a column for every criterion", () => {
  it.each(["nl", "fr", "en"] as const)("says nothing of absent criteria in %s, and its audit cell stays empty", async (language) => {
    const { workbook, report } = await run(ALL_SIX, language);
    expect(report.invalid).toBe(0);
    expect(report.mapping.absent).toEqual([]);
    const top = summaryTop(workbook, language);
    expect(top).toHaveLength(2);
    const sheet = workbook.getWorksheet(SHEET_NAMES[language].summary);
    sheet?.eachRow((row) => row.eachCell((cell) => expect(String(cell.value)).not.toMatch(LEADS)));
    expect(auditRow(workbook, language)).toEqual([AUDIT_HEADERS[language][6], null]);
  });
});

describe("an inventory without a role column", () => {
  it("says the support role was not read and that the wider band was used", async () => {
    const { workbook, report } = await run(NO_ROLE, "en");
    expect(report.mapping.absent.map((a) => a.input)).toEqual(["role"]);
    const [line] = absentCriterionMessages(report.mapping.absent, "en");
    expect(line).toMatch(/^Not read: support role — no column found.*; management support is evaluated with its wider band \(flag "role unknown"\)\. .*--map role=/);
    expect(summaryTop(workbook, "en").slice(2)).toEqual([line]);
    expect(auditRow(workbook, "en")[1]).toBe("support role");
  });
});

describe("the sentence", () => {
  it("names the nearest headers printably and suggests the first one's column for --map", () => {
    const line = absentCriterionMessage({ input: "improvement", nearest: ['D "Niveau\u202E verbetering"', 'F "Innovatie\x1b[2J"'] }, "en");
    expect(line).toBe(
      'Not evaluated: improvement / innovation — no column found (nearest headers: D "Niveau<U+202E> verbetering", F "Innovatie<ESC>[2J"). ' +
        "Name its column in the pane's Inventory panel, or with --map improvement=D.",
    );
  });
});

describe("a log begun before the column for absent criteria", () => {
  it("gets that column's header when a run appends to it", async () => {
    const { workbook } = await run(ALL_SIX, "en");
    const log = workbook.getWorksheet(SHEET_NAMES.en.audit)!;
    log.getCell(1, 7).value = null;
    await evaluateWorkbook(new ExcelJsWorkbook(workbook), { language: "en", now: new Date("2026-03-02T09:30:00Z") });
    expect(log.getCell(1, 7).value).toBe("Criteria without a column");
    expect(log.getCell(3, 1).value).toBe("2026-03-02T09:30:00Z");
  });
});
