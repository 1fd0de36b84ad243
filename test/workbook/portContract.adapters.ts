/**
 * The adapters of the workbook port (src/workbook/port.ts) that the contract
 * test (portContract.test.ts) runs its one list of cases over, each opened on
 * the same starting workbook (FIXTURE), and, for each, a way to see what the
 * host holds where the port has no read-back of its own (sheet visibility,
 * cell styles, conditional formats, dropdowns, charts):
 * - PackageWorkbook: the saved copy's bytes, opened again by ExcelJS (a reader
 *   other than the writer);
 * - PackageWorkbook behind browser mode's worker proxy (yieldingPort);
 * - OfficeWorkbook: the fake of Excel's state (harness/excel);
 * - ExcelJsWorkbook (the use-case tests' in-memory port) and LiveFormulaWorkbook
 *   (its stand-in for Excel with the add-in): their ExcelJS model.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { OfficeWorkbook } from "../../src/workbook/office/OfficeWorkbook";
import { LISTS_SHEET } from "../../src/workbook/office/listSheet";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { type WorkbookPort, address, sheetAddress } from "../../src/workbook/port";
import { yieldingPort } from "../../src/taskpane/browser/worker/yieldingPort";
import { FakeContext } from "../../harness/excel/fakeExcel";
import { rectOf } from "../../harness/excel/fakeRange";
import type { Rect } from "../../harness/excel/fakeSheet";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";
import { LiveFormulaWorkbook } from "../support/liveFormulaWorkbook";
import { MAIN_NS, buildPackage, inline, num, saveCopy, worksheet } from "./package/packageBuilder";

/** 2025-03-01 as Excel's serial day number (1900 date system). */
const MARCH_FIRST = 45717;

/**
 * The starting workbook of every case. Sheet "Posten": a table "Inventaris"
 * over A1:D4, columns E and F empty (room for two table columns), a date in
 * G2 under "Start" (outside the table), "merged" in I6 of the merged area
 * I6:J7. Sheet "Notes": "keep" in A1.
 */
export const FIXTURE = {
  sheet: "Posten",
  other: "Notes",
  table: "Inventaris",
  rows: [
    ["Post", "Staff", "Scope", "Note", null, null, "Start"],
    ["P1", 12, 3, null, null, null, "date"],
    ["P2", 0, true, "x", null, null, null],
    ["P3", 250, 2.5, null, null, null, null],
  ] as const,
  merged: { at: "I6:J7", value: "merged" },
} as const;

/** What the host holds, seen outside the port. Colours are "RRGGBB", upper case. */
export interface HostView {
  /** "visible", "hidden" or "veryHidden"; undefined when there is no such sheet. */
  visibility(sheet: string): string | undefined;
  /** The solid fill a cell shows, or null. */
  fill(sheet: string, row: number, column: number): string | null;
  bold(sheet: string, row: number, column: number): boolean;
  /** The formula conditional formats, in no particular order: range, formula (no "="), fill. */
  rules(sheet: string): { ref: string; formula: string; fill: string }[];
  /** The list dropdowns: range and the items offered. */
  lists(sheet: string): { ref: string; items: string[] }[];
  charts(sheet: string): number;
  /** The internal hyperlinks: the linking cell, the cell it goes to ("Posten!B3"), the tip. */
  links(sheet: string): { ref: string; to: string; tip: string }[];
}

export interface OpenedAdapter {
  readonly port: WorkbookPort;
  /** The text a date cell (G2, 2025-03-01) reads as through this adapter. */
  readonly dateText: string;
  /** The workbook saved and opened again (or, for a live host, a fresh port over the same workbook). */
  reopen(): Promise<WorkbookPort>;
  /** What the host holds after a flush. */
  view(): Promise<HostView>;
  /** Requests sent to the host so far, for adapters that batch into requests. */
  requests?(): number;
}

export interface Adapter {
  readonly name: string;
  open(): Promise<OpenedAdapter>;
}

// ---------------------------------------------------------------- the package

const TABLE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

function fixtureSheetXml(): string {
  const letters = ["A", "B", "C", "D", "E", "F", "G"];
  const cell = (ref: string, value: unknown): string => {
    if (value === null) return "";
    if (value === "date") return `<c r="${ref}" s="1"><v>${MARCH_FIRST}</v></c>`; // style 1: built-in date format 14
    if (typeof value === "number") return num(ref, value);
    if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
    return inline(ref, String(value));
  };
  const rows = FIXTURE.rows.map((row, r) => `<row r="${r + 1}">${row.map((value, c) => cell(`${letters[c]}${r + 1}`, value)).join("")}</row>`);
  rows.push(`<row r="6">${inline("I6", FIXTURE.merged.value)}</row>`);
  return worksheet(
    `<dimension ref="A1:J7"/><sheetData>${rows.join("")}</sheetData>` +
      `<mergeCells count="1"><mergeCell ref="${FIXTURE.merged.at}"/></mergeCells><tableParts count="1"><tablePart r:id="rId1"/></tableParts>`,
  );
}

