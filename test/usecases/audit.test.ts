/**
 * The audit log: one row appended per run, never cleared, header written
 * once; checked on in-memory ExcelJS workbooks and across saved files, and
 * through the whole evaluateWorkbook run that the batch tool makes.
 */
import ExcelJS from "exceljs";
import { MATRIX, MATRIX_VERSION, RULE_ID, matrixEdition, ruleName } from "../../src/domain";
import { AUDIT_HEADERS, type AuditEntry, appendAudit } from "../../src/usecases/audit/appendAudit";
import { evaluateWorkbook } from "../../src/usecases/evaluateWorkbook";
import { type Ownership, STATE_SHEET, readOwnership, writeOwnership } from "../../src/usecases/ownership";
import { Stop } from "../../src/usecases/stop";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";

const NONE: Ownership = { sheets: {}, results: {} };

const entry = (date: string, evaluated: number, invalid: number): AuditEntry => ({
  date: new Date(date),
  matrixVersion: MATRIX_VERSION,
  rule: RULE_ID,
  sheet: "Inventaris",
  evaluated,
  invalid,
  absent: [],
});

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return copy;
}

/** Every row of a sheet as values, columns A–F. */
function rows(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  if (!sheet) throw new Error("no audit sheet");
  const found: unknown[][] = [];
  sheet.eachRow((row) => found.push([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).value)));
  return found;
}

