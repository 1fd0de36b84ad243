import type { CellStyle } from "../port";
import { type TextEdit, type XmlElement, appendInside, applyEdits, attribute, child, children, parseXml } from "./xmlTree";
import { prefixOf, withAttribute } from "./xmlText";

/** Child order of CT_Stylesheet (ECMA-376 Part 1, 18.8.39): a new container goes where the schema puts it. */
const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A styles part with nothing but Excel's defaults, for a package that has none (CSV inventories, hand-made files). */
export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/**
 * xl/styles.xml: which cell formats show dates (so a date reads as a date),
 * and the product's own formats, only ever appended: every existing font,
 * fill, format and their indexes stay as they are.
 */
export class StylesPart {
  private readonly root: XmlElement;
  private readonly prefix: string;
  private readonly dateXfs: boolean[];
  private readonly baseFont: string;
  private readonly counts: Record<"fonts" | "fills" | "cellXfs" | "dxfs", number>;
  private readonly added: Record<"fonts" | "fills" | "cellXfs" | "dxfs", string[]> = { fonts: [], fills: [], cellXfs: [], dxfs: [] };
  private readonly known = new Map<string, number>();
  /** The style of each cell format the product made, by index (see layered). */
  private readonly made = new Map<number, CellStyle>();

  constructor(
    readonly part: string,
    private readonly text: string,
  ) {
    this.root = parseXml(text, part);
    this.prefix = prefixOf(this.root.name);
    const formats = new Map<number, string>();
    for (const format of children(child(this.root, "numFmts") ?? this.root, "numFmt")) {
      formats.set(Number(attribute(format, "numFmtId")), attribute(format, "formatCode") ?? "");
    }
    const xfs = children(child(this.root, "cellXfs") ?? this.root, "xf");
    this.dateXfs = xfs.map((xf) => {
      const id = Number(attribute(xf, "numFmtId") ?? 0);
      const code = formats.get(id);
      return code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id);
    });
    const font = children(child(this.root, "fonts") ?? this.root, "font")[0];
    this.baseFont = font ? text.slice(font.startTagEnd, font.closeStart) : `<${this.prefix}sz val="11"/><${this.prefix}name val="Calibri"/>`;
    const count = (local: string, item: string): number => {
      const container = child(this.root, local);
      return container ? children(container, item).length : 0;
    };
    this.counts = { fonts: count("fonts", "font"), fills: count("fills", "fill"), cellXfs: xfs.length, dxfs: count("dxfs", "dxf") };
  }

  /** True when cells of this format show a date or time (the cell's number is then a date serial). */
  isDate(styleIndex: number): boolean {
    return this.dateXfs[styleIndex] ?? false;
  }

  /** True once the product has added a format: the part must be written anew. */
  get changed(): boolean {
    return Object.values(this.added).some((list) => list.length > 0);
  }

  /**
   * The format of a cell that had format `index` and is given `style` on top:
   * what the style leaves out stays as it was (a later bold keeps an earlier
   * fill), as Excel applies a format. Only formats the product made are known
   * this way; any other (an analyst's) is replaced.
   */
  layered(index: number | undefined, style: CellStyle): number {
    const before = index === undefined ? undefined : this.made.get(index);
    return this.cellFormat(before ? { ...before, ...style } : style);
  }

  /** The index of a cell format with this style (added once, then reused). */
  cellFormat(style: CellStyle): number {
    const key = `xf:${JSON.stringify(Object.entries(style).filter(([, v]) => v !== undefined).sort())}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const fontId = style.bold || style.italic || style.underline || style.fontColor || style.fontSize ? this.add("fonts", `<${p}font>${this.font(style)}</${p}font>`) : 0;
    const fillId = style.fill ? this.add("fills", `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${style.fill.toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`) : 0;
    const align = [
      style.horizontalAlign ? ` horizontal="${style.horizontalAlign}"` : "",
      style.verticalAlign ? ` vertical="${style.verticalAlign === "middle" ? "center" : "top"}"` : "",
      style.wrap ? ' wrapText="1"' : "",
    ].join("");
    const applies = `${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}${align ? ' applyAlignment="1"' : ""}`;
    const xf = `<${p}xf numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applies}>${align ? `<${p}alignment${align}/>` : ""}</${p}xf>`;
    const index = this.add("cellXfs", xf);
    this.known.set(key, index);
    this.made.set(index, style);
    return index;
  }

  /** The index of a differential format (a conditional format's fill and font colour). */
  differentialFormat(fill: string, fontColor?: string): number {
    const key = `dxf:${fill}:${fontColor ?? ""}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const p = this.prefix;
    const font = fontColor ? `<${p}font><${p}color rgb="FF${fontColor.toUpperCase()}"/></${p}font>` : "";
    const index = this.add("dxfs", `<${p}dxf>${font}<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="FF${fill.toUpperCase()}"/></${p}patternFill></${p}fill></${p}dxf>`);
    this.known.set(key, index);
    return index;
  }

  /** The part with the product's formats appended (counts updated; nothing else touched). */
  serialize(): string {
    const edits: TextEdit[] = [];
    for (const local of ["fonts", "fills", "cellXfs", "dxfs"] as const) {
      const added = this.added[local];
      if (added.length === 0) continue;
      const container = child(this.root, local);
      const total = String(this.counts[local] + added.length);
      if (container?.selfClosing) {
        const tag = withAttribute(this.text.slice(container.start, container.end), "count", total);
        edits.push({ from: container.start, to: container.end, text: `${tag.slice(0, -2)}>${added.join("")}</${container.name}>` });
      } else if (container) {
        edits.push({ from: container.start, to: container.startTagEnd, text: withAttribute(this.text.slice(container.start, container.startTagEnd), "count", total) });
        edits.push(appendInside(container, added.join("")));
      } else {
        edits.push({ ...insertionPoint(this.root, local), text: `<${this.prefix}${local} count="${total}">${added.join("")}</${this.prefix}${local}>` });
      }
    }
    return applyEdits(this.text, edits);
  }

  private add(list: "fonts" | "fills" | "cellXfs" | "dxfs", xml: string): number {
    this.added[list].push(xml);
    return this.counts[list] + this.added[list].length - 1;
  }

  /** CT_Font is an unordered choice: the base font's own elements, with the style's bold, italic, size and colour instead of its own. */
  private font(style: CellStyle): string {
    const p = this.prefix;
    let base = this.baseFont;
    if (style.fontSize) base = base.replace(/<(\w+:)?sz\b[^>]*\/>/, "");
    if (style.fontColor) base = base.replace(/<(\w+:)?color\b[^>]*\/>/, "");
    base = base.replace(/<(\w+:)?[biu]\b[^>]*\/>/g, "");
    return [
      style.bold ? `<${p}b/>` : "",
      style.italic ? `<${p}i/>` : "",
      style.underline ? `<${p}u/>` : "",
      base,
      style.fontSize ? `<${p}sz val="${style.fontSize}"/>` : "",
      style.fontColor ? `<${p}color rgb="FF${style.fontColor.toUpperCase()}"/>` : "",
    ].join("");
  }
}

/** Where a missing container goes: before the first existing sibling that the schema puts after it. */
function insertionPoint(root: XmlElement, local: string): { from: number; to: number } {
  const rank = STYLESHEET_ORDER.indexOf(local);
  const next = root.children.find((c) => STYLESHEET_ORDER.indexOf(c.local) > rank);
  const at = next ? next.start : root.closeStart;
  return { from: at, to: at };
}

/**
 * True when a number format code shows a date or time: after dropping
 * quoted text, escaped characters and [colour]/[condition] sections, a
 * d, m, y, h or s remains ("General" and "0.00" do not; "dd/mm/yyyy",
 * "[h]:mm" and "[$-813]d mmmm yyyy" do).
 */
export function isDateFormat(code: string): boolean {
  const section = code.split(";")[0];
  const stripped = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  if (/general/i.test(stripped)) return false;
  return /[dmyhs]/i.test(stripped.replace(/e\+|e-/gi, ""));
}
