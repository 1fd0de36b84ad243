import { BlobWriter, TextReader, ZipWriter } from "@zip.js/zip.js";
import { constants, crc32, deflateRawSync } from "zlib";
import { PackageRefusal, type RefusalCode } from "../../../src/workbook/package/packageRefusal";
import { PackageWorkbook } from "../../../src/workbook/package/PackageWorkbook";
import { prng } from "../../support/prng";
import { type RawEntry, block, buildPackage, deflatedEntry, inline, packageParts, rawZip, saveCopy, worksheet, zipParts } from "./packageBuilder";

/**
 * Files the package adapter refuses, each with its PackageRefusal code (the
 * batch tool's exit 2 and browser mode's message), and zip bombs refused
 * from their inflated size and ratio before they are inflated whole.
 */
jest.setTimeout(60_000);

const SHEET = "Blad1";
const DATA = `<sheetData><row r="1">${inline("A1", "Post")}</row></sheetData>`;

/** The code a refused operation gives; fails the test on success or on any other error. */
async function refusal(operation: Promise<unknown>): Promise<RefusalCode> {
  const outcome = await operation.then(
    () => new Error("not refused"),
    (error: unknown) => error,
  );
  if (!(outcome instanceof PackageRefusal)) throw outcome;
  return outcome.code;
}

/** A package whose parts are those of a one-sheet workbook with `change` applied. */
async function changed(change: (parts: Map<string, string>) => void, sheetXml = worksheet(DATA)): Promise<Uint8Array> {
  const parts = packageParts({ sheets: [{ name: SHEET, xml: sheetXml }] });
  change(parts);
  return zipParts(parts);
}

const readSheet = async (bytes: Uint8Array): Promise<unknown> => (await PackageWorkbook.open(bytes)).usedBlock(SHEET);

test.each([
  ["empty bytes", new Uint8Array(0)],
  ["a CSV file", new TextEncoder().encode("Post-ID;Titel\n1;Directeur\n")],
  ["a truncated zip", "truncated"],
])("%s is no zip", async (_, bytes) => {
  const input = bytes === "truncated" ? (await buildPackage({ sheets: [{ name: SHEET, xml: worksheet(DATA) }] })).slice(0, 200) : (bytes as Uint8Array);
  expect(await refusal(PackageWorkbook.open(input))).toBe("notZip");
});

