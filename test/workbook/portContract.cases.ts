/**
 * The one list of cases of the workbook port's contract (src/workbook/port.ts,
 * its comments), run over every adapter by portContract.test.ts on the same
 * starting workbook (FIXTURE in portContract.adapters.ts). Each case asserts
 * something an adapter could get wrong.
 *
 * A case may name adapters it is skipped for (`skip`, the reason shown in the
 * test's name: the adapter legitimately cannot do it) and adapters that are
 * known to disagree with it (`disagree`: run with it.failing, so the test
 * passes while the adapter still disagrees and fails, asking for the entry to
 * go, once it agrees). Neither is ever silent.
 */
import type { Block, CellContent, WorkbookPort } from "../../src/workbook/port";
import { type OpenedAdapter, EXCELJS, FIXTURE, LIVE_EXCELJS, OFFICE, PACKAGE, PACKAGE_PROXY } from "./portContract.adapters";

export interface ContractCase {
  readonly name: string;
  run(adapter: OpenedAdapter): Promise<void>;
  /** Adapter name → why it cannot support the case. */
  readonly skip?: Readonly<Record<string, string>>;
  /** Adapter name → how it disagrees with the case (reported, not fixed here). */
  readonly disagree?: Readonly<Record<string, string>>;
}

const SHEET = FIXTURE.sheet;
const b = (row: number, column: number, rows = 1, columns = 1, sheet: string = SHEET): Block => ({ sheet, row, column, rows, columns });

/** The fixture's first four rows, columns A–D (the table). */
const TABLE_VALUES = FIXTURE.rows.map((row) => row.slice(0, 4));

/** Rejected by the call itself or by the flush after it: where a failure surfaces is the adapter's choice (port.ts, flush). */
async function expectRefused(port: WorkbookPort, call: () => Promise<unknown>): Promise<void> {
  await expect(
    (async () => {
      await call();
      await port.flush();
    })(),
  ).rejects.toThrow();
}

/** Eleven descriptors of some 45 characters: 500 characters joined, more than Excel lets a list typed into a rule hold (255; officeRules.ts). */
const LONG_ITEMS = Array.from({ length: 11 }, (_, i) => `${i + 1} – een omschrijving van vijfenveertig tekens lang`);

const IN_MEMORY = "works in memory: no requests to batch";

/** Three rows of filled formulas over L2:N4, "keep" in M3 beforehand, and what they read back as. */
async function fillThreeRows(port: WorkbookPort): Promise<void> {
  await port.write(b(3, 13), [["keep"]]);
  await port.fillFormulas(b(2, 12, 3, 3), ["=B2*2", null, "=B$2+C2"]);
  await port.flush();
}
const FILLED: CellContent[][] = [
  [{ formula: "=B2*2" }, null, { formula: "=B$2+C2" }],
  [{ formula: "=B3*2" }, "keep", { formula: "=B$2+C3" }],
  [{ formula: "=B4*2" }, null, { formula: "=B$2+C4" }],
];

