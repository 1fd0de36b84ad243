import JSZip from "jszip";
import { SaxesParser } from "saxes";

/**
 * Checks on a whole package, made apart from the product's own OPC code:
 * each part well-formed and typed, each relationship resolving, no part left
 * that nothing points at, and the raw (still compressed) bytes of entries
 * for comparing a copy with its original.
 */

interface Element {
  readonly name: string;
  readonly attributes: Record<string, string>;
}

/** The elements of a well-formed XML text, in order (fails on malformed XML or a DOCTYPE). */
export function xmlElements(xml: string, part: string): Element[] {
  const parser = new SaxesParser();
  const found: Element[] = [];
  parser.on("opentag", (tag) => found.push({ name: tag.name.replace(/^\w+:/, ""), attributes: tag.attributes as Record<string, string> }));
  parser.on("doctype", () => {
    throw new Error(`${part}: DOCTYPE`);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new Error(`${part} is not well-formed: ${(error as Error).message}`);
  }
  return found;
}

/** Resolves a relationship target against the folder of its source part. */
function resolve(source: string, target: string): string {
  const segments = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

const sourceOf = (rels: string): string => rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");

/**
 * Asserts that a package is consistent; returns its parts as text. Every XML
 * part is well-formed, every part has a content type and every Override names
 * a part, every internal relationship resolves, every part is reachable from
 * the package's relationships, and workbook.xml's sheets are unique and
 * resolve to worksheet parts.
 */
export async function checkPackage(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) parts.set(name, await zip.files[name].async("string"));
  const problems: string[] = [];
  const lower = new Map([...parts.keys()].map((name) => [name.toLowerCase(), name]));
  for (const [name, text] of parts) if (/\.(xml|rels|vml)$/i.test(name)) xmlElements(text, name);

  const types = xmlElements(parts.get("[Content_Types].xml") ?? "", "[Content_Types].xml");
  const defaults = new Set(types.filter((t) => t.name === "Default").map((t) => t.attributes.Extension.toLowerCase()));
  const overrides = types.filter((t) => t.name === "Override").map((t) => t.attributes.PartName.replace(/^\//, "").toLowerCase());
  if (new Set(overrides).size !== overrides.length) problems.push("an Override is given twice");
  for (const override of overrides) if (!lower.has(override)) problems.push(`Override for a missing part: ${override}`);
  for (const name of parts.keys()) {
    if (name === "[Content_Types].xml") continue;
    if (!overrides.includes(name.toLowerCase()) && !defaults.has(name.slice(name.lastIndexOf(".") + 1).toLowerCase())) problems.push(`no content type: ${name}`);
  }

  const reachable = new Set<string>();
  const visit = (rels: string): void => {
    const text = parts.get(rels);
    if (text === undefined) return;
    for (const r of xmlElements(text, rels).filter((e) => e.name === "Relationship")) {
      if (r.attributes.TargetMode === "External") continue;
      const target = lower.get(resolve(sourceOf(rels), decodeURI(r.attributes.Target)).toLowerCase());
      if (target === undefined) {
        problems.push(`${rels}: ${r.attributes.Id} points at a missing part (${r.attributes.Target})`);
        continue;
      }
      if (reachable.has(target)) continue;
      reachable.add(target);
      const slash = target.lastIndexOf("/");
      visit(`${target.slice(0, slash + 1)}_rels/${target.slice(slash + 1)}.rels`);
    }
  };
  visit("_rels/.rels");
  for (const name of parts.keys()) {
    const isRels = /(^|\/)_rels\/[^/]*\.rels$/.test(name);
    if (name === "[Content_Types].xml" || (isRels && (name === "_rels/.rels" || reachable.has(lower.get(sourceOf(name).toLowerCase()) ?? "")))) continue;
    if (!reachable.has(name)) problems.push(`nothing points at ${name}`);
  }

  const workbook = xmlElements(parts.get("xl/workbook.xml") ?? "", "xl/workbook.xml").filter((e) => e.name === "sheet");
  const names = workbook.map((s) => s.attributes.name.toLowerCase());
  const ids = workbook.map((s) => s.attributes.sheetId);
  if (new Set(names).size !== names.length) problems.push(`a sheet name is used twice: ${names.join(", ")}`);
  if (new Set(ids).size !== ids.length) problems.push(`a sheetId is used twice: ${ids.join(", ")}`);
  const workbookRels = xmlElements(parts.get("xl/_rels/workbook.xml.rels") ?? "", "rels").filter((e) => e.name === "Relationship");
  for (const sheet of workbook) if (!workbookRels.some((r) => r.attributes.Id === sheet.attributes["r:id"])) problems.push(`sheet "${sheet.attributes.name}" has no relationship`);
  expect(problems).toEqual([]);
  return parts;
}

/** Each entry's stored bytes (as compressed in the zip) with its CRC, by name. */
export async function rawEntries(bytes: Uint8Array): Promise<Map<string, { data: Uint8Array; crc: number; method: number }>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, { data: Uint8Array; crc: number; method: number }>();
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    // JSZip keeps a loaded entry's compressed bytes untouched until it is read; its typings leave them out.
    const stored = (zip.files[name] as unknown as { _data: { compressedContent: Uint8Array; crc32: number; compression: { magic: string } } })._data;
    entries.set(name, { data: new Uint8Array(stored.compressedContent), crc: stored.crc32, method: stored.compression.magic.charCodeAt(0) });
  }
  return entries;
}

/** The parts a copy may change (only appending to them); every other original entry must be byte-identical. */
export function expectUntouchedEntries(original: Map<string, { data: Uint8Array; crc: number; method: number }>, copy: Map<string, { data: Uint8Array; crc: number; method: number }>, allowed: readonly string[]): void {
  const differing: string[] = [];
  for (const [name, entry] of original) {
    if (allowed.includes(name)) continue;
    const copied = copy.get(name);
    if (!copied || copied.crc !== entry.crc || copied.method !== entry.method || Buffer.compare(copied.data, entry.data) !== 0) differing.push(name);
  }
  expect(differing).toEqual([]);
}