async function fixturePackage(): Promise<Uint8Array> {
  const headers = FIXTURE.rows[0].slice(0, 4);
  const table =
    `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${MAIN_NS}" id="1" name="${FIXTURE.table}" displayName="${FIXTURE.table}" ref="A1:D4">` +
    `<autoFilter ref="A1:D4"/><tableColumns count="4">${headers.map((h, i) => `<tableColumn id="${i + 1}" name="${h}"/>`).join("")}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;
  return buildPackage({
    sheets: [
      {
        name: FIXTURE.sheet,
        xml: fixtureSheetXml(),
        rels: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${TABLE_TYPE}" Target="../tables/table1.xml"/></Relationships>`,
      },
      { name: FIXTURE.other, xml: worksheet(`<sheetData><row r="1">${inline("A1", "keep")}</row></sheetData>`) },
    ],
    extraParts: { "xl/tables/table1.xml": table },
    overrides: { "xl/tables/table1.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml" },
  });
}

/**
 * The saved copy, read by ExcelJS; dropdowns and charts from the copy's own
 * parts (ExcelJS splits a dropdown's range into single cells, and does not
 * read charts).
 */
async function copyView(workbook: PackageWorkbook): Promise<HostView> {
  const bytes = await saveCopy(workbook);
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheets = await packageSheets(await JSZip.loadAsync(bytes));
  return {
    ...excelJsView(reread),
    lists: (sheet) => packageLists(sheets.get(sheet)?.xml ?? ""),
    charts: (sheet) => sheets.get(sheet)?.charts ?? 0,
    links: (sheet) =>
      [...(sheets.get(sheet)?.xml ?? "").matchAll(/<hyperlink\b([^>]*)\/>/g)].map(([, attributes]) => {
        const attribute = (name: string): string => unescapeXml(new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? "");
        return { ref: attribute("ref"), to: attribute("location"), tip: attribute("tooltip") };
      }),
  };
}

const unescapeXml = (text: string): string => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The list dropdowns of a worksheet part (`<dataValidation type="list" sqref="…"><formula1>"a,b"</formula1>`). */
function packageLists(xml: string): { ref: string; items: string[] }[] {
  return [...xml.matchAll(/<(?:\w+:)?dataValidation\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?dataValidation>/g)]
    .filter((m) => /\btype="list"/.test(m[1]))
    .map((m) => ({ ref: /\bsqref="([^"]*)"/.exec(m[1])?.[1] ?? "", items: listItems(unescapeXml(/<(?:\w+:)?formula1>([\s\S]*?)<\//.exec(m[2])?.[1] ?? "")) }));
}

/** Each sheet's part (as text) and chart count, by sheet name: workbook.xml → the sheet's part → its drawing → the drawing's charts. */
async function packageSheets(zip: JSZip): Promise<Map<string, { xml: string; charts: number }>> {
  const text = async (name: string): Promise<string> => (await zip.file(name)?.async("string")) ?? "";
  const targets = (rels: string, type: string): string[] =>
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).filter((r) => r.includes(`/${type}"`)).map((r) => /Target="([^"]+)"/.exec(r)?.[1] ?? "");
  const resolve = (from: string, target: string): string => {
    if (target.startsWith("/")) return target.slice(1);
    const parts = from.split("/").slice(0, -1);
    for (const piece of target.split("/")) {
      if (piece === "..") parts.pop();
      else parts.push(piece);
    }
    return parts.join("/");
  };
  const relsOf = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");
  const workbook = await text("xl/workbook.xml");
  const workbookRels = await text("xl/_rels/workbook.xml.rels");
  const sheets = new Map<string, { xml: string; charts: number }>();
  for (const sheet of workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${sheet[2]}"[^>]*Target="([^"]+)"`).exec(workbookRels) ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${sheet[2]}"`).exec(workbookRels);
    if (!rel) continue;
    const part = resolve("xl/workbook.xml", rel[1]);
    let charts = 0;
    for (const drawing of targets(await text(relsOf(part)), "drawing")) {
      charts += targets(await text(relsOf(resolve(part, drawing))), "chart").length;
    }
    sheets.set(unescapeXml(sheet[1]), { xml: await text(part), charts });
  }
  return sheets;
}