export const CASES: readonly ContractCase[] = [
  // ------------------------------------------------------------ reading
  {
    name: "sheetNames lists every sheet, in workbook order",
    async run({ port }) {
      expect(await port.sheetNames()).toEqual([FIXTURE.sheet, FIXTURE.other]);
    },
  },
  {
    name: "blocks are 1-based: row 1, column 1 is A1",
    async run({ port }) {
      expect(await port.readValues(b(1, 1))).toEqual([["Post"]]);
      expect(await port.readValues(b(2, 2))).toEqual([[12]]);
      expect(await port.readValues(b(3, 4))).toEqual([["x"]]);
      expect(await port.readValues(b(1, 1, 1, 1, FIXTURE.other))).toEqual([["keep"]]);
    },
  },
  {
    name: "readValues gives the block's exact shape, each cell typed: text, number, boolean, null for empty",
    async run({ port }) {
      expect(await port.readValues(b(1, 1, 4, 4))).toEqual(TABLE_VALUES);
      expect(await port.readValues(b(20, 30, 2, 3))).toEqual([[null, null, null], [null, null, null]]);
    },
  },
  {
    name: "readColumn is the block's first column as a flat list",
    async run({ port }) {
      expect(await port.readColumn(b(1, 2, 5, 3))).toEqual(["Staff", 12, 0, 250, null]);
    },
  },
  {
    name: "a number shown as a date reads as text, never as a count",
    async run({ port, dateText }) {
      const [[date]] = await port.readValues(b(2, 7));
      expect(date).toBe(dateText);
      expect(await port.readColumn(b(2, 7))).toEqual([dateText]);
    },
  },
  {
    name: "usedBlock runs from A1 to the last cell holding a value; null for an empty sheet",
    async run({ port }) {
      expect(await port.usedBlock(SHEET)).toEqual(b(1, 1, 6, 9));
      expect(await port.usedBlock(FIXTURE.other)).toEqual(b(1, 1, 1, 1, FIXTURE.other));
      await port.addSheet("Leeg");
      expect(await port.usedBlock("Leeg")).toBeNull();
    },
    disagree: {
      [EXCELJS]: "ExcelJS gives every cell of a merged area the top-left cell's value, so the used block runs to the area's far corner (J7), where Excel counts I6 only",
      [LIVE_EXCELJS]: "ExcelJS gives every cell of a merged area the top-left cell's value, so the used block runs to the area's far corner (J7), where Excel counts I6 only",
    },
  },
  {
    name: "the cells of a merged area other than its top-left one read empty, as Excel shows them",
    async run({ port }) {
      expect(await port.readValues(b(6, 9, 2, 2))).toEqual([["merged", null], [null, null]]);
    },
    disagree: {
      [EXCELJS]: "ExcelJS reads every cell of a merged area as the top-left cell's value",
      [LIVE_EXCELJS]: "ExcelJS reads every cell of a merged area as the top-left cell's value",
    },
  },
  {
    name: "tables lists each table with its whole block, header row included",
    async run({ port }) {
      const tables = await port.tables();
      expect(tables.map(({ name, block, totalsRow }) => ({ name, block, totalsRow: totalsRow ?? false }))).toEqual([{ name: FIXTURE.table, block: b(1, 1, 4, 4), totalsRow: false }]);
    },
  },
  {
    name: "mergedAreas gives every area that shares a cell with the block, whole, even when the block misses its top-left cell",
    async run({ port }) {
      const area = b(6, 9, 2, 2);
      expect(await port.mergedAreas(b(7, 10))).toEqual([area]);
      expect(await port.mergedAreas(b(5, 8, 2, 2))).toEqual([area]);
      expect(await port.mergedAreas(b(1, 1, 5, 8))).toEqual([]);
    },
  },
  {
    name: "filledCells lists the non-empty cells' addresses row by row, up to the limit",
    async run({ port }) {
      expect(await port.filledCells(b(2, 3, 2, 2), 10)).toEqual(["C2", "C3", "D3"]);
      expect(await port.filledCells(b(2, 3, 2, 2), 2)).toEqual(["C2", "C3"]);
      expect(await port.filledCells(b(10, 1, 5, 5), 10)).toEqual([]);
    },
  },

  // ------------------------------------------------------------ writing
  {
    name: "what is written reads back: text, number, boolean, an error value; null empties a cell",
    async run({ port }) {
      await port.write(b(2, 12, 1, 5), [["t", 1.5, false, { code: "#N/A" }, null]]);
      await port.write(b(3, 4), [[null]]);
      await port.flush();
      expect(await port.readValues(b(2, 12, 1, 5))).toEqual([["t", 1.5, false, { code: "#N/A" }, null]]);
      expect(await port.readValues(b(3, 3, 1, 2))).toEqual([[true, null]]);
    },
  },
  {
    name: "a text Excel's entry would turn into something else (formula, number, date, truth value) stays that text",
    async run({ port }) {
      const texts = ["-", "+32 2 555 01 01", "=not a formula", "2024-01", "007", "TRUE", "#N/A", "'quoted"];
      await port.write(b(9, 1, 1, texts.length), [texts]);
      await port.flush();
      expect(await port.readValues(b(9, 1, 1, texts.length))).toEqual([texts]);
    },
  },
  {
    name: "readFormulas gives a text that begins with \"=\" as that text, not as a formula",
    async run({ port }) {
      await port.write(b(9, 1, 1, 2), [["=not a formula", { formula: "=B2*2" }]]);
      expect(await port.readFormulas(b(9, 1, 1, 2))).toEqual([["=not a formula", { formula: "=B2*2" }]]);
    },
    disagree: {
      [OFFICE]: "OfficeWorkbook reads Range.formulas, which gives a cell without a formula its value (\"=not a formula\", the quote prefix not included), and takes every text beginning with \"=\" for a formula",
    },
  },
  {
    name: "an error value written reads back through readFormulas as that value, not as a formula",
    async run({ port }) {
      await port.write(b(9, 1, 1, 2), [[{ code: "#N/A" }, { code: "#DIV/0!" }]]);
      expect(await port.readFormulas(b(9, 1, 1, 2))).toEqual([[{ code: "#N/A" }, { code: "#DIV/0!" }]]);
    },
    disagree: {
      [OFFICE]: "OfficeWorkbook writes an error value as the formula that gives it (=#N/A), so readFormulas gives { formula: \"=#N/A\" }",
    },
  },
  {
    name: "a write lands at its block's 1-based place and nowhere else",
    async run({ port }) {
      await port.write(b(10, 5, 2, 2), [["a", "b"], ["c", "d"]]);
      await port.flush();
      expect(await port.filledCells(b(9, 4, 4, 4), 20)).toEqual(["E10", "F10", "E11", "F11"]);
    },
  },
  {
    name: "usedBlock grows to what was written",
    async run({ port }) {
      await port.write(b(12, 11), [["far"]]);
      expect(await port.usedBlock(SHEET)).toEqual(b(1, 1, 12, 11));
    },
  },
  {
    name: "a read made after a write sees it, without waiting for the write or a flush",
    async run({ port }) {
      const notes = FIXTURE.other;
      const write = port.write(b(2, 3, 2, 1, notes), [["new"], [7]]);
      const [, values, column, used] = await Promise.all([write, port.readValues(b(2, 3, 2, 1, notes)), port.readColumn(b(1, 3, 3, 1, notes)), port.usedBlock(notes)]);
      expect(values).toEqual([["new"], [7]]);
      expect(column).toEqual([null, "new", 7]);
      expect(used).toEqual(b(1, 1, 3, 3, notes));
    },
  },
  {
    name: "reads made together each get their own block",
    async run({ port }) {
      const [values, column, names, used, tables, filled] = await Promise.all([
        port.readValues(b(1, 1, 2, 2)),
        port.readColumn(b(1, 3, 4, 1)),
        port.sheetNames(),
        port.usedBlock(FIXTURE.other),
        port.tables(),
        port.filledCells(b(3, 1, 1, 4), 10),
      ]);
      expect(values).toEqual([["Post", "Staff"], ["P1", 12]]);
      expect(column).toEqual(["Scope", 3, true, 2.5]);
      expect(names).toEqual([FIXTURE.sheet, FIXTURE.other]);
      expect(used).toEqual(b(1, 1, 1, 1, FIXTURE.other));
      expect(tables.map((t) => t.name)).toEqual([FIXTURE.table]);
      expect(filled).toEqual(["A3", "B3", "C3", "D3"]);
    },
  },
  {
    name: "reads made together, after writes, share one request to the host",
    async run({ port, requests }) {
      await port.write(b(2, 12), [["queued"]]);
      const before = requests?.() ?? NaN;
      const [values] = await Promise.all([port.readValues(b(2, 12)), port.readColumn(b(1, 1, 4, 1)), port.sheetNames(), port.usedBlock(SHEET)]);
      expect(values).toEqual([["queued"]]);
      expect((requests?.() ?? NaN) - before).toBe(1);
    },
    skip: { [PACKAGE]: IN_MEMORY, [PACKAGE_PROXY]: IN_MEMORY, [EXCELJS]: IN_MEMORY, [LIVE_EXCELJS]: IN_MEMORY },
  },
  {
    name: "what is written is kept when the workbook is saved and opened again",
    async run({ port, reopen }) {
      const values: CellContent[] = ["t", 1.5, true, { code: "#DIV/0!" }, "-", "=text"];
      await port.write(b(2, 12, 1, 7), [[...values, { formula: "=B2*2" }]]);
      await port.write(b(3, 2), [[null]]);
      await port.flush();
      const again = await reopen();
      expect(await again.readValues(b(2, 12, 1, 6))).toEqual([values]);
      expect(await again.readFormulas(b(2, 18, 1, 1))).toEqual([[{ formula: "=B2*2" }]]);
      expect(await again.readValues(b(3, 1, 1, 4))).toEqual([["P2", null, true, "x"]]);
      expect(await again.sheetNames()).toEqual([FIXTURE.sheet, FIXTURE.other]);
    },
  },

  // ------------------------------------------------------------ formulas
  {
    name: "readFormulas gives a formula cell as { formula } with its \"=\", any other cell as its value",
    async run({ port }) {
      await port.write(b(2, 12, 1, 2), [[{ formula: "=B2*2" }, 5]]);
      expect(await port.readFormulas(b(2, 12, 1, 3))).toEqual([[{ formula: "=B2*2" }, 5, null]]);
      expect(await port.readFormulas(b(1, 1, 2, 3))).toEqual([["Post", "Staff", "Scope"], ["P1", 12, 3]]);
    },
  },
  {
    name: "fillFormulas writes the first row's formulas down the block: relative rows shifted, $ rows kept, a null column untouched",
    async run({ port }) {
      await fillThreeRows(port);
      expect(await port.readFormulas(b(2, 12, 3, 3))).toEqual(FILLED);
    },
    disagree: {
      [PACKAGE]: "PackageWorkbook reads every filled cell back as its shared-formula group's first formula, unshifted (=B2*2 on every row)",
      [PACKAGE_PROXY]: "PackageWorkbook reads every filled cell back as its shared-formula group's first formula, unshifted (=B2*2 on every row)",
    },
  },
  {
    name: "fillFormulas' formulas are kept, each row's own, when the workbook is saved and opened again",
    async run({ port, reopen }) {
      await fillThreeRows(port);
      expect(await (await reopen()).readFormulas(b(2, 12, 3, 3))).toEqual(FILLED);
    },
    disagree: {
      [PACKAGE]: "the copy is right (<f t=\"shared\" ref=\"L2:L4\" si=\"0\">B2*2</f>, the other cells <f t=\"shared\" si=\"0\"/>), but the package's reader gives each of the other cells the group's first formula unshifted, in an analyst's file with shared formulas too",
      [PACKAGE_PROXY]: "the copy is right, but the package's reader gives each cell of a shared formula the group's first formula unshifted",
    },
  },
  {
    name: "fillFormulas with a formula count other than the block's columns is refused",
    async run({ port }) {
      await expectRefused(port, () => port.fillFormulas(b(2, 12, 3, 2), ["=B2*2"]));
    },
  },
  {
    name: "clearContents empties the values and formulas of its block only; the cells' formats stay",
    async run({ port, view }) {
      await port.style(b(2, 12, 2, 2), { fill: "FFEB9C" });
      await port.write(b(2, 12, 2, 2), [[{ formula: "=B2*2" }, "a"], ["b", 2]]);
      await port.clearContents(b(2, 12, 2, 1));
      await port.flush();
      expect(await port.readFormulas(b(2, 12, 2, 2))).toEqual([[null, "a"], [null, 2]]);
      expect(await port.readValues(b(2, 1, 1, 2))).toEqual([["P1", 12]]);
      const host = await view();
      expect([host.fill(SHEET, 2, 12), host.fill(SHEET, 3, 12)]).toEqual(["FFEB9C", "FFEB9C"]);
    },
  },

  // ------------------------------------------------------------ sheets
  {
    name: "addSheet adds a missing sheet at the end (true) and leaves an existing one as it is (false)",
    async run({ port }) {
      expect(await port.addSheet("Overzicht")).toBe(true);
      expect(await port.addSheet("Overzicht")).toBe(false);
      expect(await port.addSheet(SHEET)).toBe(false);
      expect(await port.sheetNames()).toEqual([FIXTURE.sheet, FIXTURE.other, "Overzicht"]);
      expect(await port.usedBlock("Overzicht")).toBeNull();
      expect(await port.readValues(b(1, 1, 4, 4))).toEqual(TABLE_VALUES);
    },
  },
  {
    name: "addSheet knows a sheet by its name in any case, as Excel does",
    async run({ port }) {
      expect(await port.addSheet(SHEET.toUpperCase())).toBe(false);
      expect(await port.sheetNames()).toEqual([FIXTURE.sheet, FIXTURE.other]);
    },
    disagree: {
      [OFFICE]: "the fake of Excel finds sheets by their exact name (getItemOrNullObject), so OfficeWorkbook adds a second sheet POSTEN; no Microsoft page we found says how the lookup treats case",
      [EXCELJS]: "ExcelJsWorkbook looks the name up case-sensitively (getWorksheet), then ExcelJS's addWorksheet throws \"Worksheet name already exists\"",
      [LIVE_EXCELJS]: "ExcelJsWorkbook looks the name up case-sensitively (getWorksheet), then ExcelJS's addWorksheet throws \"Worksheet name already exists\"",
    },
  },
  {
    name: "setSheetHidden makes a sheet very hidden and visible again; the other sheets stay visible",
    async run({ port, view }) {
      await port.addSheet("AssistLevel.state");
      await port.write(b(1, 1, 1, 2, "AssistLevel.state"), [["key", "value"]]);
      await port.setSheetHidden("AssistLevel.state", true);
      await port.flush();
      let host = await view();
      expect([host.visibility(SHEET), host.visibility(FIXTURE.other), host.visibility("AssistLevel.state")]).toEqual(["visible", "visible", "veryHidden"]);
      await port.setSheetHidden("AssistLevel.state", false);
      await port.flush();
      host = await view();
      expect(host.visibility("AssistLevel.state")).toBe("visible");
    },
  },
  {
    name: "clearSheet empties a sheet the product owns of values, formats, rules and dropdowns, and touches no other sheet",
    async run({ port, view }) {
      const own = "Overzicht";
      await port.addSheet(own);
      await port.write(b(1, 1, 2, 2, own), [["Klasse", "Posten"], ["A1", 3]]);
      await port.style(b(1, 1, 1, 2, own), { fill: "D9D9D9", bold: true });
      await port.addConditionalFormats([{ block: b(2, 2, 1, 1, own), formula: "B2>1", fill: "FFC7CE" }]);
      await port.setListValidation(b(2, 1, 1, 1, own), ["A1", "A2"], "Kies een klasse");
      await port.clearSheet(own);
      await port.flush();
      expect(await port.usedBlock(own)).toBeNull();
      expect(await port.hasValidation(b(2, 1, 1, 1, own))).toBe(false);
      const host = await view();
      expect([host.fill(own, 1, 1), host.bold(own, 1, 1), host.rules(own), host.lists(own)]).toEqual([null, false, [], []]);
      expect(await port.sheetNames()).toEqual([FIXTURE.sheet, FIXTURE.other, own]);
      expect(await port.readValues(b(1, 1, 4, 4))).toEqual(TABLE_VALUES);
      await port.write(b(1, 1, 1, 1, own), [["opnieuw"]]);
      expect(await port.readValues(b(1, 1, 1, 2, own))).toEqual([["opnieuw", null]]);
    },
  },

  // ------------------------------------------------------------ formats, rules, dropdowns
  {
    name: "style sets only the properties it is given, on its block's cells only; a null fill removes the fill and leaves bold",
    async run({ port, view }) {
      await port.style(b(2, 12, 2, 2), { fill: "FF0000", bold: true });
      await port.style(b(2, 12), { fill: null });
      await port.flush();
      const host = await view();
      expect([host.fill(SHEET, 2, 12), host.fill(SHEET, 2, 13), host.fill(SHEET, 3, 12), host.fill(SHEET, 3, 13)]).toEqual([null, "FF0000", "FF0000", "FF0000"]);
      expect([host.fill(SHEET, 1, 12), host.fill(SHEET, 4, 12), host.fill(SHEET, 2, 11), host.fill(SHEET, 2, 14)]).toEqual([null, null, null, null]);
      expect([host.bold(SHEET, 2, 12), host.bold(SHEET, 3, 13), host.bold(SHEET, 4, 13)]).toEqual([true, true, false]);
    },
  },
  {
    name: "addConditionalFormats adds formula rules over their blocks; removeConditionalFormats removes only those inside its block",
    async run({ port, view }) {
      await port.addConditionalFormats([
        { block: b(2, 12, 3, 1), formula: "$B2>100", fill: "FFC7CE" },
        { block: b(2, 13, 3, 1), formula: "$C2=3", fill: "C6EFCE", fontColor: "006100" },
      ]);
      await port.flush();
      const sorted = (rules: { ref: string; formula: string; fill: string }[]) => [...rules].sort((x, y) => x.ref.localeCompare(y.ref));
      expect(sorted((await view()).rules(SHEET))).toEqual([
        { ref: "L2:L4", formula: "$B2>100", fill: "FFC7CE" },
        { ref: "M2:M4", formula: "$C2=3", fill: "C6EFCE" },
      ]);
      await port.removeConditionalFormats(b(1, 12, 10, 1));
      await port.flush();
      expect((await view()).rules(SHEET)).toEqual([{ ref: "M2:M4", formula: "$C2=3", fill: "C6EFCE" }]);
    },
  },
  {
    name: "setListValidation puts a dropdown of the items on its block (replacing one there); hasValidation sees it from any overlapping block; removeValidation takes it away",
    async run({ port, view }) {
      const items = ["1 – opvolgen", "2 – coördineren", "3 – leiden"];
      await port.setListValidation(b(2, 2, 3, 1), ["weg"], "Kies");
      await port.setListValidation(b(2, 2, 3, 1), items, "Kies een niveau");
      expect(await port.hasValidation(b(3, 2))).toBe(true);
      expect(await port.hasValidation(b(1, 1, 2, 2))).toBe(true);
      expect(await port.hasValidation(b(1, 1, 5, 1))).toBe(false);
      expect(await port.hasValidation(b(5, 2))).toBe(false);
      await port.flush();
      expect((await view()).lists(SHEET)).toEqual([{ ref: "B2:B4", items }]);
      await port.removeValidation(b(2, 2, 3, 1));
      expect(await port.hasValidation(b(2, 2, 3, 1))).toBe(false);
      await port.flush();
      expect((await view()).lists(SHEET)).toEqual([]);
    },
  },
  {
    name: "a dropdown of many long items offers every item, each as typed",
    async run({ port, view }) {
      await port.setListValidation(b(2, 4, 3, 1), LONG_ITEMS, "Kies");
      await port.flush();
      expect((await view()).lists(SHEET).map((list) => list.items)).toEqual([LONG_ITEMS]);
    },
  },
  {
    name: "a dropdown item holding a comma is offered whole, not cut at its comma",
    async run({ port, view }) {
      const items = ["1 – opvolgen, niet sturen", "2 – coördineren"];
      await port.setListValidation(b(2, 4, 3, 1), items, "Kies");
      await port.flush();
      expect((await view()).lists(SHEET).map((list) => list.items)).toEqual([items]);
    },
    disagree: {
      [PACKAGE]: "PackageWorkbook types every list into the rule, joined by commas (\"1 – opvolgen, niet sturen,2 – coördineren\"), so Excel offers three items",
      [PACKAGE_PROXY]: "PackageWorkbook types every list into the rule, joined by commas, so Excel offers three items",
      [EXCELJS]: "ExcelJsWorkbook types every list into the rule, joined by commas, so Excel offers three items",
      [LIVE_EXCELJS]: "ExcelJsWorkbook types every list into the rule, joined by commas, so Excel offers three items",
    },
  },

  // ------------------------------------------------------------ tables and charts
  {
    name: "addTableColumns appends headed columns to a table where liveFormulas (a formula down every data row, null leaving a column without one), and is refused elsewhere",
    async run({ port }) {
      const formula = "=HR.ASSISTLEVEL([@Staff],[@Scope])";
      const call = () => port.addTableColumns(FIXTURE.table, ["Klasse", "Opmerking"], [formula, null]);
      if (!port.liveFormulas) {
        await expectRefused(port, call);
        expect(await port.readValues(b(1, 5, 4, 2))).toEqual([[null, null], [null, null], [null, null], [null, null]]);
        return;
      }
      await call();
      await port.flush();
      expect(await port.readFormulas(b(1, 5, 4, 2))).toEqual([
        ["Klasse", "Opmerking"],
        [{ formula }, null],
        [{ formula }, null],
        [{ formula }, null],
      ]);
    },
  },
  {
    name: "after addTableColumns, tables gives the table's block grown by the new columns",
    async run({ port }) {
      await port.addTableColumns(FIXTURE.table, ["Klasse"], [null]);
      await port.flush();
      expect((await port.tables()).map((t) => t.block)).toEqual([b(1, 1, 4, 5)]);
    },
    skip: {
      [PACKAGE]: "liveFormulas is false: addTableColumns is refused (the case above)",
      [PACKAGE_PROXY]: "liveFormulas is false: addTableColumns is refused (the case above)",
      [EXCELJS]: "liveFormulas is false: addTableColumns is refused (the case above)",
    },
    disagree: {
      [LIVE_EXCELJS]: "the stand-in writes the new columns' cells but leaves ExcelJS's table model as it was, so tables still gives A1:D4",
    },
  },
  {
    name: "addColumnChart says true only when a chart is on the sheet afterwards, false where the adapter cannot draw one",
    async run({ port, view }) {
      const own = "Overzicht";
      await port.addSheet(own);
      await port.write(b(1, 1, 3, 2, own), [["Klasse", "Posten"], ["A1", 3], ["A2", 5]]);
      const drawn = await port.addColumnChart(own, b(1, 1, 3, 2, own), "Posten per klasse", b(1, 4, 10, 5, own));
      await port.flush();
      expect((await view()).charts(own)).toBe(drawn ? 1 : 0);
    },
  },
  {
    name: "linkCells makes cells of the product's own sheet links to cells of other sheets; the cells keep their values, and a clearSheet takes the links",
    async run({ port, view }) {
      const own = "Overzicht";
      await port.addSheet(own);
      await port.write(b(1, 1, 2, 1, own), [[3], [4]]);
      const tip = 'Ga naar rij 3 van blad "Posten" <&>';
      await port.linkCells(own, [
        { row: 1, column: 1, to: { sheet: SHEET, row: 3, column: 2 }, tip },
        { row: 2, column: 1, to: { sheet: FIXTURE.other, row: 1, column: 1 }, tip: "Notes" },
      ]);
      await port.flush();
      const sorted = (links: { ref: string; to: string; tip: string }[]) => [...links].sort((x, y) => x.ref.localeCompare(y.ref));
      expect(sorted((await view()).links(own))).toEqual([
        { ref: "A1", to: `${SHEET}!B3`, tip },
        { ref: "A2", to: `${FIXTURE.other}!A1`, tip: "Notes" },
      ]);
      expect(await port.readValues(b(1, 1, 2, 1, own))).toEqual([[3], [4]]);
      await port.clearSheet(own);
      await port.write(b(1, 1, 1, 1, own), [[5]]);
      await port.flush();
      expect((await view()).links(own)).toEqual([]);
    },
  },

  // ------------------------------------------------------------ refusals
  {
    name: "a block on a sheet the workbook does not have is refused, by the call or the next flush",
    async run({ port }) {
      await expectRefused(port, () => port.readValues(b(1, 1, 1, 1, "Nergens")));
      await expectRefused(port, () => port.write(b(1, 1, 1, 1, "Nergens"), [["x"]]));
      await expectRefused(port, () => port.style(b(1, 1, 1, 1, "Nergens"), { bold: true }));
      expect(await port.sheetNames()).toEqual([FIXTURE.sheet, FIXTURE.other]);
    },
  },
  {
    name: "a write outside Excel's grid (rows 1–1,048,576, columns A–XFD) is refused, by the call or the next flush, and writes nothing",
    disagree: {
      [PACKAGE]: "PackageWorkbook accepts all six (row 0, column 0, row 1,048,577, column XFE, and blocks running past the last row or column), and usedBlock then reaches past the grid; the use cases check the columns before they write (inventoryLayout.ts)",
      [PACKAGE_PROXY]: "PackageWorkbook accepts all six writes outside the grid",
      [EXCELJS]: "ExcelJS refuses the columns outside the grid but accepts row 0 and rows past 1,048,576",
      [LIVE_EXCELJS]: "ExcelJS refuses the columns outside the grid but accepts row 0 and rows past 1,048,576",
    },
    async run({ port }) {
      const notes = FIXTURE.other;
      for (const outside of [b(0, 1, 1, 1, notes), b(1, 0, 1, 1, notes), b(1_048_577, 1, 1, 1, notes), b(1, 16_385, 1, 1, notes), b(1_048_576, 1, 2, 1, notes), b(1, 16_384, 1, 2, notes)]) {
        await expectRefused(port, () => port.write(outside, Array.from({ length: outside.rows }, () => new Array<CellContent>(outside.columns).fill("x"))));
      }
      expect(await port.usedBlock(notes)).toEqual(b(1, 1, 1, 1, notes));
    },
  },
];
