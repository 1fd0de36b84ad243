import { PackageRefusal } from "./packageRefusal";

/** One start or end tag found in a part's text. */
export interface ScannedTag {
  readonly close: boolean;
  /** The qualified name ("x:row"). */
  readonly name: string;
  /** Offset of "<" and just after ">". */
  readonly start: number;
  readonly end: number;
  readonly selfClosing: boolean;
}

/**
 * The next tag at or after `from`, or undefined when the text ends before
 * one is complete (more text is needed). Comments, CDATA and processing
 * instructions are stepped over. This is a walk over text that the reader (sheetReader.ts) has
 * already read and checked (the sheet is always read before it is
 * patched), so it only has to find where tags are, not judge them: in
 * well-formed XML every "<" opens markup, and a ">" inside a quoted
 * attribute value does not end its tag. It is what makes the patch pass
 * several times faster than a second full parse.
 */
export function nextTag(text: string, from: number, part: string, stall?: Stall): ScannedTag | undefined {
  let i = text.indexOf("<", from);
  // Whatever is cut short, a tag or markup, only ends with a ">" still to come.
  if (stall) stall.awaited = ">";
  while (i >= 0) {
    const next = text.charCodeAt(i + 1);
    if (Number.isNaN(next)) return undefined;
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const skip = markupEnd(text, i, part);
      if (skip === undefined) {
        if (stall) stall.awaited = text.startsWith("<!--", i) ? "-->" : text.startsWith("<![CDATA[", i) ? "]]>" : text.startsWith("<?", i) ? "?>" : ">";
        return undefined;
      }
      i = text.indexOf("<", skip);
      continue;
    }
    if (next === 47 /* / */) {
      const end = text.indexOf(">", i + 2);
      if (end < 0) return undefined;
      return { close: true, name: text.slice(i + 2, end).trim(), start: i, end: end + 1, selfClosing: false };
    }
    const j = tagEnd(text, i + 1) - 1;
    if (j < 0) return undefined;
    let nameEnd = i + 1;
    while (nameEnd < j) {
      const ch = text.charCodeAt(nameEnd);
      if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 47) break;
      nameEnd++;
    }
    return { close: false, name: text.slice(i + 1, nameEnd), start: i, end: j + 1, selfClosing: text.charCodeAt(j - 1) === 47 };
  }
  // No "<" after the last markup: text, until one comes.
  if (stall) stall.awaited = "<";
  return undefined;
}

/** What nextTag, having found no whole tag, needs to come before it can find one (for HeldChunks). */
export interface Stall {
  awaited: string;
}

/** Just after the ">" that ends the start tag whose text goes on at `from` (a ">" inside quotes does not count); -1 when the text ends first. */
export function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let j = from; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62 /* > */) return j + 1;
  }
  return -1;
}

/**
 * True when the character code after a tag name ends the name: a blank, ">"
 * or "/" (so `<c` is not taken for `<col`).
 */
export function endsTagName(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/** The end tag `</name>` (blanks allowed before ">") at or after `from`: where it starts and just after it; undefined when not in the text yet. */
export function findEndTag(text: string, name: string, from: number): { start: number; end: number } | undefined {
  const open = `</${name}`;
  let at = text.indexOf(open, from);
  while (at >= 0) {
    // A comment or CDATA section before it may hold the end tag's text ("<!-- </row> -->"): step over it and look again.
    const markup = text.slice(from, at).indexOf("<!");
    if (markup >= 0) {
      const start = from + markup;
      const close = text.startsWith("<!--", start) ? "-->" : text.startsWith("<![CDATA[", start) ? "]]>" : "";
      const end = close === "" ? start + 2 : text.indexOf(close, start + 4);
      if (end < 0) return undefined;
      from = end + close.length;
      at = text.indexOf(open, from);
      continue;
    }
    let k = at + open.length;
    while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) k++;
    if (k >= text.length) return undefined;
    if (text.charCodeAt(k) === 62) return { start: at, end: k + 1 };
    from = at + open.length;
    at = text.indexOf(open, from);
  }
  return undefined;
}

/** Just after a comment, CDATA section or processing instruction starting at `at`; undefined while incomplete. */
function markupEnd(text: string, at: number, part: string): number | undefined {
  const kinds: [string, string][] = [
    ["<!--", "-->"],
    ["<![CDATA[", "]]>"],
    ["<?", "?>"],
  ];
  for (const [open, close] of kinds) {
    if (text.length - at < open.length && open.startsWith(text.slice(at))) return undefined;
    if (!text.startsWith(open, at)) continue;
    const end = text.indexOf(close, at + open.length);
    return end < 0 ? undefined : end + close.length;
  }
  if (text.length - at < 9) return undefined;
  throw new PackageRefusal("badXml", `${part}: unexpected markup "${text.slice(at, at + 12)}"`);
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** One attribute's raw value in a start tag's text ("r" in `<c r="B2" s="1">` → "B2"), undefined when absent. */
export function attributeOf(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}
