import { MAX_COLUMNS, MAX_ROWS } from "./cellGrid";

/**
 * A formula (A1 style, with or without its "=") as a fill-down writes it
 * `rows` rows lower: every relative row of a cell reference (`E2`, `$E2`)
 * and of a row range (`2:5`) moves by `rows`; absolute rows (`E$2`, `$A$2`),
 * columns, string literals ("…"), quoted sheet names ('…'!), structured
 * references ([…]), error literals and function names stay as written. A
 * reference moved off the grid becomes #REF!, a range with such an end
 * wholly so, as Excel writes it.
 *
 * Used for the one text of a shared formula that does not start on the
 * block's first row (a fill interrupted by a later write), and by test
 * doubles: never once per cell of a large block.
 */
export function shiftRows(formula: string, rows: number): string {
  if (rows === 0) return formula;
  const out: string[] = [];
  let copied = 0;
  const replace = (from: number, to: number, text: string): void => {
    out.push(formula.slice(copied, from), text);
    copied = to;
  };
  const n = formula.length;
  let i = 0;
  while (i < n) {
    const ch = formula.charCodeAt(i);
    if (ch === 34 /* " */ || ch === 39 /* ' */) {
      i = closingQuote(formula, i);
      continue;
    }
    if (ch === 91 /* [ */) {
      i = closingBracket(formula, i);
      continue;
    }
    if (ch === 35 /* # */) {
      ERROR.lastIndex = i;
      i = ERROR.test(formula) ? ERROR.lastIndex : i + 1;
      continue;
    }
    const first = tokenAt(formula, i);
    if (!first) {
      i++;
      continue;
    }
    const after = formula.charCodeAt(first.end);
    if (after === 33 /* ! */ || after === 40 /* ( */ || after === 91 /* [ */) {
      i = first.end; // a sheet name, a function or a table
      continue;
    }
    // A range: both ends are shifted together, and are #REF! together.
    const second = after === 58 /* : */ ? tokenAt(formula, first.end + 1) : undefined;
    const pair = second && formula.charCodeAt(second.end) !== 33 ? rangeEnds(first.text, second.text) : undefined;
    if (pair && second) {
      const [a, b] = [pair.shift(first.text, rows), pair.shift(second.text, rows)];
      if (a === undefined || b === undefined) replace(i, second.end, "#REF!");
      else if (a !== first.text || b !== second.text) replace(i, second.end, `${a}:${b}`);
      i = second.end;
      continue;
    }
    if (CELL.test(first.text)) {
      const moved = shiftCell(first.text, rows);
      if (moved !== first.text) replace(i, first.end, moved ?? "#REF!");
    }
    i = first.end;
  }
  if (copied === 0) return formula;
  out.push(formula.slice(copied));
  return out.join("");
}

/** `$`, letters, digits, `_`, `.` and `\` (names, references, numbers); Unicode letters too, so an unquoted "Données" is one token. */
const TOKEN = /[\p{L}\p{N}_.$\\]+/uy;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})$/;
const ROW = /^(\$?)([0-9]{1,7})$/;
const ERROR = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!|PYTHON!)/iy;

function tokenAt(formula: string, at: number): { text: string; end: number } | undefined {
  TOKEN.lastIndex = at;
  const match = TOKEN.exec(formula);
  return match ? { text: match[0], end: at + match[0].length } : undefined;
}

/** How the two ends of `a:b` shift: both cells, or both rows (a row range); undefined for anything else (columns, names). */
function rangeEnds(a: string, b: string): { shift(end: string, rows: number): string | undefined } | undefined {
  if (CELL.test(a) && CELL.test(b) && validColumn(a) && validColumn(b)) return { shift: shiftCell };
  if (ROW.test(a) && ROW.test(b)) return { shift: shiftRow };
  return undefined;
}

function validColumn(reference: string): boolean {
  const letters = CELL.exec(reference)?.[2] ?? "";
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column >= 1 && column <= MAX_COLUMNS;
}

/** A cell reference moved; undefined when its row leaves the grid. A token beyond column XFD is a name and is kept. */
function shiftCell(reference: string, rows: number): string | undefined {
  const match = CELL.exec(reference);
  if (!match || !validColumn(reference)) return reference;
  const [, columnAnchor, letters, rowAnchor, digits] = match;
  if (rowAnchor === "$") return reference;
  const row = Number(digits) + rows;
  if (row < 1 || row > MAX_ROWS) return undefined;
  return `${columnAnchor}${letters}${row}`;
}

function shiftRow(end: string, rows: number): string | undefined {
  const match = ROW.exec(end);
  if (!match || match[1] === "$") return end;
  const row = Number(match[2]) + rows;
  return row < 1 || row > MAX_ROWS ? undefined : String(row);
}

/** Just after the string literal or quoted sheet name opening at `at` (a doubled quote stays inside). */
function closingQuote(formula: string, at: number): number {
  const quote = formula.charCodeAt(at);
  let i = at + 1;
  while (i < formula.length) {
    if (formula.charCodeAt(i) === quote) {
      if (formula.charCodeAt(i + 1) !== quote) return i + 1;
      i += 2;
    } else i++;
  }
  return formula.length;
}

/** Just after the bracket closing the one at `at` (nested brackets; `'` escapes the next character, as in structured references). */
function closingBracket(formula: string, at: number): number {
  let depth = 0;
  for (let i = at; i < formula.length; i++) {
    const ch = formula.charCodeAt(i);
    if (ch === 39 /* ' */) i++;
    else if (ch === 91) depth++;
    else if (ch === 93 && --depth === 0) return i + 1;
  }
  return formula.length;
}
