import { copyFileSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { compoundContent, compoundStreamNames } from "../../src/workbook/compoundFile";
import { contentRefusal, openInventoryBytes, utf16Order } from "../../src/workbook/fileKind";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { PackageRefusal, type RefusalCode } from "../../src/workbook/package/packageRefusal";
import { wordsFor } from "../../src/words/words";
import { readOwnership } from "../../src/usecases/ownership";
import { Stop } from "../../src/usecases/stop";
import { stopMessages } from "../../src/usecases/stopMessages";
import { compoundFileBytes } from "../hostile/compoundFileBytes";
import { HOSTILE_CASES } from "../hostile/hostileCorpus";
import { convert } from "../support/libreOffice";

jest.setTimeout(240_000);

const SAMPLE = resolve(__dirname, "../../samples/inventaris-ondersteuning-management.xlsx");
const bytesOf = async (name: string): Promise<Uint8Array> => {
  const hostile = HOSTILE_CASES.find((c) => c.name === name);
  if (!hostile) throw new Error(`no hostile case ${name}`);
  return hostile.bytes();
};

/** The refusal opening `bytes` as a file named `name` earns; fails the test when it opens. */
async function refusalOf(bytes: Uint8Array, name: string): Promise<PackageRefusal> {
  const outcome = await openInventoryBytes(bytes, name, name.endsWith(".csv") ? "csv" : "xlsx").then(
    () => new Error(`${name} opened`),
    (error: unknown) => error,
  );
  if (!(outcome instanceof PackageRefusal)) throw outcome;
  return outcome;
}

describe("what a file is, by its content", () => {
  it.each<[string, RefusalCode, string]>([
    ["legacy.xls", "legacyXls", "BIFF"],
    ["legacy-renamed.xlsx", "legacyXls", "BIFF"],
    ["biff5.csv", "legacyXls", "BIFF"],
    ["password.xlsx", "passwordProtected", "EncryptedPackage"],
    ["word97.xlsx", "otherDocument", "Word"],
    ["unknown-ole.xlsx", "compoundFile", "OLE2"],
    ["ods-renamed.xlsx", "ods", "application/vnd.oasis.opendocument.spreadsheet"],
    ["ods-mimetype-last.xlsx", "ods", "application/vnd.oasis.opendocument.spreadsheet"],
    ["letter-odt.xlsx", "otherDocument", "OpenDocument"],
    ["report-docx.xlsx", "otherDocument", "Word"],
    ["archive.xlsx", "plainZip", "1 entries"],
    ["empty-zip.xlsx", "plainZip", "0 entries"],
    ["empty.csv", "emptyFile", "0 bytes"],
    ["text.xlsx", "notXlsx", "no zip signature"],
    ["utf16le-bom.csv", "utf16Text", "UTF-16 LE"],
    ["utf16le.csv", "utf16Text", "UTF-16 LE"],
    ["utf16be-bom.csv", "utf16Text", "UTF-16 BE"],
    ["utf16be.csv", "utf16Text", "UTF-16 BE"],
    ["nul.csv", "notText", "56"],
  ])("%s is refused as %s (%s)", async (name, code, detail) => {
    expect(await refusalOf(await bytesOf(name), name)).toMatchObject({ code, detail });
  });

  it("reads a valid inventory, as CSV and as a workbook, and a workbook named .csv as a workbook", async () => {
    for (const name of ["valid.csv", "valid.xlsx"]) expect(await (await openInventoryBytes(await bytesOf(name), name, name.endsWith(".csv") ? "csv" : "xlsx")).sheetNames()).toHaveLength(1);
    expect(await (await openInventoryBytes(await bytesOf("valid.xlsx"), "named.csv", "csv")).sheetNames()).toEqual(["Inventaris"]);
  });

  it("refuses a CSV of more records than Excel has rows, naming the first cell beyond the grid", async () => {
    expect(await refusalOf(await bytesOf("too-many-records.csv"), "too-many-records.csv")).toMatchObject({ code: "tooManyRows", detail: "A1048577" });
    const header = "Post-ID;Personeel;Coördinatie;Advies\n";
    const fits = await openInventoryBytes(new TextEncoder().encode(header + "P;1;1;1\n".repeat(1_048_575)), "fits.csv", "csv");
    expect(await fits.usedBlock("fits")).toMatchObject({ row: 1, rows: 1_048_576 });
    const wide = `${"x;".repeat(16_384)}x\n`;
    expect(await refusalOf(new TextEncoder().encode(`a\n${wide}`), "wide.csv")).toMatchObject({ code: "tooManyRows", detail: "XFE2" });
  });

  it("tells UTF-16 without a byte order mark from single-byte text by its NULs, and lets text with an accent or an emoji be", () => {
    const le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf16le"));
    expect(utf16Order(le("Post-ID;Coördinatie\r\nP1;1\r\n"))).toBe("UTF-16 LE");
    expect(utf16Order(new TextEncoder().encode("Post-ID;Coördinatie 😀\r\nP1;1\r\n"))).toBeUndefined();
    expect(utf16Order(Uint8Array.from([0x41]))).toBeUndefined();
    expect(contentRefusal(new TextEncoder().encode("Post-ID;Personeel\n"))).toBeUndefined();
  });

  it("walks a compound file's directory, and gives up on a truncated or looping one instead of hanging", () => {
    const file = compoundFileBytes([{ name: "EncryptionInfo" }, { name: "EncryptedPackage" }]);
    expect(compoundStreamNames(file)).toEqual(["EncryptionInfo", "EncryptedPackage"]);
    expect(compoundStreamNames(file.slice(0, 700))).toBeUndefined();
    const looping = file.slice();
    new DataView(looping.buffer).setUint32(512 + 4, 1, true); // the directory sector's FAT entry points at itself
    expect(compoundStreamNames(looping)).toEqual(["EncryptionInfo", "EncryptedPackage"]);
    expect(compoundContent(file.slice(0, 700))).toBe("unknown");
  });
});

describe("files written by LibreOffice", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "assistlevel-kinds-"));
    copyFileSync(SAMPLE, join(folder, "inventaris.xlsx"));
  });

  it.each<[string, string, RefusalCode]>([
    ["an Excel 97–2003 workbook", "xls", "legacyXls"],
    ["an OpenDocument spreadsheet", "ods", "ods"],
  ])("%s is named as such, whatever its extension", async (_, format, code) => {
    const bytes = new Uint8Array(readFileSync(convert(join(folder, "inventaris.xlsx"), format, folder)));
    expect(contentRefusal(bytes)?.code).toBe(code);
    expect((await refusalOf(bytes, "inventaris.xlsx")).code).toBe(code);
    if (format === "xls") expect(compoundStreamNames(bytes)).toContain("Workbook");
  });
});

