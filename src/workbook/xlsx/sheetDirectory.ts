import * as fs from "fs";
import JSZip from "jszip";

/** A worksheet part of an .xlsx package and the sheet it is. */
export interface SheetEntry {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
}

/**
 * Reads which worksheet part (xl/worksheets/sheetN.xml, by N) carries which
 * sheet name and visibility, from xl/workbook.xml and its relationships.
 * ExcelJS's streaming reader can only name sheets when these parts come
 * before the sheets in the zip, which its own streaming writer does not do.
 * Relationship targets may be relative ("worksheets/sheet1.xml") or absolute
 * ("/xl/worksheets/sheet1.xml", as openpyxl writes them).
 */
export async function readSheetDirectory(path: string): Promise<Map<number, SheetEntry>> {
  const zip = await JSZip.loadAsync(await fs.promises.readFile(path));
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !rels) throw new Error("not an .xlsx workbook (xl/workbook.xml missing)");
  const targets = new Map<string, number>();
  for (const rel of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attribute(rel, "Id");
    const sheetNo = /worksheets\/sheet(\d+)\.xml$/.exec(attribute(rel, "Target") ?? "")?.[1];
    if (id && sheetNo) targets.set(id, Number(sheetNo));
  }
  const directory = new Map<number, SheetEntry>();
  for (const sheet of workbook.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []) {
    const relId = attribute(sheet, "r:id") ?? attribute(sheet, "id");
    const name = attribute(sheet, "name");
    const sheetNo = relId ? targets.get(relId) : undefined;
    if (name !== undefined && sheetNo !== undefined) {
      const state = attribute(sheet, "state");
      directory.set(sheetNo, { name: unescapeXml(name), state: state === "hidden" || state === "veryHidden" ? state : "visible" });
    }
  }
  return directory;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag)?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
