import type { Finding } from "./appendOnly";
import { OpcPackage, relationshipsPartOf, sourceOfRelationshipsPart } from "./opcPackage";
import { attribute, childrenNamed } from "./xmlTree";

export const CONTENT_TYPES = "[Content_Types].xml";

/**
 * The parts a copy may change, each only by appending: the inventory
 * sheet, the styles, the workbook, its relationships, and the content
 * types. Every other original part must come through byte for byte.
 */
export async function partsACopyMayChange(original: OpcPackage, inventorySheet: string): Promise<Set<string>> {
  const workbook = await original.workbookPart();
  const allowed = new Set<string>([CONTENT_TYPES]);
  for (const part of [workbook, workbook && relationshipsPartOf(workbook), await original.stylesPart(), await original.sheetPart(inventorySheet)]) {
    if (part) allowed.add(part);
  }
  return allowed;
}

/** Original parts missing from the copy, and parts changed that may not change. */
export async function compareUntouchedParts(original: OpcPackage, copy: OpcPackage, allowed: ReadonlySet<string>): Promise<{ findings: Finding[]; changed: string[] }> {
  const findings: Finding[] = [];
  const changed: string[] = [];
  for (const part of original.parts) {
    if (!copy.has(part)) {
      findings.push({ part, path: "", problem: "the part is missing from the copy" });
      continue;
    }
    if (equalBytes(await original.bytes(part), await copy.bytes(part))) continue;
    if (allowed.has(part)) changed.push(part);
    else findings.push({ part, path: "", problem: "the part's bytes changed; only the inventory sheet, styles, workbook, its relationships and content types may change" });
  }
  return { findings, changed };
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * New parts are wired in: each has a content type and is reached by
 * relationships from the package root (a .rels part through its source);
 * no relationship of the copy points at a part that is not there, unless
 * the original's did so already.
 */
export async function compareNewParts(original: OpcPackage, copy: OpcPackage): Promise<Finding[]> {
  const findings: Finding[] = [];
  const reached = await reachableParts(copy);
  const hasType = await contentTypes(copy);
  for (const part of copy.parts.filter((p) => !original.has(p) && p !== CONTENT_TYPES)) {
    if (!hasType(part)) findings.push({ part, path: "", problem: "new part without a content type (no Default for its extension, no Override)" });
    const source = sourceOfRelationshipsPart(part);
    const wired = source === undefined ? reached.has(part) : source === "" || (copy.has(source) && reached.has(source));
    if (!wired) findings.push({ part, path: "", problem: source === undefined ? "new part that no relationship reaches from the package root" : `relationships of ${source}, which is not a reachable part` });
  }
  const danglingBefore = new Set((await danglingRelationships(original)).map((d) => `${d.rels}|${d.id}`));
  for (const dangling of await danglingRelationships(copy)) {
    if (danglingBefore.has(`${dangling.rels}|${dangling.id}`)) continue;
    findings.push({ part: dangling.rels, path: `Relationship[Id=${dangling.id}]`, problem: `points at ${dangling.target}, which is not in the copy` });
  }
  return findings;
}

async function reachableParts(pkg: OpcPackage): Promise<Set<string>> {
  const reached = new Set<string>();
  const queue = [""];
  while (queue.length > 0) {
    const source = queue.shift()!;
    for (const relationship of await safeRelationships(pkg, source)) {
      const part = relationship.part;
      if (part === undefined || reached.has(part) || !pkg.has(part)) continue;
      reached.add(part);
      queue.push(part);
    }
  }
  return reached;
}

async function danglingRelationships(pkg: OpcPackage): Promise<{ rels: string; id: string; target: string }[]> {
  const dangling: { rels: string; id: string; target: string }[] = [];
  for (const rels of pkg.parts.filter((p) => p.endsWith(".rels"))) {
    const source = sourceOfRelationshipsPart(rels);
    if (source === undefined) continue;
    for (const relationship of await safeRelationships(pkg, source)) {
      if (relationship.part !== undefined && !pkg.has(relationship.part)) dangling.push({ rels, id: relationship.id, target: relationship.part });
    }
  }
  return dangling;
}

/** A .rels part that does not parse has no usable relationships; its own comparison reports it. */
async function safeRelationships(pkg: OpcPackage, source: string) {
  try {
    return await pkg.relationships(source);
  } catch {
    return [];
  }
}

/** Whether a part has a content type: an Override for it, or a Default for its extension (both case-insensitive). */
async function contentTypes(pkg: OpcPackage): Promise<(part: string) => boolean> {
  if (!pkg.has(CONTENT_TYPES)) return () => false;
  const types = await pkg.xml(CONTENT_TYPES);
  const extensions = new Set(childrenNamed(types, "Default").map((d) => (attribute(d, "Extension") ?? "").toLowerCase()));
  const overrides = new Set(childrenNamed(types, "Override").map((o) => (attribute(o, "PartName") ?? "").toLowerCase()));
  return (part) => overrides.has(`/${part}`.toLowerCase()) || extensions.has((part.split(".").pop() ?? "").toLowerCase());
}
