import type { XmlElement } from "./xmlTree";

/** What differs at one place of one part. */
export interface Finding {
  /** The zip entry ("xl/workbook.xml"), or "LibreOffice" for what the recalculation shows. */
  readonly part: string;
  /** Where inside the part: an element path such as `/worksheet/sheetData/row[r=3]/c[r=B3]`, a cell, or "". */
  readonly path: string;
  /** What differs, in words. */
  readonly problem: string;
}

/** One line per finding, for test output and reports. */
export function describeFinding(finding: Finding): string {
  return `${finding.part}${finding.path ? ` ${finding.path}` : ""}: ${finding.problem}`;
}

/**
 * Attributes that identify an element among its siblings, so that a removed
 * or moved element is reported as such rather than as a changed neighbour.
 * Elements not listed are told apart by name and order alone.
 */
const IDENTITY: Readonly<Record<string, readonly string[]>> = {
  row: ["r"],
  c: ["r"],
  col: ["min", "max"],
  sheet: ["name"],
  definedName: ["name", "localSheetId"],
  Relationship: ["Id"],
  Override: ["PartName"],
  Default: ["Extension"],
  mergeCell: ["ref"],
  hyperlink: ["ref"],
  conditionalFormatting: ["sqref"],
  dataValidation: ["sqref"],
  sheetView: ["workbookViewId"],
  selection: ["pane"],
  filterColumn: ["colId"],
  numFmt: ["numFmtId"],
  cellStyle: ["name"],
  tableStyle: ["name"],
  tablePart: ["{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"],
  ext: ["uri"],
  brk: ["id"],
};

/**
 * Containers whose children are addressed by position (a cell's `s` is an
 * index into cellXfs, `localSheetId` and `activeTab` into sheets, `[1]` in a
 * formula into externalReferences): their original children must keep their
 * places, so anything new goes after them.
 */
const INDEXED = new Set([
  "cellXfs", "cellStyleXfs", "fonts", "fills", "borders", "dxfs", "indexedColors",
  "sheets", "externalReferences", "authors", "sst",
]);

/** Attributes whose value a copy may change: the used range, a row's span hint, and counts of containers. */
function mayChange(element: XmlElement, key: string): boolean {
  return key === "count" || (element.local === "dimension" && key === "ref") || (element.local === "row" && key === "spans");
}

/** Options of the comparison: elements another check reports in its own words (cells, defined names). */
export interface AppendOnlyOptions {
  readonly checkedElsewhere?: ReadonlySet<string>;
}

/**
 * Compares a part's original tree with the copy's: every original element
 * must be in the copy, at the same place in document order, with the same
 * attributes and text; the copy may add elements anywhere (after the
 * originals in indexed containers). Returns what was changed, removed or moved.
 */
export function compareAppendOnly(part: string, original: XmlElement, copy: XmlElement, options: AppendOnlyOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const skip = options.checkedElsewhere ?? new Set<string>();
  if (nameOf(original) !== nameOf(copy)) {
    return [{ part, path: "/", problem: `the root element <${original.qualified}> became <${copy.qualified}>` }];
  }
  compareElement(part, `/${label(original)}`, original, copy, skip, findings);
  return findings;
}

function compareElement(part: string, path: string, original: XmlElement, copy: XmlElement, skip: ReadonlySet<string>, findings: Finding[]): void {
  const say = (problem: string) => findings.push({ part, path, problem });
  for (const [key, value] of original.attributes) {
    const name = original.attributeNames.get(key) ?? key;
    const now = copy.attributes.get(key);
    if (now === value || mayChange(original, key)) continue;
    say(now === undefined ? `attribute ${name}="${value}" was removed` : `attribute ${name} changed from "${value}" to "${now}"`);
  }
  for (const [key, value] of copy.attributes) {
    if (!original.attributes.has(key) && !mayChange(original, key)) say(`attribute ${copy.attributeNames.get(key) ?? key}="${value}" was added`);
  }
  if (original.text !== copy.text) say(`text changed from ${quote(original.text)} to ${quote(copy.text)}`);
  if (INDEXED.has(original.local)) compareIndexed(part, path, original, copy, skip, findings);
  else compareSubsequence(part, path, original, copy, skip, findings);
}

function compareIndexed(part: string, path: string, original: XmlElement, copy: XmlElement, skip: ReadonlySet<string>, findings: Finding[]): void {
  original.children.forEach((child, index) => {
    const place = `${path}/${label(child)}#${index}`;
    const now = copy.children[index];
    if (!now) {
      findings.push({ part, path: place, problem: `entry ${index} <${child.qualified}> was removed; entries are addressed by position` });
    } else if (nameOf(now) !== nameOf(child) || keyOf(now) !== keyOf(child)) {
      findings.push({ part, path: place, problem: `entry ${index} is now <${label(now)}>: original entries were renumbered` });
    } else {
      compareElement(part, place, child, now, skip, findings);
    }
  });
}

/** Original children must appear in the copy in the same order, new children may sit between them. */
function compareSubsequence(part: string, path: string, original: XmlElement, copy: XmlElement, skip: ReadonlySet<string>, findings: Finding[]): void {
  const copyKeys = copy.children.map(keyOf);
  let cursor = 0;
  let previous: XmlElement | undefined;
  for (const child of original.children) {
    if (skip.has(child.local)) continue;
    const key = keyOf(child);
    const place = `${path}/${label(child)}`;
    const ahead = copyKeys.indexOf(key, cursor);
    if (ahead >= 0) {
      compareElement(part, place, child, copy.children[ahead], skip, findings);
      cursor = ahead + 1;
    } else {
      const behind = copyKeys.indexOf(key);
      if (behind >= 0) {
        const after = previous ? `<${label(previous)}>` : "the elements before it";
        findings.push({ part, path: place, problem: `was moved: it now comes before ${after}, which it followed` });
        compareElement(part, place, child, copy.children[behind], skip, findings);
      } else {
        findings.push({ part, path: place, problem: `${describe(child)} was removed` });
      }
    }
    previous = child;
  }
}

function nameOf(element: XmlElement): string {
  return `{${element.uri}}${element.local}`;
}

function keyOf(element: XmlElement): string {
  const identity = IDENTITY[element.local] ?? [];
  return `${nameOf(element)}${identity.map((a) => `|${element.attributes.get(a) ?? ""}`).join("")}`;
}

/** `row[r=3]`, `definedName[name=Ber,localSheetId=2]`, `xf`: the element's name with what identifies it. */
function label(element: XmlElement): string {
  const identity = (IDENTITY[element.local] ?? []).filter((a) => element.attributes.has(a));
  const shown = identity.map((a) => `${(element.attributeNames.get(a) ?? a).replace(/^.*:/, "")}=${element.attributes.get(a)}`);
  return shown.length > 0 ? `${element.local}[${shown.join(",")}]` : element.local;
}

/** An element as a short opening tag and its text, for "was removed" messages. */
function describe(element: XmlElement): string {
  const attributes = [...element.attributes].slice(0, 4).map(([key, value]) => ` ${element.attributeNames.get(key) ?? key}="${value}"`);
  return `<${element.qualified}${attributes.join("")}>${element.text ? ` (${quote(element.text)})` : ""}`;
}

function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(short);
}
