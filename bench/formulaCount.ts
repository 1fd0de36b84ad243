/**
 * Counts the formulas (`<f>` elements) of one sheet of an .xlsx by streaming
 * its part (never held whole: the sheet part of a million rows is over half
 * a gigabyte), in all and per column, so the batch benchmark can tell
 * whether a copy kept the analyst's filled-down formula column.
 */
import { BlobReader, type Entry, type FileEntry, TextWriter, ZipReader, configure } from "@zip.js/zip.js";
import * as fs from "fs";

configure({ useWebWorkers: false });
const FORMULA = Buffer.from("<f");
const CELL = Buffer.from("<c ");
/** What may follow an element's name: white space, `>` or `/`. */
const AFTER_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3e, 0x2f]);

export interface FormulaCount {
  /** The sheet's part in the package, e.g. xl/worksheets/sheet1.xml. */
  readonly part: string;
  readonly total: number;
  /** Cells holding a formula, by column letters. */
  readonly byColumn: ReadonlyMap<string, number>;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The part of the sheet named `sheet`, from workbook.xml and its relationships. */
async function sheetPart(entries: Map<string, FileEntry>, sheet: string): Promise<string> {
  const text = async (name: string): Promise<string> => {
    const entry = entries.get(name);
    if (entry === undefined) throw new Error(`no ${name} in the package`);
    return entry.getData(new TextWriter());
  };
  const tag = (await text("xl/workbook.xml")).match(/<(?:\w+:)?sheet\b[^>]*>/g)?.find((t) => attribute(t, "name") === sheet);
  const id = tag === undefined ? undefined : /\s(?:\w+:)?id="([^"]*)"/.exec(tag)?.[1];
  if (id === undefined) throw new Error(`no sheet named ${sheet} in xl/workbook.xml`);
  const relation = (await text("xl/_rels/workbook.xml.rels")).match(/<Relationship\b[^>]*>/g)?.find((t) => attribute(t, "Id") === id);
  const target = relation === undefined ? undefined : attribute(relation, "Target");
  if (target === undefined) throw new Error(`no relationship ${id} in xl/_rels/workbook.xml.rels`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/[^/]+\/\.\.\//g, "/");
}

export async function countFormulas(file: string, sheet: string): Promise<FormulaCount> {
  const reader = new ZipReader(new BlobReader((await fs.openAsBlob(file)) as unknown as Blob));
  try {
    const entries = new Map((await reader.getEntries()).filter((e: Entry): e is FileEntry => !e.directory).map((e) => [e.filename, e]));
    const part = await sheetPart(entries, sheet);
    const entry = entries.get(part);
    if (entry === undefined) throw new Error(`no ${part} in the package`);
    const byColumn = new Map<string, number>();
    let total = 0;
    // Bytes are counted up to the last cell start seen, so that no cell (and
    // no <f>) is ever cut in two between chunks; the rest waits for the next.
    const count = (bytes: Buffer): void => {
      for (let at = bytes.indexOf(FORMULA); at >= 0; at = bytes.indexOf(FORMULA, at + 2)) {
        if (!AFTER_NAME.has(bytes[at + 2])) continue; // <formula1>, <fill…
        total++;
        const cell = bytes.lastIndexOf(CELL, at);
        const tag = cell < 0 ? "" : bytes.toString("latin1", cell, bytes.indexOf(">", cell) + 1);
        const column = /\sr="([A-Z]+)\d+"/.exec(tag)?.[1] ?? "?";
        byColumn.set(column, (byColumn.get(column) ?? 0) + 1);
      }
    };
    let carry = Buffer.alloc(0);
    await entry.getData(
      new WritableStream<Uint8Array>({
        write(chunk) {
          const bytes = Buffer.concat([carry, chunk]);
          const cut = Math.max(bytes.lastIndexOf(CELL), 0);
          count(bytes.subarray(0, cut));
          carry = Buffer.from(bytes.subarray(cut));
        },
        close() {
          count(carry);
        },
      }),
    );
    return { part, total, byColumn };
  } finally {
    await reader.close();
  }
}
