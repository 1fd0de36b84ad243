import { SaxesParser } from "saxes";

/** An XML element, named by namespace URI and local name so that prefixes do not matter. */
export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  /** The name as written in the file (with its prefix), for messages. */
  readonly qualified: string;
  /** Attribute values by "{uri}local" (or "local" without a namespace); xmlns declarations left out. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Attribute names as written in the file, by the same keys, for messages. */
  readonly attributeNames: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The element's own text; whitespace between child elements is formatting and left out. */
  text: string;
}

const XMLNS = "http://www.w3.org/2000/xmlns/";

/** Parses a part into a tree; throws on XML that is not well-formed (the checker reports it). */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const attributes = new Map<string, string>();
    const attributeNames = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === XMLNS || attribute.name === "xmlns") continue;
      const key = attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local;
      attributes.set(key, attribute.value);
      attributeNames.set(key, attribute.name);
    }
    const element: XmlElement = { uri: tag.uri, local: tag.local, qualified: tag.name, attributes, attributeNames, children: [], text: "" };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  const addText = (text: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    const element = stack.pop()!;
    if (element.children.length > 0 && element.text.trim() === "") element.text = "";
  });
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

/** The value of an unqualified attribute (the common case in SpreadsheetML). */
export function attribute(element: XmlElement, local: string): string | undefined {
  return element.attributes.get(local);
}

/** The relationships namespace's `r:id`, whatever its prefix. */
export const RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id";

/** Child elements with a local name. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/** Every descendant (depth first) with a local name. */
export function descendantsNamed(element: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (child.local === local) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

/** All text inside an element, its runs joined (a rich-text string reads as its plain text). */
export function textContent(element: XmlElement): string {
  return element.text + element.children.map(textContent).join("");
}
