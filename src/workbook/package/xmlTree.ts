import { SaxesParser } from "saxes";
import { PackageRefusal } from "./packageRefusal";
import { localName } from "./xmlText";

/**
 * One element of a small part (workbook.xml, a .rels, styles.xml…) with
 * where it sits in the part's text, so an edit can insert at an exact place
 * and leave every other character as it was.
 */
export interface XmlElement {
  readonly name: string;
  readonly local: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Text directly inside the element (entities resolved). */
  text: string;
  /** Offset of its "<". */
  readonly start: number;
  /** Offset just after its start tag's ">". */
  readonly startTagEnd: number;
  /** Offset of its end tag's "<" (equals startTagEnd for an empty element). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  readonly selfClosing: boolean;
}

/**
 * Parses a whole (small) part with saxes, a strict streaming XML parser:
 * malformed XML, and any DOCTYPE (no OOXML part has one; it is how entity
 * bombs get in), is refused naming the part.
 */
export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("doctype", () => {
    throw new PackageRefusal("badXml", `${part}: a DOCTYPE declaration`);
  });
  parser.on("opentag", (tag) => {
    const end = parser.position;
    const element: XmlElement = {
      name: tag.name,
      local: localName(tag.name),
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: "",
      start: text.lastIndexOf("<", end - 1),
      startTagEnd: end,
      closeStart: end,
      end,
      selfClosing: tag.isSelfClosing,
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", (tag) => {
    const element = stack.pop();
    if (!element) return;
    element.end = parser.position;
    element.closeStart = tag.isSelfClosing ? element.startTagEnd : text.lastIndexOf("<", parser.position - 1);
  });
  const addText = (value: string): void => {
    if (stack.length > 0) stack[stack.length - 1].text += value;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof PackageRefusal) throw error;
    throw new PackageRefusal("badXml", `${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!root) throw new PackageRefusal("badXml", `${part}: no root element`);
  return root;
}

/** Streams a part's text chunks into a saxes parser; what it finds malformed is refused naming the part. */
export async function feed(parser: SaxesParser, chunks: AsyncIterable<string>, part: string): Promise<void> {
  try {
    for await (const chunk of chunks) parser.write(chunk);
    parser.close();
  } catch (error) {
    if (error instanceof PackageRefusal) throw error;
    throw new PackageRefusal("badXml", `${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The first child with this local name (any namespace prefix). */
export function child(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

export function children(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((c) => c.local === local);
}

/** An attribute by local name ("r:id" and "id" both match "id" when asked for a prefixed one by its prefix-free name). */
export function attribute(element: XmlElement, local: string): string | undefined {
  if (local in element.attributes) return element.attributes[local];
  for (const [name, value] of Object.entries(element.attributes)) if (localName(name) === local && !name.startsWith("xmlns")) return value;
  return undefined;
}

/** The prefix a namespace URI is bound to on an element ("r" → "r:"), "" for the default namespace, undefined when unbound. */
export function prefixFor(element: XmlElement, uri: string): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) {
    if (value !== uri) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return `${name.slice(6)}:`;
  }
  return undefined;
}

/** One change to a part's text: replace [from, to) by `text` (an insertion when from === to). */
export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** Applies edits that do not overlap; edits at the same offset keep the order they were given in. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index })).sort((a, b) => a.edit.from - b.edit.from || a.index - b.index);
  const out: string[] = [];
  let at = 0;
  for (const { edit } of ordered) {
    out.push(text.slice(at, edit.from), edit.text);
    at = Math.max(at, edit.to);
  }
  out.push(text.slice(at));
  return out.join("");
}

/**
 * The edit that puts `inner` as the last content of `element`; an empty
 * element written `<x/>` is opened into `<x>…</x>`.
 */
export function appendInside(element: XmlElement, inner: string): TextEdit {
  if (!element.selfClosing) return { from: element.closeStart, to: element.closeStart, text: inner };
  return { from: element.end - 2, to: element.end, text: `>${inner}</${element.name}>` };
}
