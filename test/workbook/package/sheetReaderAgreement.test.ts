import * as fs from "fs";
import fc from "fast-check";
import type { CellValue } from "../../../src/workbook/port";
import { MAX_COLUMNS, MAX_ROWS } from "../../../src/workbook/package/cellGrid";
import { openParts } from "../../../src/workbook/package/packageParts";
import { PackageRefusal, type RefusalCode } from "../../../src/workbook/package/packageRefusal";
import { type SheetFacts, type SheetReadContext, readSheet } from "../../../src/workbook/package/sheetReader";
import { readSharedStrings } from "../../../src/workbook/package/sharedStrings";
import { StylesPart } from "../../../src/workbook/package/stylesPart";
import { ZipPackage } from "../../../src/workbook/package/zipPackage";
import { corpusFiles } from "../../fidelity/corpus";
import { prng } from "../../support/prng";
import { readSheetWithSaxes } from "../../support/saxesSheetReader";
import { BASIC_STYLES, buildPackage, worksheet } from "./packageBuilder";
import { inventoryPackage, inventorySpec } from "./randomPackage";

/**
 * The hand scanner that reads worksheet parts (sheetReader.ts) against the
 * saxes reader it replaced, kept as an oracle: the same cells, facts and
 * formulas, or the same refusal, on every sheet of the fidelity corpus, on
 * random inventory packages, and on hand-written sheets with the XML a
 * scanner gets wrong (prefixes, quotes, entities, CDATA, comments), each fed
 * whole, a character at a time and in random pieces; and on those sheets
 * damaged at random. Malformed XML is refused as badXml naming the part.
 */
jest.setTimeout(120_000);

type Reader = typeof readSheet;
type Context = Omit<SheetReadContext, "formulasIn">;
type Outcome = { cells: [number, CellValue[]][]; facts: SheetFacts; formulas: [string, string][] } | { refused: RefusalCode };

const PART = "xl/worksheets/sheet1.xml";
const STYLES = new StylesPart("xl/styles.xml", BASIC_STYLES);
const SHARED = ["nul", "een", "twee & drie", "x".repeat(40_000)];
const CONTEXT: Context = { part: PART, sharedStrings: SHARED, styles: STYLES, date1904: false };

async function* pieces(chunks: readonly string[]): AsyncGenerator<string> {
  for (const chunk of chunks) yield chunk;
}

/** What a reader makes of the chunks: the filled rows, the facts and every formula, or the code it refuses them with. */
async function outcome(read: Reader, chunks: readonly string[], context: Context): Promise<Outcome> {
  const found = new Map<string, string>();
  const block = { sheet: "Blad1", row: 1, column: 1, rows: MAX_ROWS, columns: MAX_COLUMNS };
  try {
    const { cells, facts } = await read(pieces(chunks), { ...context, formulasIn: { block, found } });
    return { cells: [...cells.filledRows()], facts, formulas: [...found] };
  } catch (error) {
    if (error instanceof PackageRefusal) return { refused: error.code };
    throw error;
  }
}

/** The text cut at random places, pieces of 1 to `max` characters. */
function randomPieces(text: string, random: () => number, max: number): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length; ) {
    const size = 1 + Math.floor(random() * max);
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
}

/** The new reader agrees with saxes on `chunks`, and on the same text cut into random pieces; returns the outcome. */
async function expectAgreement(chunks: readonly string[], context: Context, random: () => number, max = 4096): Promise<Outcome> {
  const expected = await outcome(readSheetWithSaxes, chunks, context);
  expect(await outcome(readSheet, chunks, context)).toStrictEqual(expected);
  expect(await outcome(readSheet, randomPieces(chunks.join(""), random, max), context)).toStrictEqual(expected);
  return expected;
}

/** Every worksheet of a package, with the shared strings, styles and date system the package adapter reads them with. */
async function expectAgreementOnPackage(bytes: Uint8Array, random: () => number): Promise<number> {
  const sheets = await worksheetsOf(bytes);
  for (const { part, zip, ...context } of sheets) {
    const chunks: string[] = [];
    for await (const chunk of zip.textChunks(part)) chunks.push(chunk);
    await expectAgreement(chunks, { part, ...context }, random);
  }
  return sheets.length;
}

