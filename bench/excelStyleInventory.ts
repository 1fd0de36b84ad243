/**
 * Writes a generated post inventory the way Excel saves one, fast enough for
 * Excel's 1,048,575 posts: the XML parts are written directly and zipped as
 * they are made (zip.js, Node's zlib through CompressionStream), never held
 * whole. Shared strings, a styles part (header style, number and date
 * formats), a theme, document properties, frozen header, autofilter, `spans`
 * on rows; the 12 columns and posts of inventoryRows, a date column (M) and
 * a filled-down formula column (N) as Excel writes it: one shared formula
 * `<f t="shared" ref="N2:N…" si="0">` on the first post, `<f t="shared"
 * si="0"/>` below, each with its cached value.
 */
import { configure, TextReader, ZipWriter } from "@zip.js/zip.js";
import * as fs from "fs";
import { Writable } from "stream";
import { COLUMNS, EXTRA_HEADERS, STYLE, escapeXml, fixedParts, sharedStringsStart, sheetEnd, sheetStart } from "./inventoryParts";
import { INVENTORY_HEADERS, inventoryRows, postId } from "./inventoryRows";

configure({ useWebWorkers: false });

export const FORMULA_COLUMN = "N";
/** Hours a week: the full-time equivalent (F) times 38, filled down column N. */
const formulaOf = (row: number): string => `F${row}*38`;
/** Start dates from 1 January 1990 on, spread over 35 years (Excel serial numbers). */
const startDate = (i: number): number => 32874 + ((i * 7919) % 12784);
const CHUNK_BYTES = 1 << 20;
const SLACK_BYTES = 64 << 10;
const FIXED_DATE = new Date("2026-02-16T14:05:00Z");

/**
 * Shared strings: the post ids take indexes 0…rows-1 in row order, so they
 * need no table; the few other texts (headers, entities, key words…) follow.
 */
class SharedStrings {
  readonly others = new Map<string, number>();
  cells = 0;
  constructor(readonly rows: number) {}
  index(text: string): number {
    this.cells++;
    let index = this.others.get(text);
    if (index === undefined) this.others.set(text, (index = this.rows + this.others.size));
    return index;
  }
}

/**
 * Writes the pieces given into byte chunks of about CHUNK_BYTES: each piece
 * (a row) is encoded once into the chunk, no long string is ever built.
 */
class Chunker {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES + SLACK_BYTES);
  private length = 0;
  push(piece: string): void {
    if (this.chunk.length - this.length < piece.length * 3) this.grow(piece.length * 3);
    this.length += this.chunk.write(piece, this.length, "utf8");
  }
  get full(): boolean {
    return this.length > CHUNK_BYTES;
  }
  take(): Buffer {
    const full = this.chunk.subarray(0, this.length);
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES + SLACK_BYTES);
    this.length = 0;
    return full;
  }
  private grow(bytes: number): void {
    const larger = Buffer.allocUnsafe(this.length + bytes + SLACK_BYTES);
    this.chunk.copy(larger, 0, 0, this.length);
    this.chunk = larger;
  }
}

function* sheetXml(rows: number, seed: number, strings: SharedStrings): Generator<Buffer> {
  const last = rows + 1;
  const out = new Chunker();
  let header = `${sheetStart(rows)}<row r="1" spans="1:14" x14ac:dyDescent="0.25">`;
  [...INVENTORY_HEADERS, ...EXTRA_HEADERS].forEach((text, c) => {
    header += `<c r="${COLUMNS[c]}1" s="${STYLE.header}" t="s"><v>${strings.index(text)}</v></c>`;
  });
  out.push(`${header}</row>`);
  let r = 1;
  for (const values of inventoryRows(rows, seed)) {
    r++;
    let xml = `<row r="${r}" spans="1:14" x14ac:dyDescent="0.25"><c r="A${r}" t="s"><v>${r - 2}</v></c>`;
    strings.cells++;
    for (let c = 1; c < values.length; c++) {
      const value = values[c];
      if (value === null || value === "") continue;
      if (typeof value === "number") xml += `<c r="${COLUMNS[c]}${r}"${c === 5 ? ` s="${STYLE.fte}"` : ""}><v>${value}</v></c>`;
      else xml += `<c r="${COLUMNS[c]}${r}" t="s"><v>${strings.index(value)}</v></c>`;
    }
    const formula = r === 2 ? `<f t="shared" ref="${FORMULA_COLUMN}2:${FORMULA_COLUMN}${last}" si="0">${formulaOf(r)}</f>` : '<f t="shared" si="0"/>';
    xml += `<c r="M${r}" s="${STYLE.date}"><v>${startDate(r - 2)}</v></c><c r="N${r}" s="${STYLE.hours}">${formula}<v>${(values[5] as number) * 38}</v></c></row>`;
    out.push(xml);
    if (out.full) yield out.take();
  }
  out.push(sheetEnd(rows));
  yield out.take();
}

function* sharedStringsXml(strings: SharedStrings): Generator<Buffer> {
  const out = new Chunker();
  out.push(sharedStringsStart(strings.cells, strings.rows + strings.others.size));
  for (let i = 0; i < strings.rows; i++) {
    out.push(`<si><t>${postId(i)}</t></si>`);
    if (out.full) yield out.take();
  }
  for (const text of strings.others.keys()) {
    out.push(`<si><t>${escapeXml(text)}</t></si>`);
    if (out.full) yield out.take();
  }
  out.push("</sst>");
  yield out.take();
}

/**
 * The chunks of a generator as a byte stream, made when the zip writer asks
 * for them, a few ahead so that making XML (this thread) overlaps deflating
 * it (zlib's thread pool).
 */
function byteStream(chunks: Iterator<Buffer>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
    },
    { highWaterMark: 4 },
  );
}

/** Writes `rows` posts (plus the header row) to `path`, through a temporary file renamed into place. */
export async function writeExcelStyleInventory(path: string, rows: number, seed = 42): Promise<void> {
  if (rows < 1 || rows > 1_048_575) throw new Error(`rows must be 1…1,048,575, not ${rows}`);
  const temporary = `${path}.${process.pid}.tmp`;
  const file = fs.createWriteStream(temporary);
  const closed = new Promise<void>((resolve, reject) => file.on("close", resolve).on("error", reject));
  // Sizes in the local headers, no data descriptors, as Excel writes them.
  const zip = new ZipWriter(Writable.toWeb(file), {
    lastModDate: FIXED_DATE,
    extendedTimestamp: false,
    bufferedWrite: true,
    dataDescriptor: false,
    zip64: false,
  });
  try {
    for (const [name, text] of Object.entries(fixedParts(rows))) await zip.add(name, new TextReader(text));
    const strings = new SharedStrings(rows);
    await zip.add("xl/worksheets/sheet1.xml", byteStream(sheetXml(rows, seed, strings)));
    await zip.add("xl/sharedStrings.xml", byteStream(sharedStringsXml(strings)));
    await zip.close();
    await closed;
    fs.renameSync(temporary, path);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
