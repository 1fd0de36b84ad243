/**
 * How typed text is compared: case, accents, surrounding spaces and runs of
 * inner spaces are ignored ("  Coördinatie " equals "coordinatie").
 */
export function normalizeText(text: string): string {
  let normalized = memo.get(text);
  if (normalized === undefined) {
    normalized = text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[\s\u00a0\u202f]+/g, " ")
      .trim();
    // An inventory column repeats a few spellings many times: remember them,
    // within a bound so a column of unique texts cannot grow memory without limit.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, normalized);
  }
  return normalized;
}

const MEMO_LIMIT = 4096;
const memo = new Map<string, string>();