/** The package's worksheet parts as openParts finds them; a package it refuses (a locked structure) by their names, as its parts are named. */
async function worksheetsOf(bytes: Uint8Array): Promise<(Omit<Context, "part"> & { part: string; zip: ZipPackage })[]> {
  try {
    const parts = await openParts(bytes);
    const context = { zip: parts.zip, sharedStrings: await parts.sharedStrings(), styles: parts.styles, date1904: parts.date1904 };
    return parts.sheets.flatMap((slot) => (slot.part ? [{ ...context, part: slot.part }] : []));
  } catch (error) {
    if (!(error instanceof PackageRefusal) || error.code !== "lockedStructure") throw error;
  }
  const zip = await ZipPackage.open(bytes);
  const sharedStrings = zip.has("xl/sharedStrings.xml") ? await readSharedStrings(zip.textChunks("xl/sharedStrings.xml"), "xl/sharedStrings.xml") : [];
  const styles = new StylesPart("xl/styles.xml", await zip.text("xl/styles.xml"));
  const names = zip.entries.map((entry) => entry.filename).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  return names.map((part) => ({ zip, part, sharedStrings, styles, date1904: false }));
}

test("every sheet of the fidelity corpus reads as saxes read it", async () => {
  const random = prng(20261130);
  const files = corpusFiles();
  let sheets = 0;
  for (const entry of files) {
    const read = await expectAgreementOnPackage(new Uint8Array(fs.readFileSync(entry.path)), random);
    expect([entry.file, read > 0]).toEqual([entry.file, true]);
    sheets += read;
  }
  expect(files.length).toBeGreaterThan(30);
  expect(sheets).toBeGreaterThan(files.length);
});

test("random inventory packages read as saxes read them", async () => {
  const random = prng(20261131);
  const specs = fc.sample(inventorySpec, { seed: 20261131, numRuns: 300 });
  let sheets = 0;
  for (const spec of specs) sheets += await expectAgreementOnPackage(await buildPackage(inventoryPackage(spec)), random);
  expect(sheets).toBeGreaterThan(300);
});

/** An x14 validation and data bar in extLst, as Excel 2010+ writes them: their sqref is an `<xm:sqref>` child. */
const X14 =
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>Lijst!$A$1:$A$4</xm:f></x14:formula1>' +
  "<xm:sqref>D2:D9 F1</xm:sqref></x14:dataValidation></x14:dataValidations></ext>" +
  '<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings>' +
  '<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" priority="7" id="{00000000-0000-0000-0000-000000000001}">' +
  "<x14:dataBar><x14:cfvo type=\"num\"><xm:f>0</xm:f></x14:cfvo></x14:dataBar></x14:cfRule><xm:sqref>A1:A5</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>";

const FACTS =
  '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="D4:E5"/></mergeCells>' +
  '<conditionalFormatting sqref="B2:B9 C3"><cfRule type="expression" dxfId="0" priority="3"><formula>B2&gt;1</formula></cfRule><cfRule type="expression" dxfId="0" priority="12"><formula>B2&lt;0</formula></cfRule></conditionalFormatting>' +
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E2:E20"><formula1>"a,b"</formula1></dataValidation></dataValidations>';