describe("appending to the audit log", () => {
  it("starts the log with a header row and one row for the run", async () => {
    const workbook = new ExcelJS.Workbook();
    const result = await appendAudit(new ExcelJsWorkbook(workbook), NONE, entry("2026-03-01T09:30:00.123Z", 57, 3), "nl");
    expect(result).toEqual({ sheet: "Logboek", ownership: { sheets: { audit: "Logboek" }, results: {} } });
    const sheet = workbook.getWorksheet("Logboek");
    expect(rows(sheet)).toEqual([
      ["Datum (UTC)", "Matrixversie", "Regel", "Inventarisblad", "Rijen geëvalueerd", "Rijen in fout"],
      ["2026-03-01T09:30:00Z", MATRIX_VERSION, RULE_ID, "Inventaris", 57, 3],
    ]);
    expect(sheet?.getCell("A1").font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("writes the date in UTC whatever zone it was given in", async () => {
    const workbook = new ExcelJS.Workbook();
    // 23:30 in Brussels (UTC+1) is 22:30 UTC: the log keeps UTC, not the machine's zone.
    await appendAudit(new ExcelJsWorkbook(workbook), NONE, entry("2025-12-31T23:30:00+01:00", 1, 0), "en");
    expect(workbook.getWorksheet("Audit log")?.getCell("A2").value).toBe("2025-12-31T22:30:00Z");
  });

  it("appends a second run under the first, in a saved file, with the header written once", async () => {
    const workbook = new ExcelJS.Workbook();
    const port = new ExcelJsWorkbook(workbook);
    const first = await appendAudit(port, NONE, entry("2026-03-01T09:30:00Z", 57, 3), "fr");
    await writeOwnership(port, first.ownership);

    const saved = await reload(workbook);
    const savedPort = new ExcelJsWorkbook(saved);
    const second = await appendAudit(savedPort, await readOwnership(savedPort), entry("2026-03-02T14:00:00Z", 58, 2), "fr");
    expect(second.sheet).toBe("Journal");
    expect(second.ownership.sheets.audit).toBe("Journal");

    const log = rows((await reload(saved)).getWorksheet("Journal"));
    expect(log).toEqual([
      AUDIT_HEADERS.fr.slice(0, 6), // column G, criteria without a column: absentCriteria.test.ts
      ["2026-03-01T09:30:00Z", MATRIX_VERSION, RULE_ID, "Inventaris", 57, 3],
      ["2026-03-02T14:00:00Z", MATRIX_VERSION, RULE_ID, "Inventaris", 58, 2],
    ]);
    expect(log.filter((row) => row[0] === "Date (UTC)")).toHaveLength(1);
  });

  it("keeps appending to its log when a later run speaks another language", async () => {
    const workbook = new ExcelJS.Workbook();
    const port = new ExcelJsWorkbook(workbook);
    const first = await appendAudit(port, NONE, entry("2026-03-01T09:30:00Z", 5, 0), "nl");
    const second = await appendAudit(port, first.ownership, entry("2026-03-01T10:00:00Z", 6, 1), "en");
    expect(second.sheet).toBe("Logboek");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Logboek"]);
    expect(rows(workbook.getWorksheet("Logboek")).map((r) => r[0])).toEqual(["Datum (UTC)", "2026-03-01T09:30:00Z", "2026-03-01T10:00:00Z"]);
  });

  it("writes the header again when the analyst emptied the log", async () => {
    const workbook = new ExcelJS.Workbook();
    const port = new ExcelJsWorkbook(workbook);
    const first = await appendAudit(port, NONE, entry("2026-03-01T09:30:00Z", 5, 0), "nl");
    workbook.removeWorksheet((workbook.getWorksheet("Logboek") as ExcelJS.Worksheet).id);
    workbook.addWorksheet("Logboek");
    await appendAudit(port, first.ownership, entry("2026-03-02T09:30:00Z", 6, 0), "nl");
    expect(rows(workbook.getWorksheet("Logboek")).map((r) => r[0])).toEqual(["Datum (UTC)", "2026-03-02T09:30:00Z"]);
  });

  it("stops on a foreign Logboek sheet and leaves it as it was", async () => {
    const workbook = new ExcelJS.Workbook();
    const foreign = workbook.addWorksheet("Logboek");
    foreign.getCell("A1").value = "Mijn logboek";
    foreign.getCell("A2").value = "gesprek met HR";
    const run = appendAudit(new ExcelJsWorkbook(workbook), NONE, entry("2026-03-01T09:30:00Z", 5, 0), "nl");
    await expect(run).rejects.toBeInstanceOf(Stop);
    await expect(run).rejects.toMatchObject({ code: "foreignSheet", message: expect.stringContaining("Logboek") });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Logboek"]);
    expect(rows(workbook.getWorksheet("Logboek"))).toEqual([
      ["Mijn logboek", null, null, null, null, null],
      ["gesprek met HR", null, null, null, null, null],
    ]);
  });
});

describe("two whole evaluations of a saved workbook", () => {
  const inventory = (): ExcelJS.Workbook => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inventaris");
    sheet.addRow(["Post-ID", "Personeel", "Rol", "Coördinatie", "Advies"]);
    sheet.addRow(["P01", 150, "bijdragen", 1, 1]);
    sheet.addRow(["P02", 500, "verantwoordelijk", 3, 2]);
    sheet.addRow(["P03", "veel", null, 1, 1]);
    return workbook;
  };

  it("append two audit rows and keep one matrix and one summary sheet", async () => {
    const first = inventory();
    await evaluateWorkbook(new ExcelJsWorkbook(first), { language: "nl", now: new Date("2026-03-01T09:30:00Z") });
    const second = await reload(first);
    await evaluateWorkbook(new ExcelJsWorkbook(second), { language: "nl", now: new Date("2026-03-08T09:30:00Z") });
    const saved = await reload(second);

    expect(saved.worksheets.map((s) => s.name)).toEqual(["Inventaris", "Matrix A1-A4", "Overzicht", "Logboek", STATE_SHEET]);
    expect(rows(saved.getWorksheet("Logboek"))).toEqual([
      AUDIT_HEADERS.nl.slice(0, 6), // column G, criteria without a column: absentCriteria.test.ts
      ["2026-03-01T09:30:00Z", matrixEdition("nl"), ruleName("nl"), "Inventaris", 2, 1],
      ["2026-03-08T09:30:00Z", matrixEdition("nl"), ruleName("nl"), "Inventaris", 2, 1],
    ]);
    expect(matrixEdition("nl")).toBe("Functiefamilie Ondersteuning van het management, matrix 2026.1 van 28 november 2026");
  });

  it("show the seed's hash on no sheet a person reads: only the very hidden state sheet keeps the matrix's machine id", async () => {
    const workbook = inventory();
    await evaluateWorkbook(new ExcelJsWorkbook(workbook), { language: "fr", now: new Date("2026-03-01T09:30:00Z") });
    const saved = await reload(workbook);
    const texts = (name: string): string => rows(saved.getWorksheet(name)).flat().map(String).join(" ");
    for (const sheet of saved.worksheets.filter((s) => s.name !== STATE_SHEET)) {
      expect({ sheet: sheet.name, seed: texts(sheet.name).includes(MATRIX.seed) }).toEqual({ sheet: sheet.name, seed: false });
    }
    expect(texts(STATE_SHEET)).toContain(MATRIX_VERSION);
    expect(texts(STATE_SHEET)).toContain(RULE_ID);
    expect(texts("Journal")).toContain("Famille de fonctions Soutien au management, matrice 2026.1 du 28 novembre 2026");
    expect(texts("Synthèse")).toContain("Famille de fonctions Soutien au management, matrice 2026.1 du 28 novembre 2026 · texte néerlandais repris tel quel");
  });

  it("stop before writing anything when a foreign Logboek is in the way", async () => {
    const workbook = inventory();
    workbook.addWorksheet("Logboek").getCell("A1").value = "Mijn logboek";
    await expect(evaluateWorkbook(new ExcelJsWorkbook(workbook), { language: "nl" })).rejects.toMatchObject({ code: "foreignSheet" });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Inventaris", "Logboek"]);
  });
});
