import JSZip from "jszip";
import { writeFileSync } from "fs";
import { join } from "path";
import { deflateRawSync, crc32 } from "zlib";
import { prng } from "../support/prng";
import { inline, num, packageParts, rawZip, worksheet, zipParts } from "../workbook/package/packageBuilder";
import { BIFF8_BOF, compoundFileBytes } from "./compoundFileBytes";

/**
 * Files an analyst might pick, or be handed, instead of an inventory: each
 * made here from nothing, so the corpus is reproducible and reviewable. A
 * case is data — the file's name (its extension matters), how its bytes are
 * made, the exit codes the batch tool may end with and, for a refusal, the
 * English words that must say what the file is. Add a case by adding a row.
 */
export interface HostileCase {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
  /** Exit codes of `assistlevel evaluate` that are right for this file (never 3, never a signal). */
  readonly exits: readonly (0 | 1 | 2)[];
  /** For a refusal: what the English message must say. */
  readonly says?: RegExp;
  /** What the refusal names: the file (by default), or a sheet and cell of it (a Stop of the use cases). */
  readonly names?: "file" | "cell";
  /**
   * Set while a part of issue 11 that this file needs is not built yet,
   * saying which: its tests are expected to fail (test.failing) and start
   * failing as soon as that part lands, so the mark is removed then.
   */
  readonly pending?: string;
}

const text = (content: string): Uint8Array => new TextEncoder().encode(content);
const sync = (make: () => Uint8Array) => async (): Promise<Uint8Array> => make();

const HEADERS = ["Post-ID", "Personeel", "Coördinatie", "Advies", "Rol"];
const ROWS = [
  ["P1", "150", "1", "dienst", "bijdragen"],
  ["P2", "1 200", "A3", "strategie", "verantwoordelijk"],
];
const VALID_CSV = [HEADERS, ...ROWS].map((record) => record.join(";")).join("\r\n") + "\r\n";

/** A UTF-16 text with or without its byte order mark. */
function utf16(content: string, order: "le" | "be", bom: boolean): Uint8Array {
  const le = Buffer.from(`${bom ? "\uFEFF" : ""}${content}`, "utf16le");
  if (order === "be") for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
}

/** The valid inventory as a one-sheet workbook; `cells` may add XML after its rows (inside sheetData). */
function inventorySheet(extraRows = "", dimension = ""): string {
  const header = `<row r="1">${HEADERS.map((h, i) => inline(`${"ABCDE"[i]}1`, h)).join("")}</row>`;
  const rows = ROWS.map((row, r) => `<row r="${r + 2}">${row.map((v, i) => (/^\d+$/.test(v) ? num(`${"ABCDE"[i]}${r + 2}`, Number(v)) : inline(`${"ABCDE"[i]}${r + 2}`, v))).join("")}</row>`).join("");
  return worksheet(`${dimension}<sheetData>${header}${rows}${extraRows}</sheetData>`);
}

/** `length` seeded random letters: text that packs about as little as real text does, so no bomb check refuses it. */
function letters(length: number): string {
  const random = prng(17);
  const codes = new Uint8Array(length);
  for (let i = 0; i < length; i++) codes[i] = 97 + Math.floor(random() * 26);
  return Buffer.from(codes).toString("latin1");
}

const workbook = (sheetXml: string, change: (parts: Map<string, string>) => void = () => undefined): Promise<Uint8Array> => {
  const parts = packageParts({ sheets: [{ name: "Inventaris", xml: sheetXml }] });
  change(parts);
  return zipParts(parts);
};