const packageAdapter = (name: string, wrap: (workbook: PackageWorkbook) => WorkbookPort): Adapter => ({
  name,
  async open() {
    const workbook = await PackageWorkbook.open(await fixturePackage());
    return {
      port: wrap(workbook),
      dateText: "2025-03-01",
      reopen: async () => wrap(await PackageWorkbook.open(await saveCopy(workbook))),
      view: () => copyView(workbook),
    };
  },
});

// ---------------------------------------------------------------- ExcelJS

const hex = (argb: unknown): string | null => (typeof argb === "string" ? argb.slice(-6).toUpperCase() : null);

/** What an ExcelJS model holds, as a HostView. */
function excelJsView(workbook: ExcelJS.Workbook): HostView {
  const sheet = (name: string): ExcelJS.Worksheet => {
    const found = workbook.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name} in the workbook read back`);
    return found;
  };
  return {
    visibility: (name) => workbook.getWorksheet(name)?.state ?? undefined,
    fill: (name, row, column) => {
      const fill = sheet(name).findCell(row, column)?.fill as ExcelJS.FillPattern | undefined;
      return fill?.type === "pattern" && fill.pattern === "solid" ? hex(fill.fgColor?.argb) : null;
    },
    bold: (name, row, column) => sheet(name).findCell(row, column)?.font?.bold === true,
    rules: (name) =>
      ((sheet(name) as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []).flatMap((cf) =>
        cf.rules.map((rule) => {
          const style = (rule as { style?: { fill?: ExcelJS.FillPattern } }).style;
          return { ref: cf.ref, formula: String((rule as { formulae?: unknown[] }).formulae?.[0] ?? ""), fill: hex(style?.fill?.bgColor?.argb ?? style?.fill?.fgColor?.argb) ?? "" };
        }),
      ),
    lists: (name) =>
      Object.entries((sheet(name) as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model)
        .filter(([, v]) => v?.type === "list")
        .map(([ref, v]) => ({ ref, items: listItems(String(v?.formulae?.[0] ?? "")) })),
    charts: () => 0, // ExcelJS neither writes nor reads charts
    links: () => [], // see excelJsAdapter: the ExcelJS port records its links beside the model
  };
}

/** The items of a list source typed into the rule: `"a,b"` (quotes doubled inside). */
function listItems(source: string): string[] {
  const text = source.startsWith('"') && source.endsWith('"') ? source.slice(1, -1).replace(/""/g, '"') : source;
  return text.split(",");
}

function fixtureExcelJs(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(FIXTURE.sheet);
  const [headers, ...rows] = FIXTURE.rows;
  sheet.addTable({
    name: FIXTURE.table,
    ref: "A1",
    headerRow: true,
    columns: headers.slice(0, 4).map((name) => ({ name: String(name) })),
    rows: rows.map((row) => row.slice(0, 4) as ExcelJS.CellValue[]),
  });
  sheet.getCell("G1").value = headers[6];
  sheet.getCell("G2").value = new Date(Date.UTC(2025, 2, 1));
  sheet.getCell("I6").value = FIXTURE.merged.value;
  sheet.mergeCells(FIXTURE.merged.at);
  workbook.addWorksheet(FIXTURE.other).getCell("A1").value = "keep";
  return workbook;
}

const excelJsAdapter = (name: string, make: (workbook: ExcelJS.Workbook) => ExcelJsWorkbook): Adapter => ({
  name,
  async open() {
    const port = make(fixtureExcelJs());
    return {
      port,
      dateText: "2025-03-01",
      reopen: async () => {
        const reread = new ExcelJS.Workbook();
        await reread.xlsx.load((await port.workbook.xlsx.writeBuffer()) as ArrayBuffer);
        return make(reread);
      },
      view: async () => ({
        ...excelJsView(port.workbook),
        links: (sheet: string) => (port.links.get(sheet) ?? []).map((link) => ({ ref: address(link), to: sheetAddress({ ...link.to, rows: 1, columns: 1 }), tip: link.tip })),
      }),
    };
  },
});

// ---------------------------------------------------------------- office.js

function fixtureFake(): FakeContext {
  const fake = new FakeContext();
  const sheet = fake.addSheet(FIXTURE.sheet);
  FIXTURE.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      sheet.set(r + 1, c + 1, value === "date" ? MARCH_FIRST : value);
    }),
  );
  sheet.shownAs.set("2:7", { category: "Date", text: "3/1/2025" });
  const merged = rectOf(FIXTURE.merged.at);
  sheet.set(merged.row, merged.column, FIXTURE.merged.value);
  sheet.merges.push(merged);
  fake.addTable(FIXTURE.table, FIXTURE.sheet, { row: 1, column: 1, rows: 4, columns: 4 });
  fake.addSheet(FIXTURE.other).set(1, 1, "keep");
  return fake;
}

/** What the fake holds, as a HostView: the last style set covering a cell wins. */
function fakeView(fake: FakeContext): HostView {
  const covers = (rect: Rect, row: number, column: number): boolean => row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns;
  const lastSet = (name: string, row: number, column: number, properties: readonly string[]): string | undefined => {
    let found: string | undefined;
    for (const entry of fake.sheet(name).formatLog) {
      const [ref, set] = entry.split(" ");
      if (!covers(rectOf(ref), row, column)) continue;
      if (set === "cleared") found = undefined;
      else if (properties.some((p) => set.startsWith(`${p}=`))) found = set;
    }
    return found;
  };
  const visibility: Record<string, string> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };
  return {
    visibility: (name) => {
      const sheet = fake.sheets.find((s) => s.name === name);
      return sheet ? visibility[sheet.visibility] : undefined;
    },
    fill: (name, row, column) => {
      const set = lastSet(name, row, column, ["fill.color", "fill.clear"]);
      return set?.startsWith("fill.color=#") ? set.slice("fill.color=#".length).toUpperCase() : null;
    },
    bold: (name, row, column) => lastSet(name, row, column, ["font.bold"]) === "font.bold=true",
    rules: (name) => fake.sheet(name).cfs.map((cf) => ({ ref: address(cf.rect), formula: (cf.formula ?? "").replace(/^=/, ""), fill: (cf.fill ?? "").replace(/^#/, "").toUpperCase() })),
    lists: (name) =>
      fake
        .sheet(name)
        .validations.filter((v) => (v.rule as { list?: unknown } | undefined)?.list !== undefined)
        .map((v) => {
          const source = String((v.rule as { list: { source: string } }).list.source);
          return { ref: address(v.rect), items: source.startsWith("=") ? listOnSheet(fake, source) : source.split(",") };
        }),
    charts: (name) => fake.sheet(name).charts.length,
    links: (name) =>
      [...fake.sheet(name).links.entries()].map(([cell, link]) => {
        const [row, column] = cell.split(":").map(Number);
        return { ref: address({ row, column }), to: link.documentReference ?? "", tip: link.screenTip ?? "" };
      }),
  };
}

/** The items of a list source that refers to the product's lists sheet ("='AssistLevel.lists'!$A$1:$A$3"). */
function listOnSheet(fake: FakeContext, source: string): string[] {
  const rect = rectOf(source.replace(/^=.*!/, ""));
  const sheet = fake.sheet(LISTS_SHEET);
  return Array.from({ length: rect.rows }, (_, r) => String(sheet.get(rect.row + r, rect.column)).replace(/^'/, ""));
}

const officeAdapter: Adapter = {
  name: "OfficeWorkbook (office.js, on the fake of Excel)",
  async open() {
    const fake = fixtureFake();
    const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
    return {
      port,
      dateText: "3/1/2025",
      reopen: async () => {
        await port.flush();
        return new OfficeWorkbook(fake as unknown as Excel.RequestContext);
      },
      view: async () => fakeView(fake),
      requests: () => fake.counts.syncs,
    };
  },
};

export const ADAPTERS: readonly Adapter[] = [
  packageAdapter("PackageWorkbook (.xlsx package)", (workbook) => workbook),
  packageAdapter("PackageWorkbook behind browser mode's yieldingPort", (workbook) => yieldingPort(workbook)),
  officeAdapter,
  excelJsAdapter("ExcelJsWorkbook (the use-case tests' in-memory port)", (workbook) => new ExcelJsWorkbook(workbook)),
  excelJsAdapter("LiveFormulaWorkbook (the use-case tests' stand-in for Excel with the add-in)", (workbook) => new LiveFormulaWorkbook(workbook)),
];

/** The adapter names, for the cases' skips and known disagreements. */
export const PACKAGE = ADAPTERS[0].name;
export const PACKAGE_PROXY = ADAPTERS[1].name;
export const OFFICE = ADAPTERS[2].name;
export const EXCELJS = ADAPTERS[3].name;
export const LIVE_EXCELJS = ADAPTERS[4].name;
