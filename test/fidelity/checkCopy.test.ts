import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { checkCopy, describeFinding, recalculateWorkbooks } from "./checkCopy";

/**
 * The checker can fail: hand-altered copies of a corpus file, each with one
 * kind of loss, each seen as a finding; and the changes a lossless copy does
 * make (cells, styles and a sheet appended) pass.
 */
jest.setTimeout(180_000);

const ORIGINAL = fs.readFileSync(path.join(__dirname, "../fixtures/fidelity/openpyxl/definedNames.xlsx"));
const INVENTORY = "xl/worksheets/sheet1.xml";
const structural = { inventorySheet: "Posten", recalculated: "skip" } as const;

async function altered(edit: (zip: JSZip) => void | Promise<void>, bytes: Uint8Array = ORIGINAL): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function editPart(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  const xml = await zip.file(part)!.async("string");
  const edited = edit(xml);
  if (edited === xml) throw new Error(`the edit changed nothing in ${part}`);
  zip.file(part, edited);
}

async function findings(copy: Uint8Array): Promise<string[]> {
  return (await checkCopy(ORIGINAL, copy, structural)).map(describeFinding);
}

/** What a lossless copy does: result cells appended, a style appended, a new sheet wired in. */
async function losslessCopy(zip: JSZip): Promise<void> {
  await editPart(zip, INVENTORY, (xml) =>
    xml
      .replace('<dimension ref="A1:K7"/>', '<dimension ref="A1:M7"/>')
      .replace(/(<row r="2">.*?)<\/row>/, '$1<c r="L2" s="1" t="inlineStr"><is><t>A1</t></is></c></row>'),
  );
  await editPart(zip, "xl/styles.xml", (xml) =>
    xml.replace(/<cellXfs count="1">(.*?)<\/cellXfs>/, '<cellXfs count="2">$1<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"/></cellXfs>'),
  );
  await editPart(zip, "xl/workbook.xml", (xml) =>
    xml.replace("</sheets>", '<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="Matrix" sheetId="4" r:id="rId9"/></sheets>'),
  );
  await editPart(zip, "xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/matrix.xml" Id="rId9"/></Relationships>'),
  );
  await editPart(zip, "[Content_Types].xml", (xml) =>
    xml.replace("</Types>", '<Override PartName="/xl/worksheets/matrix.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
  );
  zip.file("xl/worksheets/matrix.xml", '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>');
}

test("the original itself, re-zipped, is a lossless copy", async () => {
  expect(await findings(await altered(() => undefined))).toEqual([]);
});

test("appended cells, styles and a wired-in sheet are what a copy may add", async () => {
  expect(await findings(await altered(losslessCopy))).toEqual([]);
});

test("a removed defined name is found", async () => {
  const copy = await altered((zip) => editPart(zip, "xl/workbook.xml", (xml) => xml.replace('<definedName name="Drempel">Instellingen!$B$1</definedName>', "")));
  expect(await findings(copy)).toEqual(["xl/workbook.xml definedName Drempel: the name is gone (it referred to Instellingen!$B$1)"]);
});

test("two sheet-scoped names merged into one workbook name are found", async () => {
  const copy = await altered((zip) =>
    editPart(zip, "xl/workbook.xml", (xml) =>
      xml.replace('<definedName name="Ber" localSheetId="0">Posten!$A$2:$A$4</definedName>', "").replace('name="Ber" localSheetId="2"', 'name="Ber"'),
    ),
  );
  expect(await findings(copy)).toEqual([
    "xl/workbook.xml definedName Ber (sheet-scoped, localSheetId 0): the name is gone (it referred to Posten!$A$2:$A$4)",
    "xl/workbook.xml definedName Ber (sheet-scoped, localSheetId 2): the name is gone (it referred to Controle!$A$1:$A$2)",
  ]);
});

test("a changed cell is found by its address, and a changed style index too", async () => {
  const copy = await altered((zip) => editPart(zip, INVENTORY, (xml) => xml.replace('<c r="C2" t="n"><v>45</v>', '<c r="C2" t="n" s="1"><v>46</v>')));
  expect(await findings(copy)).toEqual([
    'xl/worksheets/sheet1.xml Posten!C2: value changed from "45" to "46"',
    'xl/worksheets/sheet1.xml Posten!C2: style index s changed from "0" to "1"',
  ]);
});

test("a cell that only held a style may receive a value, but keeps its style", async () => {
  const styledEmpty = await altered((zip) => editPart(zip, INVENTORY, (xml) => xml.replace(/(<row r="2">.*?)<\/row>/, '$1<c r="L2" s="0"/><c r="M2" s="0"/></row>')));
  const filled = await altered(
    (zip) => editPart(zip, INVENTORY, (xml) => xml.replace('<c r="L2" s="0"/><c r="M2" s="0"/>', '<c r="L2" s="0" t="inlineStr"><is><t>A1</t></is></c><c r="M2" s="1"><v>2</v></c>')),
    styledEmpty,
  );
  const found = await checkCopy(styledEmpty, filled, structural);
  expect(found.map(describeFinding)).toEqual(['xl/worksheets/sheet1.xml Posten!M2: style index s changed from "0" to "1"']);
});

test("a reordered element is found", async () => {
  const copy = await altered((zip) =>
    editPart(zip, INVENTORY, (xml) => xml.replace(/(<sheetViews>.*?<\/sheetViews>)(<sheetFormatPr [^>]*\/>)/, "$2$1")),
  );
  expect(await findings(copy)).toEqual(["xl/worksheets/sheet1.xml /worksheet/sheetFormatPr: was moved: it now comes before <sheetViews>, which it followed"]);
});

test("a style inserted before the original ones renumbers them, and is found", async () => {
  const copy = await altered((zip) =>
    editPart(zip, "xl/styles.xml", (xml) => xml.replace('<cellXfs count="1">', '<cellXfs count="2"><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/>')),
  );
  expect(await findings(copy)).toEqual([
    'xl/styles.xml /styleSheet/cellXfs/xf#0: attribute numFmtId changed from "0" to "14"',
    'xl/styles.xml /styleSheet/cellXfs/xf#0: attribute pivotButton="0" was removed',
    'xl/styles.xml /styleSheet/cellXfs/xf#0: attribute quotePrefix="0" was removed',
  ]);
});

test("a dropped part is found, with the relationship left pointing at it", async () => {
  const copy = await altered((zip) => void zip.remove("xl/theme/theme1.xml"));
  expect(await findings(copy)).toEqual([
    "xl/theme/theme1.xml: the part is missing from the copy",
    "xl/_rels/workbook.xml.rels Relationship[Id=rId5]: points at xl/theme/theme1.xml, which is not in the copy",
  ]);
});

test("a new part nothing points at, without a content type, is found", async () => {
  const copy = await altered((zip) => void zip.file("xl/media/orphan.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47])));
  expect(await findings(copy)).toEqual([
    "xl/media/orphan.png: new part without a content type (no Default for its extension, no Override)",
    "xl/media/orphan.png: new part that no relationship reaches from the package root",
  ]);
});

test("a changed part that a copy may not change is found", async () => {
  const copy = await altered((zip) => editPart(zip, "xl/worksheets/sheet2.xml", (xml) => xml.replace("<v>100</v>", "<v>200</v>")));
  expect(await findings(copy)).toEqual([
    "xl/worksheets/sheet2.xml: the part's bytes changed; only the inventory sheet, styles, workbook, its relationships and content types may change",
  ]);
});

test("a copy that is not a zip is found", async () => {
  expect(await findings(new TextEncoder().encode("not a workbook"))).toEqual([
    expect.stringMatching(/^\(package\): the copy is not a readable zip package/),
  ]);
});

describe("LibreOffice", () => {
  test("the original checked against itself opens and recalculates the same", async () => {
    expect((await checkCopy(ORIGINAL, ORIGINAL, { inventorySheet: "Posten" })).map(describeFinding)).toEqual([]);
  });

  test("a lost name shows as a formula that recalculates differently, and a broken copy as not opening", async () => {
    const withoutName = await altered((zip) => editPart(zip, "xl/workbook.xml", (xml) => xml.replace(/<definedName name="Drempel">.*?<\/definedName>/, "")));
    const broken = await altered((zip) => void zip.remove("xl/workbook.xml"));
    const [original, lostName, notOpened] = await recalculateWorkbooks([ORIGINAL, withoutName, broken]);
    const recalculatedFindings = async (copy: Uint8Array, recalculatedCopy: typeof original) =>
      (await checkCopy(ORIGINAL, copy, { inventorySheet: "Posten", recalculated: { original, copy: recalculatedCopy } }))
        .filter((finding) => finding.part === "LibreOffice")
        .map(describeFinding);

    expect(await recalculatedFindings(withoutName, lostName)).toEqual([
      'LibreOffice Posten!J2: recalculates to "#NAME?" (t=e) in the copy, 4500 in the original',
      'LibreOffice Posten!J3: recalculates to "#NAME?" (t=e) in the copy, 18000 in the original',
      'LibreOffice Posten!J4: recalculates to "#NAME?" (t=e) in the copy, 65000 in the original',
      'LibreOffice Posten!J5: recalculates to "#NAME?" (t=e) in the copy, 120000 in the original',
      'LibreOffice Posten!J6: recalculates to "#NAME?" (t=e) in the copy, 240000 in the original',
      'LibreOffice Posten!J7: recalculates to "#NAME?" (t=e) in the copy, 9000 in the original',
      'LibreOffice Controle!B1: recalculates to "#NAME?" (t=e) in the copy, 200 in the original',
      'LibreOffice Controle!B4: recalculates to "#NAME?" (t=e) in the copy, 45.65 in the original',
    ]);
    expect(await recalculatedFindings(broken, notOpened)).toEqual(["LibreOffice: LibreOffice could not open the copy (a headless conversion wrote nothing)"]);
  });
});
