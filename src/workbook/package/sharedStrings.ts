import { SaxesParser } from "saxes";
import { feed } from "./xmlTree";
import { PackageRefusal } from "./packageRefusal";
import { localName, readOoxmlString } from "./xmlText";

/**
 * The shared-string table, streamed: each `<si>` as its plain text (the runs
 * of rich text joined, phonetic guides left out), in order. The product
 * reads it and never writes it (its own texts are inline strings).
 */
export async function readSharedStrings(chunks: AsyncIterable<string>, part: string): Promise<string[]> {
  const strings: string[] = [];
  const parser = new SaxesParser({ position: false });
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let current: string[] = [];
  parser.on("doctype", () => {
    throw new PackageRefusal("badXml", `${part}: a DOCTYPE declaration`);
  });
  parser.on("opentag", (tag) => {
    const local = localName(tag.name);
    if (local === "si") {
      inItem = true;
      current = [];
    } else if (local === "rPh") phonetic++;
    else if (local === "t" && inItem && phonetic === 0 && !tag.isSelfClosing) inText = true;
  });
  parser.on("closetag", (tag) => {
    const local = localName(tag.name);
    if (local === "si") {
      strings.push(readOoxmlString(current.join("")));
      inItem = false;
    } else if (local === "rPh") phonetic--;
    else if (local === "t") inText = false;
  });
  parser.on("text", (text) => {
    if (inText) current.push(text);
  });
  parser.on("cdata", (text) => {
    if (inText) current.push(text);
  });
  await feed(parser, chunks, part);
  return strings;
}
