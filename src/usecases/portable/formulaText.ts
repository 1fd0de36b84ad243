/**
 * Small builders of native formula text, for the portable formulas. Every
 * function used is one Excel 2010+, Excel on the web, LibreOffice 7.4+ and
 * Google Sheets all have (PORTABLE_FUNCTIONS); arrays only ever appear
 * inside SUMPRODUCT, MATCH or INDEX, which take them natively everywhere.
 */

/** The functions the portable formulas may call; a test reads every written formula against it. */
export const PORTABLE_FUNCTIONS = [
  "AND", "CHAR", "EXACT", "FIND", "IF", "IFERROR", "INDEX", "INT", "ISERROR", "ISLOGICAL", "ISNUMBER", "LEFT", "LEN", "LOWER",
  "MATCH", "MAX", "MID", "MIN", "MOD", "NA", "NOT", "OR", "RIGHT", "SUBSTITUTE", "SUM", "SUMPRODUCT", "TRIM", "VALUE",
] as const;

/** Excel's longest string constant inside a formula. */
const LONGEST_CONSTANT = 255;

/** A string constant: `"text"` with " doubled. */
export function quoted(text: string): string {
  if (text.length > LONGEST_CONSTANT) throw new Error(`A formula string constant is limited to ${LONGEST_CONSTANT} characters: "${text.slice(0, 40)}…"`);
  return `"${text.replace(/"/g, '""')}"`;
}

/** A character as a constant: CHAR(n) for control characters (a file cannot hold them raw), else the character quoted. */
export function charConstant(char: string): string {
  const code = char.charCodeAt(0);
  return code < 32 ? `CHAR(${code})` : quoted(char);
}

/** `x` with each of `pairs` replaced, innermost first: SUBSTITUTE(SUBSTITUTE(x,a,b),c,d). */
export function substituteAll(x: string, pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((inner, [from, to]) => `SUBSTITUTE(${inner},${charConstant(from)},${quoted(to)})`, x);
}

/**
 * A message of the catalogue as a formula that joins its text with the
 * values of formula expressions: `template((a, b) => \`Best fit ${a} (${b}).\`, ["A2", "G2"])`
 * gives `"Best fit "&A2&" ("&G2&")."`.
 */
export function template(message: (...parts: string[]) => string, expressions: readonly string[]): string {
  const marks = expressions.map((_, i) => String.fromCharCode(0xe000 + i));
  const text = message(...marks);
  const pieces: string[] = [];
  let literal = "";
  for (const char of text) {
    const index = marks.indexOf(char);
    if (index < 0) {
      literal += char;
      continue;
    }
    if (literal !== "") pieces.push(quoted(literal));
    literal = "";
    pieces.push(`(${expressions[index]})`);
  }
  if (literal !== "") pieces.push(quoted(literal));
  return pieces.length === 0 ? '""' : pieces.join("&");
}

/** The function names a formula calls (a name followed by "("), outside its string constants. */
export function calledFunctions(formula: string): string[] {
  const outsideStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...outsideStrings.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].map((m) => m[1].toUpperCase());
}