test("a zip without [Content_Types].xml, and a Word document, are no workbook", async () => {
  expect(await refusal(PackageWorkbook.open(await changed((parts) => parts.delete("[Content_Types].xml"))))).toBe("notWorkbook");
  const docx = new Map([
    ["[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ["_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'],
    ["word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'],
  ]);
  const refused = await PackageWorkbook.open(await zipParts(docx)).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(PackageRefusal);
  expect(refused).toMatchObject({ code: "notWorkbook", detail: expect.stringContaining("wordprocessingml") });
});

test("a sheet, or the workbook's relationships, missing from the package", async () => {
  const noSheet = await changed((parts) => parts.delete("xl/worksheets/sheet1.xml"));
  expect(await PackageWorkbook.open(noSheet).catch((error: unknown) => error)).toMatchObject({ code: "missingPart", detail: expect.stringContaining('sheet "Blad1"') });
  expect(await refusal(PackageWorkbook.open(await changed((parts) => parts.delete("xl/_rels/workbook.xml.rels"))))).toBe("missingPart");
});

const DOCTYPE = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';

test.each(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"])("a DOCTYPE (entity declarations) in %s is refused on opening", async (part) => {
  const bytes = await changed((parts) => parts.set(part, DOCTYPE + (parts.get(part) ?? "").replace(/^<\?xml[^>]*\?>\n?/, "")));
  expect(await refusal(PackageWorkbook.open(bytes))).toBe("badXml");
});

test("a DOCTYPE in the sheet or the shared strings, and malformed XML, are refused when the sheet is read", async () => {
  const doctype = worksheet(DATA).replace(/^<\?xml[^>]*\?>\n/, DOCTYPE);
  expect(await refusal(readSheet(await changed(() => undefined, doctype)))).toBe("badXml");
  const strings = await changed((parts) => {
    parts.set("xl/sharedStrings.xml", `${DOCTYPE}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>`);
    parts.set("xl/_rels/workbook.xml.rels", (parts.get("xl/_rels/workbook.xml.rels") ?? "").replace("</Relationships>", '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'));
  }, worksheet('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>'));
  expect(await refusal(readSheet(strings))).toBe("badXml");
  for (const broken of ['<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>', '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>', '<sheetData><row r="1"><c r="A1"><v>één</v></c></row></sheetData>']) {
    expect(await refusal(readSheet(await changed(() => undefined, worksheet(broken))))).toBe("badXml");
  }
  expect(await refusal(PackageWorkbook.open(await changed((parts) => parts.set("xl/styles.xml", "<styleSheet><fonts></styleSheet>"))))).toBe("badXml");
});

test("a structure-locked workbook is refused; a workbook protected otherwise opens", async () => {
  for (const lock of ['lockStructure="1"', 'lockStructure="true"', 'workbookAlgorithmName="SHA-512" workbookHashValue="x" lockStructure="1"']) {
    const bytes = await buildPackage({ sheets: [{ name: SHEET, xml: worksheet(DATA) }], workbookTail: `<workbookProtection ${lock}/>` });
    expect(await refusal(PackageWorkbook.open(bytes))).toBe("lockedStructure");
  }
  const windows = await buildPackage({ sheets: [{ name: SHEET, xml: worksheet(DATA) }], workbookTail: '<workbookProtection lockWindows="1" lockStructure="0"/>' });
  expect(await (await PackageWorkbook.open(windows)).sheetNames()).toEqual([SHEET]);
});

test("a row or a column past Excel's grid is refused", async () => {
  const past = [
    '<sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>',
    '<sheetData><row r="1"><c r="A1048577"><v>1</v></c></row></sheetData>',
    '<sheetData><row r="1048576"><c r="A1048576"><v>1</v></c></row><row><c><v>2</v></c></row></sheetData>',
    '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>',
  ];
  for (const xml of past) expect(await refusal(readSheet(await changed(() => undefined, worksheet(xml))))).toBe("tooManyRows");
  const last = await PackageWorkbook.open(await changed(() => undefined, worksheet('<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')));
  expect(await last.readValues(block(SHEET, 1_048_576, 16_384))).toEqual([[1]]);
});

test("an encrypted entry is refused", async () => {
  const writer = new ZipWriter(new BlobWriter());
  for (const [name, text] of packageParts({ sheets: [{ name: SHEET, xml: worksheet(DATA) }] })) {
    await writer.add(name, new TextReader(text), name.includes("worksheets") ? { password: "geheim", encryptionStrength: 3 } : {});
  }
  const bytes = new Uint8Array(await (await writer.close()).arrayBuffer());
  expect(await PackageWorkbook.open(bytes).catch((error: unknown) => error)).toMatchObject({ code: "encrypted", detail: "xl/worksheets/sheet1.xml" });
});

/**
 * A deflated part of `megabytes` MB of `unit` between `head` and `tail`,
 * built without inflating it: one MB of units is deflated once, with a full
 * flush so it refers to nothing before it, and its bytes repeated.
 */
function bomb(name: string, head: string, unit: string, megabytes: number, tail: string, options: { declaredSize?: number; poison?: string } = {}): RawEntry {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const mega = Buffer.from(unit.repeat(Math.ceil((1 << 20) / unit.length)));
  const pieces = [Buffer.from(head), ...new Array<Buffer>(megabytes).fill(mega), ...(options.poison ? [Buffer.from(options.poison)] : []), Buffer.from(tail)];
  const deflated = [deflateRawSync(pieces[0], flush), ...new Array<Buffer>(megabytes).fill(deflateRawSync(mega, flush))];
  if (options.poison) deflated.push(deflateRawSync(Buffer.from(options.poison), flush));
  deflated.push(deflateRawSync(Buffer.from(tail)));
  const crc = pieces.reduce((sum, piece) => crc32(piece, sum), 0);
  const size = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return { name, data: new Uint8Array(Buffer.concat(deflated)), crc, size: options.declaredSize ?? size };
}

/** The package of a one-sheet workbook with `replaced` parts instead of its own, as a bare zip. */
function bombPackage(...replaced: RawEntry[]): Uint8Array {
  const names = new Set(replaced.map((e) => e.name));
  const parts = packageParts({ sheets: [{ name: SHEET, xml: worksheet(DATA) }], sharedStrings: ["<t>a</t>"] });
  return rawZip([...[...parts].filter(([name]) => !names.has(name)).map(([name, text]) => deflatedEntry(name, text)), ...replaced]);
}

/** Runs `operation` while sampling the resident set; returns its outcome and the peak growth in MB. */
async function peakGrowth(operation: () => Promise<unknown>): Promise<{ outcome: unknown; megabytes: number }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const outcome = await operation().catch((error: unknown) => error);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { outcome, megabytes: (peak - base) / 2 ** 20 };
}

