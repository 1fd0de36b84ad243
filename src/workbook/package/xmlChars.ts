/**
 * XML 1.0's characters, names, entities and declaration, as the sheet
 * scanner reads them (sheetScanner.ts, cellScanner.ts): small functions on
 * character codes, kept out of the scanner's class.
 */
/** The XML declaration as XML 1.0 has it (2.8): a version, then optionally an encoding and standalone, in that order. */
export const XML_DECLARATION = /^<\?xml\s+version\s*=\s*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:\s+encoding\s*=\s*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:\s+standalone\s*=\s*(?:"(?:yes|no)"|'(?:yes|no)'))?\s*\?>$/;

export const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A character an XML name may start with (letters, "_", ":", and the non-ASCII ones). */
export function nameStart(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || ch === 95 || ch === 58 || ch >= 0xc0;
}

/** A character an XML name may hold: those it may start with, digits, "-", "." and the non-ASCII ones. */
export function nameChar(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 58) || ch === 95 || ch === 45 || ch === 46 || ch >= 0xb7;
}

/** text.startsWith(expected, at), without what startsWith costs per call (a cell's few tags are compared millions of times). */
export function startsAt(text: string, at: number, expected: string): boolean {
  if (at + expected.length > text.length) return false;
  for (let i = 0; i < expected.length; i++) if (text.charCodeAt(at + i) !== expected.charCodeAt(i)) return false;
  return true;
}

/** True when text[a, a + length) and text[b, b + length) are the same. */
export function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** The character at `at`, -1 past the end (read past its end, a string would slow every later read down). */
export function codeAt(text: string, at: number): number {
  return at < text.length ? text.charCodeAt(at) : -1;
}

export function blank(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/** True when text[start, end) holds nothing XML changes in an attribute value: no entity, tab or line break. */
export function readsAsWritten(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 38 || ch === 9 || ch === 10 || ch === 13) return false;
  }
  return true;
}

/** Where `search` is from `from` on; the text's length when it is not. */
export function indexOrEnd(text: string, search: string, from: number): number {
  const found = text.indexOf(search, from);
  return found < 0 ? text.length : found;
}
