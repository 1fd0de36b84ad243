import type { Finding } from "./appendOnly";
import { OpcPackage, stringItemText } from "./opcPackage";
import { XmlElement, attribute, childrenNamed, descendantsNamed } from "./xmlTree";

/** What a cell holds, as far as the analyst can tell: type, style, value, formula. */
interface CellContent {
  readonly type: string;
  readonly style: string;
  /** The value as the analyst sees it: a shared string's text, an inline string's text, or `<v>`. */
  readonly value: string;
  /** The formula with its kind and range (`shared si=0 ref=H2:H5: G2*1000`), or "" for none. */
  readonly formula: string;
  /** No value and no formula: a cell that only carries a style. */
  readonly empty: boolean;
}

/** Every cell of a worksheet part by address, shared strings resolved. */
export async function cellsOf(pkg: OpcPackage, part: string): Promise<Map<string, CellContent>> {
  const strings = await pkg.sharedStrings();
  const cells = new Map<string, CellContent>();
  for (const cell of descendantsNamed(await pkg.xml(part), "c")) {
    const type = attribute(cell, "t") ?? "n";
    const v = childrenNamed(cell, "v")[0]?.text ?? "";
    const inline = childrenNamed(cell, "is")[0];
    const value = type === "s" ? (strings[Number(v)] ?? `missing shared string ${v}`) : inline ? stringItemText(inline) : v;
    const formula = formulaOf(cell);
    const empty = v === "" && !inline && formula === "";
    cells.set(attribute(cell, "r") ?? "", { type, style: attribute(cell, "s") ?? "0", value, formula, empty });
  }
  return cells;
}

function formulaOf(cell: XmlElement): string {
  const f = childrenNamed(cell, "f")[0];
  if (!f) return "";
  const kind = ["t", "si", "ref"].filter((a) => f.attributes.has(a)).map((a) => `${a}=${f.attributes.get(a)}`);
  return `${kind.length > 0 ? `${kind.join(" ")}: ` : ""}${f.text}`;
}

/** The addresses of cells with a formula of their own or a share of one (the cells LibreOffice recalculates). */
export async function formulaCells(pkg: OpcPackage, part: string): Promise<string[]> {
  return [...(await cellsOf(pkg, part))].filter(([, cell]) => cell.formula !== "").map(([address]) => address);
}

/**
 * Every original cell of a sheet is in the copy with the same type, style
 * index, value and formula; findings name the cell by its address. A cell
 * that held only a style (an analyst's pre-formatted result column) may
 * receive a value, as long as its style stays: nothing the analyst typed is lost.
 */
export async function compareCells(original: OpcPackage, copy: OpcPackage, sheet: string, originalPart: string, copyPart: string): Promise<Finding[]> {
  const before = await cellsOf(original, originalPart);
  const after = await cellsOf(copy, copyPart);
  const findings: Finding[] = [];
  for (const [address, cell] of before) {
    const path = `${sheet}!${address}`;
    const now = after.get(address);
    if (!now) {
      findings.push({ part: copyPart, path, problem: `the cell is gone (it held ${JSON.stringify(cell.value)}${cell.formula ? ` = ${cell.formula}` : ""})` });
      continue;
    }
    const style: [string, string, string] = ["style index s", cell.style, now.style];
    const changes: [string, string, string][] = cell.empty
      ? [style]
      : [["value", cell.value, now.value], ["type t", cell.type, now.type], style, ["formula", cell.formula, now.formula]];
    for (const [what, was, is] of changes) {
      if (was !== is) findings.push({ part: copyPart, path, problem: `${what} changed from ${JSON.stringify(was)} to ${JSON.stringify(is)}` });
    }
  }
  return findings;
}

interface DefinedName {
  readonly label: string;
  readonly text: string;
  readonly attributes: ReadonlyMap<string, string>;
}

async function definedNames(pkg: OpcPackage): Promise<Map<string, DefinedName>> {
  const workbook = await pkg.workbookPart();
  const names = new Map<string, DefinedName>();
  if (!workbook || !pkg.has(workbook)) return names;
  for (const name of descendantsNamed(await pkg.xml(workbook), "definedName")) {
    const scope = attribute(name, "localSheetId");
    const label = `${attribute(name, "name")}${scope === undefined ? "" : ` (sheet-scoped, localSheetId ${scope})`}`;
    names.set(label, { label, text: name.text, attributes: name.attributes });
  }
  return names;
}

/** Every defined name of the original is in the copy: same name, same scope, same formula, same flags. */
export async function compareDefinedNames(original: OpcPackage, copy: OpcPackage): Promise<Finding[]> {
  const before = await definedNames(original);
  const after = await definedNames(copy);
  const part = (await copy.workbookPart()) ?? "xl/workbook.xml";
  const findings: Finding[] = [];
  for (const [label, name] of before) {
    const path = `definedName ${label}`;
    const now = after.get(label);
    if (!now) {
      findings.push({ part, path, problem: `the name is gone (it referred to ${name.text})` });
      continue;
    }
    if (now.text !== name.text) findings.push({ part, path, problem: `refers to ${now.text} instead of ${name.text}` });
    for (const [key, value] of name.attributes) {
      if (now.attributes.get(key) !== value) findings.push({ part, path, problem: `${key}="${value}" became ${now.attributes.has(key) ? `"${now.attributes.get(key)}"` : "absent"}` });
    }
  }
  return findings;
}
