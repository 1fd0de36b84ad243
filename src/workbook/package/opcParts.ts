import { PackageRefusal } from "./packageRefusal";
import { type XmlElement, attribute, children, parseXml } from "./xmlTree";
import { escapeAttribute } from "./xmlText";

/**
 * Relationship types, matched by their last segment so transitional
 * ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet")
 * and strict ("http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet") packages read alike.
 */
export const REL_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
} as const;

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

/** SpreadsheetML's main namespace (the product's own sheets are written in it). */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The officeDocument/2006/relationships namespace (r:id on sheets, drawings…). */
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** True when a relationship type is `kind` ("worksheet", "styles"…), transitional or strict. */
export function isRelType(type: string, kind: keyof typeof REL_TYPES): boolean {
  return type.endsWith(`/${kind}`);
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The part the target names, resolved against the source part's folder (undefined for external targets). */
  readonly part?: string;
}

/** A .rels part: its relationships and its root element (for appending). */
export interface Relationships {
  readonly relsPart: string;
  readonly text: string;
  readonly root: XmlElement;
  readonly list: Relationship[];
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function parseRelationships(text: string, relsPart: string, sourcePart: string): Relationships {
  const root = parseXml(text, relsPart);
  const list = children(root, "Relationship").map((element) => {
    const target = attribute(element, "Target") ?? "";
    const external = attribute(element, "TargetMode") === "External";
    return {
      id: attribute(element, "Id") ?? "",
      type: attribute(element, "Type") ?? "",
      target,
      external,
      part: external ? undefined : resolvePart(sourcePart, target),
    };
  });
  return { relsPart, text, root, list };
}

/** Resolves a relationship target against its source part ("xl/workbook.xml" + "worksheets/sheet1.xml"); absolute targets start at the package root. */
export function resolvePart(sourcePart: string, target: string): string {
  const decoded = safeDecode(target.split("#")[0]);
  const segments = decoded.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

function safeDecode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** The target from a source part to another part, relative as Excel writes it. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** A relationship id not used in the part ("rId7"). */
export function freeRelationshipId(list: readonly { id: string }[], taken: ReadonlySet<string> = new Set()): string {
  const used = new Set([...list.map((r) => r.id), ...taken]);
  let n = list.length + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function relationshipXml(prefix: string, id: string, type: string, target: string): string {
  return `<${prefix}Relationship Id="${escapeAttribute(id)}" Type="${escapeAttribute(type)}" Target="${escapeAttribute(target)}"/>`;
}

/** [Content_Types].xml: the content type of each part, by Override or by its extension's Default. */
export interface ContentTypes {
  readonly text: string;
  readonly root: XmlElement;
  readonly defaults: ReadonlyMap<string, string>;
  readonly overrides: ReadonlyMap<string, string>;
}

export function parseContentTypes(text: string): ContentTypes {
  const root = parseXml(text, "[Content_Types].xml");
  if (root.local !== "Types") throw new PackageRefusal("badXml", "[Content_Types].xml: not a content-types part");
  const defaults = new Map(children(root, "Default").map((d) => [(attribute(d, "Extension") ?? "").toLowerCase(), attribute(d, "ContentType") ?? ""]));
  const overrides = new Map(children(root, "Override").map((o) => [(attribute(o, "PartName") ?? "").replace(/^\//, "").toLowerCase(), attribute(o, "ContentType") ?? ""]));
  return { text, root, defaults, overrides };
}

export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const override = types.overrides.get(part.toLowerCase());
  if (override !== undefined) return override;
  const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  return types.defaults.get(extension);
}
