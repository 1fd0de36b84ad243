import { BlobWriter, TextReader, ZipWriter } from "@zip.js/zip.js";
import type { TableInfo } from "../port";
import { blocksOfReference } from "./cellGrid";
import { type ContentTypes, type Relationships, contentTypeOf, isRelType, parseContentTypes, parseRelationships, relsPartOf } from "./opcParts";
import { OwnSheet } from "./ownSheet";
import { PackageRefusal } from "./packageRefusal";
import type { SheetSlot } from "./sheetSlot";
import { readSharedStrings } from "./sharedStrings";
import { DEFAULT_STYLES, StylesPart } from "./stylesPart";
import { type WorkbookPart, readWorkbookPart } from "./workbookPart";
import { attribute, parseXml } from "./xmlTree";
import { ZipPackage } from "./zipPackage";

const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const SPREADSHEET_TYPES = /spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template)\.macroEnabled\.main\+xml$/;

/** Excel's rules for a sheet name: 1–31 characters, none of []:*?/\, not starting or ending with '. */
const SHEET_NAME = /^(?!')[^[\]:*?/\\]{1,31}(?<!')$/;

/**
 * The parts of an opened package the port works with: the zip itself (for
 * untouched parts and streamed sheets), content types, workbook.xml and its
 * relationships, styles, and the sheets as slots. The shared strings are
 * read on the first sheet read.
 */
export class PackageParts {
  private strings?: Promise<string[]>;
  private tableList?: Promise<TableInfo[]>;

  constructor(
    readonly zip: ZipPackage,
    readonly contentTypes: ContentTypes,
    readonly workbook: WorkbookPart,
    readonly workbookRels: Relationships,
    readonly styles: StylesPart,
    /** True when the package had no styles part: one is added. */
    readonly stylesAdded: boolean,
    private readonly sharedStringsPart: string | undefined,
    readonly sheets: SheetSlot[],
  ) {}

  get date1904(): boolean {
    return this.workbook.date1904;
  }

  get macroEnabled(): boolean {
    return contentTypeOf(this.contentTypes, this.workbook.part) === MACRO_WORKBOOK;
  }

  sharedStrings(): Promise<string[]> {
    const part = this.sharedStringsPart;
    this.strings ??= part && this.zip.has(part) ? readSharedStrings(this.zip.textChunks(part), part) : Promise.resolve([]);
    return this.strings;
  }

  /** The Excel tables of every worksheet (name and block), from each sheet's table parts. */
  tables(): Promise<TableInfo[]> {
    this.tableList ??= this.readTables();
    return this.tableList;
  }

  /** Adds an empty sheet the product will write whole; false when a sheet of that name (any case) exists. */
  addSheet(name: string): boolean {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return false;
    if (!SHEET_NAME.test(name)) throw new Error(`"${name}" is not a sheet name Excel accepts.`);
    const taken = new Set([...this.zip.entries.map((e) => e.filename.toLowerCase()), ...this.sheets.map((s) => (s.part ?? "").toLowerCase())]);
    let n = 1;
    while (taken.has(`xl/worksheets/sheet${n}.xml`)) n++;
    this.sheets.push({ name, part: `xl/worksheets/sheet${n}.xml`, state: "visible", replaced: false, own: new OwnSheet() });
    return true;
  }

  private async readTables(): Promise<TableInfo[]> {
    const tables: TableInfo[] = [];
    for (const slot of this.sheets) {
      if (!slot.entry || !slot.part || slot.own) continue;
      const relsPart = relsPartOf(slot.part);
      if (!this.zip.has(relsPart)) continue;
      const rels = parseRelationships(await this.zip.text(relsPart), relsPart, slot.part);
      for (const relationship of rels.list.filter((r) => isRelType(r.type, "table") && r.part && this.zip.has(r.part))) {
        const part = relationship.part ?? "";
        const root = parseXml(await this.zip.text(part), part);
        const name = attribute(root, "displayName") ?? attribute(root, "name");
        const ref = attribute(root, "ref");
        const [block] = ref ? blocksOfReference(ref, slot.name, part) : [];
        // ECMA-376 Part 1, 18.5.1.2 table: totalsRowCount is "the number of totals rows that shall be shown at the bottom of the table" (0 when none).
        const totals = Number(attribute(root, "totalsRowCount") ?? 0) > 0;
        if (name && block) tables.push(totals ? { name, block, totalsRow: true } : { name, block });
      }
    }
    return tables;
  }
}

/** Opens the package's parts; anything that is not a readable workbook is a PackageRefusal. */
export async function openParts(bytes: Uint8Array): Promise<PackageParts> {
  const zip = await ZipPackage.open(bytes);
  if (!zip.has("[Content_Types].xml") || !zip.has("_rels/.rels")) throw new PackageRefusal("notWorkbook", "no [Content_Types].xml or _rels/.rels");
  const contentTypes = parseContentTypes(await zip.text("[Content_Types].xml"));
  const rootRels = parseRelationships(await zip.text("_rels/.rels"), "_rels/.rels", "");
  const main = rootRels.list.find((r) => isRelType(r.type, "officeDocument"))?.part;
  if (!main || !zip.has(main)) throw new PackageRefusal("notWorkbook", "no office document");
  if (!SPREADSHEET_TYPES.test(contentTypeOf(contentTypes, main) ?? "")) throw new PackageRefusal("notWorkbook", `${main}: ${contentTypeOf(contentTypes, main) ?? "no content type"}`);
  const relsPart = relsPartOf(main);
  if (!zip.has(relsPart)) throw new PackageRefusal("missingPart", relsPart);
  const workbookRels = parseRelationships(await zip.text(relsPart), relsPart, main);
  const workbook = readWorkbookPart(main, await zip.text(main), workbookRels);
  const stylesPart = workbookRels.list.find((r) => isRelType(r.type, "styles") && r.part && zip.has(r.part))?.part;
  const styles = stylesPart ? new StylesPart(stylesPart, await zip.text(stylesPart)) : new StylesPart(freePart(zip, "xl/styles.xml"), DEFAULT_STYLES);
  const sharedStrings = workbookRels.list.find((r) => isRelType(r.type, "sharedStrings"))?.part;
  const sheets: SheetSlot[] = workbook.sheets.map((entry) => {
    if (entry.part && !zip.has(entry.part)) throw new PackageRefusal("missingPart", `${entry.part} (sheet "${entry.name}")`);
    return { name: entry.name, entry, part: entry.part, state: entry.state, replaced: false };
  });
  return new PackageParts(zip, contentTypes, workbook, workbookRels, styles, stylesPart === undefined, sharedStrings, sheets);
}

/** A package with a workbook and no sheet: the copy of a CSV inventory starts from it. */
export async function blankParts(): Promise<PackageParts> {
  const writer = new ZipWriter(new BlobWriter("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
  const add = (name: string, text: string) => writer.add(name, new TextReader(text));
  await add(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  );
  await add(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  await add(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets/></workbook>',
  );
  await add(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  await add("xl/styles.xml", DEFAULT_STYLES);
  const blob = await writer.close();
  return openParts(new Uint8Array(await blob.arrayBuffer()));
}

/** A part name not yet in the package ("xl/styles.xml", else "xl/styles2.xml"…). */
function freePart(zip: ZipPackage, wanted: string): string {
  if (!zip.has(wanted)) return wanted;
  const dot = wanted.lastIndexOf(".");
  let n = 2;
  while (zip.has(`${wanted.slice(0, dot)}${n}${wanted.slice(dot)}`)) n++;
  return `${wanted.slice(0, dot)}${n}${wanted.slice(dot)}`;
}