/** Sheets with the XML a hand scanner gets wrong; each is read whole, a character at a time and in random pieces. */
const TRICKY: Record<string, string> = {
  "a prefix on every name": worksheet(
    '<x:cols><x:col min="1" max="2" width="9"/></x:cols><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:r><x:t>ri</x:t></x:r><x:r><x:t>ch</x:t></x:r><x:rPh sb="0" eb="1"><x:t>no</x:t></x:rPh></x:is></x:c></x:row>' +
      '<x:row><x:c><x:f>A1&amp;"!"</x:f></x:c><x:c s="1"><x:v>45000</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells>',
    "x",
  ),
  "prefixes that differ from element to element": worksheet(
    '<sheetData xmlns:y="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><y:row r="2"><c r="A2"><y:v>3</y:v></c><y:c r="B2" t="str"><f>"a"</f><y:v>a</y:v></y:c><p:q:c r="C2"><v>5</v></p:q:c></y:row></sheetData>',
  ),
  "single quotes, blanks around =, line breaks inside tags": worksheet(
    "<sheetData><row r = '1'\r\n spans='1:3'><c r='A1' t = 's' ><v>2</v></c ><c\tr=\"B1\"\ns='1'><v >45000.5</v></c><c r='C1' t='b'><v>true</v></c></row></sheetData>" +
      "<conditionalFormatting sqref = 'A1:A3'><cfRule type='expression' priority = '4'><formula>A1</formula></cfRule></conditionalFormatting>",
  ),
  "entities in text and attributes": worksheet(
    '<sheetData><row r="1"><c r="&#65;1" t="inlineStr"><is><t>&amp; &lt;b&gt; &quot;q&quot; &apos;a&apos; &#65;&#x42;&#x1F600; _x0009_</t></is></c>' +
      '<c r="B1" t="&#115;tr"><f>IF(A1&lt;&gt;"",1,0)</f><v>&#49;&#x32;</v></c><c r="C1" t="e"><v>#N/A</v></c><c r="D1" s="&#49;"><v>&#52;5000</v></c></row></sheetData>' +
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:A2&#10;B1&#9;C1"><formula1>"a"</formula1></dataValidation></dataValidations>' +
      '<mergeCells count="1"><mergeCell ref="A1:&#x42;2"/></mergeCells>',
  ),
  "line breaks and tabs in text and attribute values": worksheet(
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">een\r\ntwee\rdrie\nvier\tvijf&#13;&#10;</t></is></c>' +
      '<c r="B1" t="str"><f>1\r\n+1</f><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:\r\nB1\t"/></mergeCells>',
  ),
  "CDATA sections in values, texts and formulas": worksheet(
    '<sheetData><row r="1"><c r="A1"><v><![CDATA[1]]>2<![CDATA[3]]></v></c><c r="B1" t="inlineStr"><is><t><![CDATA[a</t></c></row>&amp;\r\n]]>b</t></is></c>' +
      '<c r="C1"><f><![CDATA[A1<B1]]></f></c><c r="D1" t="inlineStr"><is><t><![CDATA[]]></t></is></c></row></sheetData>',
  ),
  "comments and processing instructions between cells and inside values": worksheet(
    '<sheetData><!-- rows --><row r="1"><?pi here?><c r="A1"><v>1<!-- </v></c> --></v></c><!-- <c r="B1"><v>9</v></c> --><c r="C1"><!-- x --><v>3</v><?x?></c></row>' +
      '<!-- <row r="2"> --><row r="3"><c><v>4</v></c><!----><c><v>5</v></c></row></sheetData>',
  ),
  "rows and cells without references, $ and lowercase references": worksheet(
    '<sheetData><row><c><v>1</v></c><c/><c><v>3</v></c></row><row><c r="C2"><v>4</v></c><c><v>5</v></c></row><row r="5"><c r="$b$5"><v>6</v></c><c><v>7</v></c></row>' +
      '<row><c r="a7"><v>8</v></c></row><row/><row spans="1:2"><c><v>9</v></c></row><row r="12"/><row><c r="B13"/><c><v>10</v></c></row></sheetData>',
  ),
  "a cell in another row than its row says": worksheet('<sheetData><row r="1"><c r="A3"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData>'),
  "every kind of value": worksheet(
    '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>3</v></c><c r="C1" t="s"><v> 2 </v></c><c r="D1" t="s"><v>007</v></c><c r="E1" t="b"><v>0</v></c>' +
      '<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="G1" t="d"><v>2024-02-29T10:00:00</v></c><c r="H1" t="n"><v>-1.5E-3</v></c><c r="I1"><v> 12 </v></c><c r="J1"><v>1e3</v></c>' +
      '<c r="K1" t="str"><f>""</f><v></v></c><c r="L1" t="inlineStr"/><c r="M1" t="inlineStr"><is><t/></is></c><c r="N1"><v/></c><c r="O1" s=""><v>1</v></c><c r="P1" t="unknown"><v>2</v></c>' +
      `<c r="Q1" t="inlineStr"><is><t>${"z".repeat(33_000)}</t></is></c><c r="R1" s="2"><v>60</v></c><c r="S1" s="2"><v>59.9</v></c><c r="T1" s="1"><v>-700000000</v></c><c r="U1" s="3"><v>45000</v></c></row>` +
      '<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">K1*2</f><v>-0.003</v></c><c r="B2"><f t="shared" ref="B2:B3" si="1">A2</f></c></row>' +
      '<row r="3"><c r="A3"><f t="shared" si="0"/><v>7</v></c><c r="B3"><f t="shared" si="1"/></c></row><row r="4"><c r="A4"><f t="shared" si="0"/></c><c r="B4"><f t="array" ref="B4">SUM(A1:A3)</f><v>1</v></c></row></sheetData>' +
      FACTS +
      X14,
  ),
  "the patcher's test sheet": worksheet(
    '<dimension ref="A1:B3"/><cols><col min="1" max="1" width="9"/></cols><sheetData>\r\n<row r="1" spans="1:2"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>émoji 😀 &amp; &lt;tekst&gt;</t></is></c></row>\r\n' +
      '<row><c><v>2</v></c><c/><!-- </row> <c r="Z2"><v>9</v></c> --><c><v>3</v></c></row>' +
      '<row r="3"><c r="B3" t="inlineStr"><is><t><![CDATA[a</t></c></row><c r="C3">b]]></t></is></c></row><!-- <row r="9"> -->' +
      '<row r="5"><c r="A5"><f>SUM(A1:A2)</f><v>3</v></c></row></sheetData>' +
      '<conditionalFormatting sqref="F2:F5"><cfRule type="expression" dxfId="0" priority="2"><formula>F2&gt;1</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="list" sqref="F2:F5"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
  ),
  "a byte order mark, blanks and comments around the root, blanks in end tags": `\uFEFF<?xml version="1.0"?>\n<!-- head -->\n${worksheet('<sheetData><row r="1" ><c r="A1" ><v>1</v ></c\n></row\t></sheetData >').replace(/^<\?xml[^>]*\?>/, "")}\n<!-- tail -->\n`,
  "a missing shared string": worksheet('<sheetData><row r="1"><c r="A1" t="s"><v>9</v></c></row></sheetData>'),
  "a value that is no number": worksheet('<sheetData><row r="1"><c r="A1"><v>één</v></c></row></sheetData>'),
  "a row past the grid": worksheet('<sheetData><row r="1048576"><c r="A1048576"><v>1</v></c></row><row><c><v>2</v></c></row></sheetData>'),
  "a column past the grid": worksheet('<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'),
  "a reference that is none": worksheet('<sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData>'),
  "a row number that is none": worksheet('<sheetData><row r="een"><c><v>1</v></c></row></sheetData>'),
};

