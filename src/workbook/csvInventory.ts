import Papa from "papaparse";
import { type CellValue, columnLetter } from "./port";
import { PackageWorkbook } from "./package/PackageWorkbook";
import { MAX_COLUMNS, MAX_ROWS } from "./package/cellGrid";
import { PackageRefusal } from "./package/packageRefusal";

/** The separators a CSV inventory may use, in order of preference on a tie (Belgian Excel writes `;`). */
export const CSV_DELIMITERS = [";", ",", "\t"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** A CSV that cannot be read as records; `record` is 1-based. */
export class CsvFormatError extends Error {
  constructor(
    readonly record: number,
    reason: string,
  ) {
    super(reason);
    this.name = "CsvFormatError";
  }
}

/**
 * The text of a CSV file. Excel writes UTF-8 with a BOM ("CSV UTF-8"),
 * UTF-16 with a BOM ("Unicode text": the surfaces refuse it before it gets
 * here, asking for CSV UTF-8; see fileKind.ts), or, for plain "CSV", the Windows code
 * page (Windows-1252 in Belgium): bytes that are not valid UTF-8 are read
 * as Windows-1252 so "Coördinatie" survives either way. The BOM is dropped.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

/** Windows-1252's 0x80–0x9F (€, ‚, ƒ, „, …); undefined bytes keep their Latin-1 code point. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Decoded by hand: some Node releases decode the "windows-1252" label as
 * Latin-1 (0x80 → U+0080 instead of €), and the result must not depend on that.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

const SAMPLE_RECORDS = 20;
const SAMPLE_CHARACTERS = 65536;

/**
 * The separator of a CSV text: the candidate that occurs most often outside
 * quoted fields in its first records (so a quoted "1,5" or a comma inside a
 * quoted title does not count). Belgian Excel writes `;` and a decimal comma,
 * Excel elsewhere `,`; a tie, or a single column, is read as `;`.
 * Papa's own guess is not used: it is undocumented and prefers `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(CSV_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let records = 0;
  const end = Math.min(text.length, SAMPLE_CHARACTERS);
  for (let i = 0; i < end && records < SAMPLE_RECORDS; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted; // a doubled quote toggles twice: still inside
    else if (!quoted && ch === "\n") records++;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: CsvDelimiter = CSV_DELIMITERS[0];
  for (const d of CSV_DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Excel's "sep=;" first line names the separator; it is not data. */
const SEP_LINE = /^sep=(.)\r?\n/;

/** The records of a CSV text: quoted fields may hold separators, line breaks and doubled quotes. */
export function parseCsv(text: string): { readonly records: string[][]; readonly delimiter: string } {
  const hint = SEP_LINE.exec(text);
  const body = hint ? text.slice(hint[0].length) : text;
  const delimiter = hint ? hint[1] : detectDelimiter(body);
  // Empty lines are kept as empty records (not skipEmptyLines) so row numbers,
  // and the cell addresses in messages, are those Excel shows for the file.
  const parsed = Papa.parse<string[]>(body, { delimiter, quoteChar: '"', escapeChar: '"', skipEmptyLines: false });
  if (parsed.errors.length > 0) {
    const error = parsed.errors[0];
    throw new CsvFormatError((error.row ?? 0) + 1, error.message);
  }
  const records = parsed.data;
  while (records.length > 0 && records[records.length - 1].every((field) => field === "")) records.pop();
  return { records, delimiter };
}

const INTEGER = /^-?(0|[1-9]\d{0,14})$/;

/**
 * A CSV field as a cell value. Only plain integers become numbers: they read
 * the same in every locale and Excel would make them numbers too. Decimals
 * and grouped numbers stay text exactly as typed, because a CSV carries no
 * locale ("1.500" and "1,200" are thousands in one and fractions in another):
 * the engine reads headcount texts itself and quotes them back unchanged,
 * and CSV output writes them back byte for byte. Leading zeros ("0412")
 * and longer digit runs stay text so codes and identifiers are not altered.
 */
export function csvCellValue(field: string): string | number | null {
  if (field === "") return null;
  return INTEGER.test(field) ? Number(field) : field;
}

/** A sheet name Excel accepts, from a file name: no []:*?/\, at most 31 characters, not blank. */
export function sheetNameOf(path: string): string {
  // Plain string work rather than Node's path module: the browser's worker reads CSV files too.
  const file = path.split(/[\\/]/).pop() ?? path;
  const dot = file.lastIndexOf(".");
  const name = (dot > 0 ? file.slice(0, dot) : file).replace(/[[\]:*?/\\]/g, "_").replace(/^'+|'+$/g, "").slice(0, 31).trim();
  return name === "" || name.toLowerCase() === "history" ? "Inventory" : name;
}

/**
 * A CSV inventory as a new workbook with one sheet named after the file, so
 * the same use cases run on it as on an .xlsx inventory. Record n is row n:
 * a record past Excel's last row, or a field past its last column, is
 * refused (tooManyRows, naming the first cell beyond the grid).
 */
export async function csvInventory(bytes: Uint8Array, path: string): Promise<PackageWorkbook> {
  const { records } = parseCsv(decodeCsv(bytes));
  if (records.length > MAX_ROWS) throw new PackageRefusal("tooManyRows", `A${MAX_ROWS + 1}`);
  let columns = 1;
  for (const record of records) columns = Math.max(columns, record.length);
  if (columns > MAX_COLUMNS) {
    const row = records.findIndex((record) => record.length > MAX_COLUMNS) + 1;
    throw new PackageRefusal("tooManyRows", `${columnLetter(MAX_COLUMNS + 1)}${row}`);
  }
  const workbook = await PackageWorkbook.blank();
  const sheet = sheetNameOf(path);
  await workbook.addSheet(sheet);
  const rows: CellValue[][] = records.map((record) => record.map(csvCellValue));
  if (rows.length > 0) await workbook.write({ sheet, row: 1, column: 1, rows: rows.length, columns }, rows);
  return workbook;
}
