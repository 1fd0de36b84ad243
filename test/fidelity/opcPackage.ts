import JSZip from "jszip";
import { RELATIONSHIP_ID, XmlElement, attribute, childrenNamed, parseXml } from "./xmlTree";

/** A relationship as a .rels part states it, with its target resolved to a part name. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The zip entry the target names (no leading slash); undefined for external targets. */
  readonly part: string | undefined;
}

/** A worksheet or chart sheet as xl/workbook.xml lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly part: string | undefined;
}

const OFFICE_DOCUMENT = "/officeDocument";
const STYLES = "/styles";
const SHARED_STRINGS = "/sharedStrings";

/**
 * An .xlsx/.xlsm package read with jszip (the checker's own reader, not the
 * product's zip code): its entries' bytes, and the workbook parts found by
 * following relationships from the package root, as a reader of the file must.
 */
export class OpcPackage {
  private readonly trees = new Map<string, XmlElement>();

  private constructor(
    private readonly zip: JSZip,
    /** Zip entries that are parts (folder entries left out), in the archive's order. */
    readonly parts: readonly string[],
  ) {}

  /** Reads a package's directory; parts are inflated when asked for. Throws when the bytes are not a zip. */
  static async read(bytes: Uint8Array): Promise<OpcPackage> {
    const zip = await JSZip.loadAsync(bytes);
    return new OpcPackage(zip, Object.keys(zip.files).filter((name) => !zip.files[name].dir));
  }

  /** Whether the zip holds this entry (names as stored, no leading slash). */
  has(part: string): boolean {
    return this.parts.includes(part);
  }

  /** The part's inflated bytes. */
  bytes(part: string): Promise<Uint8Array> {
    return this.zip.file(part)!.async("uint8array");
  }

  /** The part as UTF-8 text. */
  text(part: string): Promise<string> {
    return this.zip.file(part)!.async("string");
  }

  /** The part's XML tree, parsed once. */
  async xml(part: string): Promise<XmlElement> {
    let tree = this.trees.get(part);
    if (!tree) {
      tree = parseXml(await this.text(part));
      this.trees.set(part, tree);
    }
    return tree;
  }

  /** The relationships whose source is `source` ("" for the package root); none when it has no .rels part. */
  async relationships(source: string): Promise<Relationship[]> {
    const rels = relationshipsPartOf(source);
    if (!this.has(rels)) return [];
    return childrenNamed(await this.xml(rels), "Relationship").map((element) => {
      const target = attribute(element, "Target") ?? "";
      const external = attribute(element, "TargetMode") === "External";
      return {
        id: attribute(element, "Id") ?? "",
        type: attribute(element, "Type") ?? "",
        target,
        external,
        part: external ? undefined : resolveTarget(source, target),
      };
    });
  }

  /** The workbook part the package root's officeDocument relationship names (xl/workbook.xml as a rule). */
  async workbookPart(): Promise<string | undefined> {
    return (await this.relationships("")).find((r) => r.type.endsWith(OFFICE_DOCUMENT) && !r.external)?.part;
  }

  /** A part the workbook relates to by type suffix ("/styles", "/sharedStrings"). */
  async workbookRelated(typeSuffix: string): Promise<string | undefined> {
    const workbook = await this.workbookPart();
    if (!workbook) return undefined;
    return (await this.relationships(workbook)).find((r) => r.type.endsWith(typeSuffix) && !r.external)?.part;
  }

  /** The workbook's styles part. */
  stylesPart(): Promise<string | undefined> {
    return this.workbookRelated(STYLES);
  }

  /** The workbook's shared strings part, if it has one. */
  sharedStringsPart(): Promise<string | undefined> {
    return this.workbookRelated(SHARED_STRINGS);
  }

  /** The sheets in workbook order, each resolved through the workbook's relationships. */
  async sheets(): Promise<SheetEntry[]> {
    const workbook = await this.workbookPart();
    if (!workbook || !this.has(workbook)) return [];
    const byId = new Map((await this.relationships(workbook)).map((r) => [r.id, r.part]));
    const sheets = childrenNamed(await this.xml(workbook), "sheets")[0];
    return (sheets ? childrenNamed(sheets, "sheet") : []).map((sheet) => ({
      name: attribute(sheet, "name") ?? "",
      part: byId.get(sheet.attributes.get(RELATIONSHIP_ID) ?? ""),
    }));
  }

  /** The part of the sheet with this name. */
  async sheetPart(name: string): Promise<string | undefined> {
    return (await this.sheets()).find((sheet) => sheet.name === name)?.part;
  }

  /** The shared strings' texts (rich text as its plain text), by index. */
  async sharedStrings(): Promise<string[]> {
    const part = await this.sharedStringsPart();
    if (!part || !this.has(part)) return [];
    return childrenNamed(await this.xml(part), "si").map(stringItemText);
  }
}

/** The text of an `<si>` or `<is>`: its `<t>` or its runs' `<t>`s, phonetic hints left out. */
export function stringItemText(item: XmlElement): string {
  return item.children
    .map((child) => (child.local === "t" ? child.text : child.local === "r" ? childrenNamed(child, "t").map((t) => t.text).join("") : ""))
    .join("");
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package root) → "_rels/.rels". */
export function relationshipsPartOf(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** The part a .rels part describes ("" for the root's), or undefined when the name is not a .rels part's. */
export function sourceOfRelationshipsPart(rels: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return match ? `${match[1]}${match[2]}` : undefined;
}

/** A relationship target as a zip entry name: absolute ("/xl/…", openpyxl) or relative to the source's folder. */
export function resolveTarget(source: string, target: string): string {
  const decoded = safeDecode(target.split("#")[0]);
  const base = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