test.each(Object.entries(TRICKY))("%s: read as saxes read it, however the text is cut", async (_, xml) => {
  const random = prng(xml.length);
  const expected = await expectAgreement([xml], CONTEXT, random, 64);
  if (xml.length < 20_000) expect(await outcome(readSheet, [...xml], CONTEXT)).toStrictEqual(expected);
  for (let run = 0; run < 10; run++) expect(await outcome(readSheet, randomPieces(xml, random, 1 + run * 7), CONTEXT)).toStrictEqual(expected);
});

test("a small sheet cut at every position reads the same", async () => {
  const xml = TRICKY["entities in text and attributes"];
  const expected = await outcome(readSheet, [xml], CONTEXT);
  expect(expected).not.toHaveProperty("refused");
  for (let at = 0; at <= xml.length; at++) expect(await outcome(readSheet, [xml.slice(0, at), xml.slice(at)], CONTEXT)).toStrictEqual(expected);
});

test("sheets damaged at random are refused as saxes refused them (with the same code), or read as it read them", async () => {
  const random = prng(20261201);
  const sound = ["every kind of value", "a prefix on every name", "CDATA sections in values, texts and formulas", "comments and processing instructions between cells and inside values"].map((name) => TRICKY[name]);
  const marks = ["<", ">", "/", '"', "'", "=", " ", "&", ";", "!", "-", "[", "]", "?", "\r", ":", "c", "v", "1", "#"];
  let refused = 0;
  for (let run = 0; run < 2000; run++) {
    let xml = sound[run % sound.length];
    for (let edit = 0; edit <= run % 3; edit++) {
      const at = Math.floor(random() * xml.length);
      const choice = random();
      const from = Math.floor(random() * xml.length);
      const inserted = choice < 0.33 ? "" : choice < 0.66 ? marks[Math.floor(random() * marks.length)] : xml.slice(from, from + 1 + Math.floor(random() * 12));
      xml = xml.slice(0, at) + inserted + xml.slice(choice < 0.33 ? at + 1 + Math.floor(random() * 3) : at);
    }
    const expected = await outcome(readSheetWithSaxes, [xml], CONTEXT);
    expect([xml, await outcome(readSheet, randomPieces(xml, random, 40), CONTEXT)]).toStrictEqual([xml, expected]);
    if ("refused" in expected) refused++;
  }
  expect(refused).toBeGreaterThan(1000);
});