describe("every refusal in the analyst's language", () => {
  const CODES: RefusalCode[] = ["emptyFile", "notXlsx", "legacyXls", "passwordProtected", "ods", "otherDocument", "compoundFile", "plainZip", "utf16Text", "notText", "tooManyRows"];

  it.each(CODES)("%s names the file in English, Dutch and French, in three different sentences", (code) => {
    const said = (["en", "nl", "fr"] as const).map((language) => wordsFor(language).files.refusals[code]("inventaris.xls", "7"));
    for (const sentence of said) expect(sentence).toContain("inventaris.xls");
    expect(new Set(said).size).toBe(3);
  });

  it("says what to do with each kind of file (English)", () => {
    const en = wordsFor("en").files.refusals;
    expect(en.legacyXls("a.xls", "BIFF")).toMatch(/Excel 97–2003 workbook .* save it as "Excel Workbook \(\*\.xlsx\)"/);
    expect(en.passwordProtected("a.xlsx", "")).toMatch(/password-protected .* remove the password/);
    expect(en.ods("a.ods", "")).toMatch(/OpenDocument spreadsheet .* "Excel 2007-365 \(\.xlsx\)"/);
    expect(en.utf16Text("a.csv", "UTF-16 LE")).toMatch(/UTF-16 text \(UTF-16 LE.* "CSV UTF-8 \(Comma delimited\) \(\*\.csv\)"/);
    expect(en.otherDocument("a.xlsx", "Word")).toBe("Cannot read a.xlsx: it is a document (Word), not a workbook. Pick the inventory's .xlsx, .xlsm or .csv file.");
  });
});

describe("a damaged state sheet", () => {
  async function withState(record: string): Promise<PackageWorkbook> {
    const workbook = await PackageWorkbook.blank();
    await workbook.addSheet("AssistLevel.state");
    const rows = [
      ["key", "value"],
      ["sheet:matrix", "Matrix A1-A4"],
      ["results:Posten", record],
    ];
    await workbook.write({ sheet: "AssistLevel.state", row: 1, column: 1, rows: 3, columns: 2 }, rows);
    return workbook;
  }

  it.each([
    ["not JSON", '{"headerRow":1,'],
    ["JSON without the record's fields", '{"headerRow":1}'],
    ["JSON null", "null"],
  ])("stops the run when a results record is %s, naming the sheet and the cell, in the analyst's language", async (_, record) => {
    const workbook = await withState(record);
    for (const language of ["en", "nl", "fr"] as const) {
      const stopped = await readOwnership(workbook, language).catch((error: unknown) => error);
      expect(stopped).toBeInstanceOf(Stop);
      expect(stopped).toMatchObject({ code: "damagedState", message: stopMessages(language).damagedState("AssistLevel.state", "B3") });
    }
    expect(stopMessages("en").damagedState("AssistLevel.state", "B3")).toMatch(/"AssistLevel\.state", cell B3\) is damaged.*Evaluate the original inventory/);
  });

  it("reads a sound record as before", async () => {
    const record = { headerRow: 1, column: 6, lastRow: 3, headers: ["Indicative class"], validated: [], fingerprints: ["x"] };
    expect((await readOwnership(await withState(JSON.stringify(record)), "en")).results.Posten).toEqual(record);
  });
});
