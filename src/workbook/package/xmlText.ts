/**
 * Text helpers for writing and reading SpreadsheetML by hand: escaping for
 * XML, the OOXML `_xHHHH_` escape for characters XML cannot hold, and
 * attribute edits on one start tag. Pure string work (Node and Web Worker).
 */

/** Characters XML 1.0 cannot hold at all (C0 controls but tab, line feed and carriage return; lone surrogates; U+FFFE/FFFF). */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must be escaped
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an element's content. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"));
}

/** Anything ooxmlString would change: most cell texts have none of it and are returned as they are. */
// eslint-disable-next-line no-control-regex -- control characters are among what must be escaped
const NEEDS_ESCAPE = /[&<>_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/** Escapes text for a double-quoted attribute value (tabs and line breaks as character references, so they survive). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (ch) => ATTRIBUTE_ESCAPES[ch]);
}

/**
 * A cell text as SpreadsheetML stores it (ECMA-376 Part 1, 22.9.2.19
 * ST_Xstring): characters XML cannot hold become `_xHHHH_`, and an
 * underscore that would read as such an escape is itself escaped (`_x005F_`).
 */
export function ooxmlString(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return escapeText(
    text
      .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
      .replace(NOT_XML, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );
}

/** The reverse of ooxmlString's `_xHHHH_` step, for text already unescaped by the XML parser. */
export function readOoxmlString(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** True when a text needs xml:space="preserve" to keep its leading/trailing blanks or line breaks. */
export function needsPreserve(text: string): boolean {
  return /^[\s]|[\s]$|[\n\t]/.test(text);
}

/** "x:row" → "row". */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** "x:row" → "x:" ("" without a prefix): new elements are written with the prefix of their neighbours. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

const ATTRIBUTE_VALUE = new Map<string, RegExp>();

/**
 * Sets (or adds) one attribute of a start tag's text, leaving every other
 * byte of the tag as it was. `tag` is the whole tag, "<dimension ref="A1"/>".
 */
export function withAttribute(tag: string, name: string, value: string): string {
  let pattern = ATTRIBUTE_VALUE.get(name);
  if (!pattern) {
    pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(["'])[^"']*\\2`);
    ATTRIBUTE_VALUE.set(name, pattern);
  }
  if (pattern.test(tag)) return tag.replace(pattern, (_, lead: string, quote: string) => `${lead}${quote}${escapeAttribute(value)}${quote}`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeAttribute(value)}"${tag.slice(end)}`;
}