const MALFORMED: Record<string, string> = {
  "an end tag that closes another element": worksheet('<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>'),
  "an element never closed": worksheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row>'),
  "an end tag with nothing open": `${worksheet("<sheetData/>")}</worksheet>`,
  "a text that ends inside a tag": worksheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>').slice(0, -15),
  "a text that ends inside an attribute value": '<worksheet><sheetData><row r="1',
  "a text that ends inside a comment": "<worksheet><sheetData/><!-- ",
  "a DOCTYPE before the root": `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]>${worksheet("<sheetData/>").replace(/^<\?xml[^>]*\?>\n/, "")}`,
  "a DOCTYPE inside the root": worksheet('<sheetData><!DOCTYPE x><row r="1"/></sheetData>'),
  'a "<" in text': worksheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>1 < 2</t></is></c></row></sheetData>'),
  'a "<" in an attribute value': worksheet('<sheetData><row r="1"><c r="A<1"><v>1</v></c></row></sheetData>'),
  "an attribute value without quotes": worksheet("<sheetData><row r=1><c><v>1</v></c></row></sheetData>"),
  "an attribute without a value": worksheet('<sheetData><row r="1" hidden><c><v>1</v></c></row></sheetData>'),
  "attributes without a blank between them": worksheet('<sheetData><row r="1"><c r="A1"t="s"><v>1</v></c></row></sheetData>'),
  'a "/" that does not end the tag': worksheet('<sheetData><row r="1"><c r="A1"/ ></row></sheetData>'),
  "an unknown entity": worksheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row></sheetData>'),
  "an entity that is no character": worksheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&#0;</t></is></c></row></sheetData>'),
  "an unknown entity in an attribute value": worksheet('<sheetData><row r="1" spans="&x;"><c r="A1"><v>1</v></c></row></sheetData>'),
  "an entity without its semicolon": worksheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>R&D</t></is></c></row></sheetData>'),
  "text after the root": `${worksheet("<sheetData/>")}tail`,
  "text before the root": `head${worksheet("<sheetData/>")}`,
  "a second root": `${worksheet("<sheetData/>")}<worksheet/>`,
  "no root at all": '<?xml version="1.0"?>\n<!-- nothing -->',
  "a CDATA section outside the root": `${worksheet("<sheetData/>")}<![CDATA[x]]>`,
  "markup that is none": worksheet("<sheetData><!ELEMENT x ANY></sheetData>"),
};

test.each(Object.entries(MALFORMED))("%s is refused as badXml naming the part, as saxes refused it", async (_, xml) => {
  const random = prng(xml.length);
  for (const chunks of [[xml], [...xml], randomPieces(xml, random, 16)]) {
    const refusal = await readSheet(pieces(chunks), CONTEXT).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(PackageRefusal);
    expect(refusal).toMatchObject({ code: "badXml", detail: expect.stringContaining(PART) });
  }
  expect(await outcome(readSheetWithSaxes, [xml], CONTEXT)).toEqual({ refused: "badXml" });
});
