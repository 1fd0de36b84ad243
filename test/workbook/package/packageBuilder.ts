import JSZip from "jszip";
import { crc32, deflateRawSync } from "zlib";
import type { Block, CellValue } from "../../../src/workbook/port";
import { PackageWorkbook } from "../../../src/workbook/package/PackageWorkbook";

/**
 * Small .xlsx packages written by hand for the package adapter's tests: every
 * part is text the test chose, so a test can say exactly what the copy must
 * keep. Also a bare zip writer (for zip bombs and lying central directories,
 * which no zip library will write) and readers of the copy.
 */

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export interface SheetSpec {
  readonly name: string;
  /** The whole worksheet part (see `worksheet`). */
  readonly xml: string;
  /** Its relationships part, when it has one. */
  readonly rels?: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface PackageSpec {
  readonly sheets: readonly SheetSpec[];
  /** Each `<si>`'s inner XML (`<t>…</t>`, rich text runs…); no shared-strings part when absent. */
  readonly sharedStrings?: readonly string[];
  /** The whole styles part; BASIC_STYLES when absent. */
  readonly styles?: string;
  /** XML inserted before `<sheets>` in workbook.xml (workbookPr, workbookProtection…). */
  readonly workbookHead?: string;
  /** XML after `</sheets>` (definedNames…). */
  readonly workbookTail?: string;
  /** Other parts, by name, and their content-type Overrides. */
  readonly extraParts?: Readonly<Record<string, string>>;
  readonly overrides?: Readonly<Record<string, string>>;
  /** Relationships from the package itself to extra parts (`<Relationship …/>` elements). */
  readonly packageRelationships?: string;
  /** More relationships of workbook.xml. */
  readonly workbookRelationships?: string;
}

/** A styles part with a date format (index 1: built-in 14), a custom one (2: dd/mm/yyyy), a number format (3: 0.00) and a fill (4). */
export const BASIC_STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN_NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.00"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs></styleSheet>';

/** A worksheet part around `inner`; with a prefix ("x") every element of `inner` must carry it too. */
export function worksheet(inner: string, prefix = ""): string {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  return `${XML_HEAD}<${p}worksheet ${ns} xmlns:r="${REL_NS}">${inner}</${p}worksheet>`;
}

/** An inline-string cell. */
export const inline = (ref: string, text: string, attributes = ""): string => `<c r="${ref}" t="inlineStr"${attributes}><is><t>${text}</t></is></c>`;
/** A number cell. */
export const num = (ref: string, value: number, attributes = ""): string => `<c r="${ref}"${attributes}><v>${value}</v></c>`;

/** The package's parts as text, by name (a test may change one before zipping). */
export function packageParts(spec: PackageSpec): Map<string, string> {
  const parts = new Map<string, string>();
  const overrides: string[] = [`<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`, `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`];
  const rels: string[] = [`<Relationship Id="rIdStyles" Type="${TYPE}/styles" Target="styles.xml"/>`];
  const sheets = spec.sheets.map((sheet, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    parts.set(part, sheet.xml);
    if (sheet.rels) parts.set(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, sheet.rels);
    overrides.push(`<Override PartName="/${part}" ContentType="${CT}.worksheet+xml"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    return `<sheet name="${sheet.name}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
  });
  if (spec.sharedStrings) {
    const items = spec.sharedStrings.map((s) => `<si>${s}</si>`).join("");
    parts.set("xl/sharedStrings.xml", `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">${items}</sst>`);
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`);
    rels.push(`<Relationship Id="rIdStrings" Type="${TYPE}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  for (const [name, type] of Object.entries(spec.overrides ?? {})) overrides.push(`<Override PartName="/${name}" ContentType="${type}"/>`);
  parts.set(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  parts.set("_rels/.rels", `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="xl/workbook.xml"/>${spec.packageRelationships ?? ""}</Relationships>`);
  parts.set(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${spec.workbookHead ?? ""}<bookViews><workbookView/></bookViews><sheets>${sheets.join("")}</sheets>${spec.workbookTail ?? ""}</workbook>`,
  );
  parts.set("xl/_rels/workbook.xml.rels", `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${rels.join("")}${spec.workbookRelationships ?? ""}</Relationships>`);
  parts.set("xl/styles.xml", spec.styles ?? BASIC_STYLES);
  for (const [name, text] of Object.entries(spec.extraParts ?? {})) parts.set(name, text);
  return parts;
}

/** Parts zipped with deflate, in the order given. */
export async function zipParts(parts: ReadonlyMap<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of parts) zip.file(name, content, { createFolders: false }); // no folder entries, as Excel writes
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export const buildPackage = (spec: PackageSpec): Promise<Uint8Array> => zipParts(packageParts(spec));

/** A package with one sheet "Blad1" holding `xml`, opened. */
export async function openSheet(xml: string, extra: Omit<PackageSpec, "sheets"> = {}): Promise<PackageWorkbook> {
  return PackageWorkbook.open(await buildPackage({ ...extra, sheets: [{ name: "Blad1", xml }] }));
}

/** The copy `save` writes, as bytes. */
export async function saveCopy(workbook: PackageWorkbook): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await workbook.save(new WritableStream<Uint8Array>({ write: (chunk) => void chunks.push(chunk) }));
  return new Uint8Array(Buffer.concat(chunks));
}

/** Every part of a zip as text, by name. */
export async function unzipText(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) parts.set(name, await zip.files[name].async("string"));
  return parts;
}

/** One part of a copy as text (fails the test when it is missing). */
export async function copyPart(bytes: Uint8Array, name: string): Promise<string> {
  const text = (await unzipText(bytes)).get(name);
  if (text === undefined) throw new Error(`the copy has no ${name}`);
  return text;
}

/** Saves the workbook and returns the copy's sheet part and the copy re-opened. */
export async function saveAndReopen(workbook: PackageWorkbook, part = "xl/worksheets/sheet1.xml"): Promise<{ bytes: Uint8Array; xml: string; copy: PackageWorkbook }> {
  const bytes = await saveCopy(workbook);
  return { bytes, xml: await copyPart(bytes, part), copy: await PackageWorkbook.open(bytes) };
}

export const block = (sheet: string, row: number, column: number, rows = 1, columns = 1): Block => ({ sheet, row, column, rows, columns });

/** The values of a sheet's used block. */
export async function usedValues(workbook: PackageWorkbook, sheet: string): Promise<CellValue[][]> {
  const used = await workbook.usedBlock(sheet);
  return used ? workbook.readValues(used) : [];
}

/**
 * Asserts that the original text survives in the copy except where `changed`
 * matches: the original is cut at every match, and each remaining piece must
 * appear in the copy, in order, character for character.
 */
export function expectKeptInOrder(original: string, copy: string, changed: readonly RegExp[]): void {
  const cuts: [number, number][] = [];
  for (const pattern of changed) {
    const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    for (const match of original.matchAll(global)) cuts.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [from, to] of cuts) {
    if (from > at) pieces.push(original.slice(at, from));
    at = Math.max(at, to);
  }
  pieces.push(original.slice(at));
  let cursor = 0;
  for (const piece of pieces) {
    const found = copy.indexOf(piece, cursor);
    if (found < 0) throw new Error(`not kept in order: ${JSON.stringify(piece.slice(0, 120))} (after offset ${cursor} of the copy)`);
    cursor = found + piece.length;
  }
}

/** True when `inner` is a subsequence of `outer`, character by character. */
export function isSubsequence(inner: string, outer: string): boolean {
  let i = 0;
  for (let j = 0; j < outer.length && i < inner.length; j++) if (outer[j] === inner[i]) i++;
  return i === inner.length;
}

/** The elements of a part in document order, by local name ("x:row" → "row"), with their attributes. */
export function elements(xml: string, local: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const pattern = new RegExp(`<(?:\\w+:)?${local}\\b([^>]*?)/?>`, "g");
  for (const match of xml.matchAll(pattern)) {
    const attributes: Record<string, string> = {};
    for (const a of match[1].matchAll(/([\w:]+)="([^"]*)"/g)) attributes[a[1]] = a[2];
    found.push(attributes);
  }
  return found;
}

/** Top-level element names of a worksheet part, in order (prefix dropped). */
export function topLevel(xml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const match of xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, "").matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (closing) depth--;
    else {
      if (depth === 1) names.push(name.replace(/^\w+:/, ""));
      if (!selfClosing) depth++;
    }
  }
  return names;
}

export interface RawEntry {
  readonly name: string;
  /** The bytes as stored (deflated unless `method` is 0). */
  readonly data: Uint8Array;
  readonly crc: number;
  /** The inflated size the headers declare. */
  readonly size: number;
  readonly method?: 0 | 8;
}

/** A deflated entry of `text`, its headers truthful. */
export function deflatedEntry(name: string, text: string): RawEntry {
  const bytes = Buffer.from(text, "utf8");
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/**
 * A zip written byte by byte, as no library would: each entry's headers say
 * what the entry declares, true or not.
 */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(entry.method ?? 8, 8);
    head.writeUInt32LE(0x00210000, 10); // 1980-01-01
    head.writeUInt32LE(entry.crc >>> 0, 14);
    head.writeUInt32LE(entry.data.length, 18);
    head.writeUInt32LE(entry.size, 22);
    head.writeUInt16LE(name.length, 26);
    locals.push(head, name, Buffer.from(entry.data));
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    head.copy(record, 8, 6, 30);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