/** A zip whose first entry is the stored "mimetype" an OpenDocument package starts with (or deflated elsewhere, when `stored` is false). */
async function openDocument(mimetype: string, stored = true): Promise<Uint8Array> {
  const zip = new JSZip();
  if (stored) zip.file("mimetype", mimetype, { compression: "STORE" });
  zip.file("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>');
  zip.file("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>');
  if (!stored) zip.file("mimetype", mimetype);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function wordDocument(): Promise<Uint8Array> {
  const parts = new Map([
    ["[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ["_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ["word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'],
  ]);
  return zipParts(parts);
}

/**
 * The inventory workbook whose sheet inflates past 64 MB at about 1000:1 (a
 * zip bomb): rows of one long text each, the same bytes over and over.
 */
async function zipBomb(): Promise<Uint8Array> {
  const parts = packageParts({ sheets: [{ name: "Inventaris", xml: inventorySheet() }] });
  const row = Buffer.from(`<row><c t="inlineStr"><is><t>${"a".repeat(150)}</t></is></c></row>`);
  const [head, tail] = inventorySheet().split("</sheetData>");
  const sheet = Buffer.concat([Buffer.from(head), Buffer.alloc(row.length * Math.ceil((70 * 1024 * 1024) / row.length), row), Buffer.from(`</sheetData>${tail}`)]);
  const entries = [...parts].map(([name, content]) => {
    const bytes = name === "xl/worksheets/sheet1.xml" ? sheet : Buffer.from(content, "utf8");
    return { name, data: deflateRawSync(bytes, { level: 9 }), crc: crc32(bytes), size: bytes.length };
  });
  return rawZip(entries);
}

/** The inventory with the product's very hidden state sheet holding a results record that is not JSON (hand-edited, or cut short). */
function damagedState(): Promise<Uint8Array> {
  const state = worksheet(`<sheetData><row r="1">${inline("A1", "key")}${inline("B1", "value")}</row><row r="2">${inline("A2", "results:Inventaris")}${inline("B2", '{"headerRow":1,"column":6,')}</row></sheetData>`);
  return zipParts(
    packageParts({
      sheets: [
        { name: "Inventaris", xml: inventorySheet() },
        { name: "AssistLevel.state", xml: state, state: "veryHidden" },
      ],
    }),
  );
}

/** Random bytes from a seeded generator (the same every run). */
function garbage(): Uint8Array {
  const random = prng(11);
  return Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
}

const ESC = "\u001b[2J\u001b[31m";
const RLO = "\u202e";

export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: "valid.csv", bytes: sync(() => text(VALID_CSV)), exits: [0, 1] },
  { name: "valid.xlsx", bytes: () => workbook(inventorySheet()), exits: [0, 1] },
  { name: "legacy.xls", bytes: sync(() => compoundFileBytes([{ name: "Workbook", head: BIFF8_BOF }])), exits: [2], says: /Excel 97–2003 workbook \(\.xls/ },
  { name: "legacy-renamed.xlsx", bytes: sync(() => compoundFileBytes([{ name: "Workbook", head: BIFF8_BOF }])), exits: [2], says: /Excel 97–2003 workbook \(\.xls/ },
  { name: "biff5.csv", bytes: sync(() => compoundFileBytes([{ name: "Book" }])), exits: [2], says: /Excel 97–2003 workbook/ },
  { name: "password.xlsx", bytes: sync(() => compoundFileBytes([{ name: "EncryptionInfo" }, { name: "EncryptedPackage" }])), exits: [2], says: /password-protected \(encrypted\) workbook/ },
  { name: "word97.xlsx", bytes: sync(() => compoundFileBytes([{ name: "WordDocument" }])), exits: [2], says: /a document \(Word\)/ },
  { name: "unknown-ole.xlsx", bytes: sync(() => compoundFileBytes([{ name: "Contents" }])), exits: [2], says: /OLE compound file/ },
  { name: "inventory.ods", bytes: () => openDocument("application/vnd.oasis.opendocument.spreadsheet"), exits: [2], says: /OpenDocument spreadsheet \(\.ods\)/ },
  { name: "ods-renamed.xlsx", bytes: () => openDocument("application/vnd.oasis.opendocument.spreadsheet"), exits: [2], says: /OpenDocument spreadsheet \(\.ods\)/ },
  { name: "ods-mimetype-last.xlsx", bytes: () => openDocument("application/vnd.oasis.opendocument.spreadsheet", false), exits: [2], says: /OpenDocument spreadsheet \(\.ods\)/ },
  { name: "letter-odt.xlsx", bytes: () => openDocument("application/vnd.oasis.opendocument.text"), exits: [2], says: /a document \(OpenDocument\)/ },
  { name: "report-docx.xlsx", bytes: wordDocument, exits: [2], says: /a document \(Word\)/ },
  { name: "report.docx", bytes: wordDocument, exits: [2], says: /reads \.xlsx, \.xlsm and \.csv files/ },
  { name: "archive.xlsx", bytes: () => zipParts(new Map([["readme.txt", "not a workbook"]])), exits: [2], says: /zip archive without an Excel workbook/ },
  { name: "empty-zip.xlsx", bytes: sync(() => Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)])), exits: [2], says: /zip archive without an Excel workbook/ },
  { name: "empty.xlsx", bytes: sync(() => new Uint8Array(0)), exits: [2], says: /the file is empty/ },
  { name: "empty.csv", bytes: sync(() => new Uint8Array(0)), exits: [2], says: /the file is empty/ },
  { name: "text.xlsx", bytes: sync(() => text(VALID_CSV)), exits: [2], says: /not an \.xlsx file \(zip signature missing\)/ },
  { name: "truncated.xlsx", bytes: async () => (await workbook(inventorySheet())).slice(0, 300), exits: [2], says: /the zip package cannot be read/ },
  { name: "bomb.xlsx", bytes: zipBomb, exits: [2], says: /unpacks to more than a workbook can hold/ },
  { name: "damaged-state.xlsx", bytes: damagedState, exits: [2], says: /the very hidden sheet "AssistLevel\.state", cell B2\) is damaged/, names: "cell" },
  { name: "missing-sheet.xlsx", bytes: () => workbook(inventorySheet(), (parts) => parts.delete("xl/worksheets/sheet1.xml")), exits: [2], says: /the part xl\/worksheets\/sheet1\.xml .*is missing/ },
  { name: "utf16le-bom.csv", bytes: sync(() => utf16(VALID_CSV, "le", true)), exits: [2], says: /UTF-16 text \(UTF-16 LE.*"CSV UTF-8/ },
  { name: "utf16le.csv", bytes: sync(() => utf16(VALID_CSV, "le", false)), exits: [2], says: /UTF-16 text \(UTF-16 LE/ },
  { name: "utf16be-bom.csv", bytes: sync(() => utf16(VALID_CSV, "be", true)), exits: [2], says: /UTF-16 text \(UTF-16 BE/ },
  { name: "utf16be.csv", bytes: sync(() => utf16(VALID_CSV, "be", false)), exits: [2], says: /UTF-16 text \(UTF-16 BE/ },
  { name: "nul.csv", bytes: sync(() => text(VALID_CSV.replace("dienst", "die\0nst"))), exits: [2], says: /binary data \(byte \d+ is a control character/ },
  { name: "garbage.csv", bytes: sync(garbage), exits: [2], says: /binary data/ },
  {
    name: "escapes.csv",
    bytes: sync(() => text(`Post-ID;Personeel${ESC};Coördinatie;Advies${RLO};Rol\r\nP1;1${ESC}50;1;dienst;bijdragen${RLO}\r\nP2;x${ESC}y;A3;${RLO}strategie;verantwoordelijk\r\n`)),
    exits: [0, 1, 2],
  },
  { name: "escapes-only.csv", bytes: sync(() => text(`Naam${ESC};Leeftijd${RLO}\r\nJan${ESC};40\r\n`)), exits: [2] },
  {
    name: "huge-line.csv",
    bytes: sync(() => text(`${"Kop;".repeat(2000)}${"x".repeat(4 * 1024 * 1024)}\r\n`)),
    exits: [2],
  },
  { name: "too-many-records.csv", bytes: sync(() => text(`Post-ID;Personeel;Coördinatie;Advies\n${"P;1;1;1\n".repeat(1_048_576)}`)), exits: [2], says: /A1048577 lies beyond Excel's grid/ },
  { name: "row-beyond-grid.xlsx", bytes: () => workbook(inventorySheet(`<row r="1048577">${inline("A1048577", "P9")}</row>`)), exits: [2], says: /lies beyond Excel's grid/ },
  { name: "dimension-beyond-grid.xlsx", bytes: () => workbook(inventorySheet("", '<dimension ref="A1:E1048577"/>')), exits: [0, 1, 2] },
  // A long comment or text in a sheet once cost time in the square of its length (each chunk re-joined the text waiting for its end).
  { name: "long-comment.xlsx", bytes: () => workbook(inventorySheet(`<!--${"a".repeat(70 * 1024 * 1024)}-->`)), exits: [2], says: /refused before being unpacked/ },
  { name: "long-varied-comment.xlsx", bytes: () => workbook(inventorySheet(`<!--${letters(16 * 1024 * 1024)}-->`)), exits: [0, 1] },
  { name: "long-cell-text.xlsx", bytes: () => workbook(inventorySheet(`<row r="9">${inline("F9", "b".repeat(40 * 1024 * 1024))}</row>`)), exits: [0, 1, 2] },
  { name: "long-attribute.xlsx", bytes: () => workbook(inventorySheet(`<row r="9" x="${"c".repeat(40 * 1024 * 1024)}"></row>`)), exits: [0, 1, 2] },
  { name: "used-range-to-xfd.xlsx", bytes: () => workbook(inventorySheet(`<row r="4">${inline("XFD4", "x")}</row>`)), exits: [0, 1, 2] },
];

/** Writes every case (or those named) into `folder`; returns their paths by name. */
export async function writeHostileCorpus(folder: string, cases: readonly HostileCase[] = HOSTILE_CASES): Promise<Map<string, string>> {
  const written = new Map<string, string>();
  for (const hostile of cases) {
    const path = join(folder, hostile.name);
    writeFileSync(path, await hostile.bytes());
    written.set(hostile.name, path);
  }
  return written;
}