/** A row holding one long text: a MB of them deflates to about a KB, and parses quickly. */
const BOMB_ROW = `<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(16_000)}</t></is></c></row>`;
const SHEET_HEAD = worksheet("<sheetData>").replace("</worksheet>", "");

test("a sheet part that inflates past the ratio limit is refused before it is inflated whole, in modest memory", async () => {
  // 100 MB at about 1000:1, then text no XML parser accepts: reading that far would be badXml, not partTooLarge.
  const entry = bomb("xl/worksheets/sheet1.xml", SHEET_HEAD, BOMB_ROW, 100, "</sheetData></worksheet>", { poison: "<<<>>>" });
  expect(entry.size / entry.data.length).toBeGreaterThan(500);
  const workbook = await PackageWorkbook.open(bombPackage(entry));
  const { outcome, megabytes } = await peakGrowth(() => workbook.usedBlock(SHEET));
  expect(outcome).toMatchObject({ code: "partTooLarge", detail: "xl/worksheets/sheet1.xml" });
  expect(megabytes).toBeLessThan(300);
  // Untouched, the same part is copied as it is (never inflated).
  expect((await saveCopy(await PackageWorkbook.open(bombPackage(entry)))).length).toBeLessThan(2 * entry.data.length);
});

test("a shared-strings bomb is refused; so are a part that inflates past the size its central directory declares, and damaged deflate data", async () => {
  const strings = bomb("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', `<si><t>${"abc".repeat(300)}</t></si>`, 100, "</sst>", { poison: "<<<>>>" });
  const { outcome, megabytes } = await peakGrowth(() => PackageWorkbook.open(bombPackage(strings)).then((workbook) => workbook.usedBlock(SHEET)));
  expect(outcome).toMatchObject({ code: "partTooLarge", detail: "xl/sharedStrings.xml" });
  expect(megabytes).toBeLessThan(400);

  const parts = packageParts({ sheets: [{ name: SHEET, xml: worksheet(DATA) }] });
  const workbookXml = parts.get("xl/workbook.xml") ?? "";
  const sheets = workbookXml.indexOf("<sheets>");
  const lying = bomb("xl/workbook.xml", workbookXml.slice(0, sheets), "<!-- padding -->", 20, workbookXml.slice(sheets), { declaredSize: workbookXml.length });
  expect(await PackageWorkbook.open(bombPackage(lying)).catch((error: unknown) => error)).toMatchObject({ code: "damagedPart", detail: expect.stringContaining("xl/workbook.xml") });

  const sheet = deflatedEntry("xl/worksheets/sheet1.xml", worksheet(`<sheetData>${"<row/>".repeat(5000)}</sheetData>`));
  const damaged = new Uint8Array(sheet.data);
  damaged.fill(0xff, 10, 40);
  const workbook = await PackageWorkbook.open(bombPackage({ ...sheet, data: damaged }));
  expect(await refusal(workbook.usedBlock(SHEET))).toBe("damagedPart");
});

test("a part past the 64 MB mark whose ratio over the whole part is ordinary is read", async () => {
  // 700 KB of random hex in a comment (about 2:1) ahead of 70 MB of long rows (about 1000:1): under 250:1 overall.
  const random = prng(64);
  const noise = Buffer.from(Array.from({ length: 350_000 }, () => Math.floor(random() * 256))).toString("hex");
  const entry = bomb("xl/worksheets/sheet1.xml", `${SHEET_HEAD}<!--${noise}-->`, BOMB_ROW, 70, `<row r="2">${inline("B2", "einde")}</row></sheetData></worksheet>`);
  expect(entry.size).toBeGreaterThan(70 << 20);
  expect(entry.size / entry.data.length).toBeLessThan(250);
  const workbook = await PackageWorkbook.open(bombPackage(entry));
  expect(await workbook.usedBlock(SHEET)).toEqual(block(SHEET, 1, 1, 2, 2));
  expect(await workbook.readValues(block(SHEET, 2, 2))).toEqual([["einde"]]);
});
