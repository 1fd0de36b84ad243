import { compoundContent, startsLikeCompoundFile } from "./compoundFile";
import { CsvFormatError, csvInventory } from "./csvInventory";
import { PackageWorkbook } from "./package/PackageWorkbook";
import { PackageRefusal } from "./package/packageRefusal";
import { ZipPackage, startsLikeZip } from "./package/zipPackage";

export { CsvFormatError };

/**
 * What a file picked as an inventory is, told by its content rather than its
 * name, so that the batch tool and browser mode refuse an .xls, an .ods, a
 * password-protected workbook, a Word document or UTF-16 text by saying what
 * it is (a PackageRefusal each surface words in the analyst's language).
 */

/** The "mimetype" part every OpenDocument package starts with ([ODF 1.2] part 3, 3.3). */
const ODF_MIMETYPE = "application/vnd.oasis.opendocument.";
const ODS_MIMETYPE = `${ODF_MIMETYPE}spreadsheet`;
/** An empty zip archive is its end-of-central-directory record alone. */
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
/** Bytes looked at to tell text from UTF-16 or binary data. */
const SAMPLE_BYTES = 8192;

/**
 * The refusal a file's content earns whatever its name: empty, a compound
 * file (.xls, encrypted workbook, .doc, .ppt), an OpenDocument spreadsheet,
 * UTF-16 text. Undefined for a zip package or single-byte text, which are
 * read on (`openInventoryBytes`). Reads nothing but `bytes`; synchronous, so
 * the batch tool can say what a file with an unknown extension is.
 */
export function contentRefusal(bytes: Uint8Array): PackageRefusal | undefined {
  if (bytes.length === 0) return new PackageRefusal("emptyFile", "0 bytes");
  if (startsLikeCompoundFile(bytes)) {
    const content = compoundContent(bytes);
    if (content === "legacyXls") return new PackageRefusal("legacyXls", "BIFF");
    if (content === "encryptedWorkbook") return new PackageRefusal("passwordProtected", "EncryptedPackage");
    if (content === "unknown") return new PackageRefusal("compoundFile", "OLE2");
    return new PackageRefusal("otherDocument", content);
  }
  if (startsLikeZip(bytes)) return odfRefusal(storedMimetype(bytes));
  const utf16 = utf16Order(bytes);
  if (utf16) return new PackageRefusal("utf16Text", utf16);
  return undefined;
}

/**
 * Opens an inventory's bytes as both surfaces do: a zip package as a
 * workbook (whatever the extension), single-byte text as CSV when the name
 * says .csv. Throws a PackageRefusal for every file it cannot read (saying
 * what the file is when that is known) and a CsvFormatError for malformed CSV.
 */
export async function openInventoryBytes(bytes: Uint8Array, name: string, format: "xlsx" | "csv"): Promise<PackageWorkbook> {
  const refused = contentRefusal(bytes);
  if (refused) throw refused;
  if (startsLikeZip(bytes) || startsLike(bytes, EMPTY_ZIP_SIGNATURE)) return openPackage(bytes);
  if (format === "xlsx") throw new PackageRefusal("notXlsx", "no zip signature");
  const control = firstControlByte(bytes);
  if (control !== undefined) throw new PackageRefusal("notText", String(control + 1));
  return csvInventory(bytes, name);
}

/** A package that is no workbook says what it is instead: an .ods, a Word document, a plain zip… */
async function openPackage(bytes: Uint8Array): Promise<PackageWorkbook> {
  try {
    return await PackageWorkbook.open(bytes);
  } catch (error) {
    if (!(error instanceof PackageRefusal) || error.code !== "notWorkbook") throw error;
    throw (await zipRefusal(bytes)) ?? error;
  }
}

/** What a zip that holds no workbook holds, by its parts' names. */
async function zipRefusal(bytes: Uint8Array): Promise<PackageRefusal | undefined> {
  const zip = await ZipPackage.open(bytes);
  if (zip.has("mimetype")) {
    const mimetype = (await zip.text("mimetype").catch(() => "")).trim();
    const refused = odfRefusal(mimetype);
    if (refused) return refused;
  }
  if (zip.has("word/document.xml")) return new PackageRefusal("otherDocument", "Word");
  if (zip.has("ppt/presentation.xml")) return new PackageRefusal("otherDocument", "PowerPoint");
  if (!zip.has("xl/workbook.xml")) return new PackageRefusal("plainZip", `${zip.entries.length} entries`);
  return undefined;
}

function odfRefusal(mimetype: string | undefined): PackageRefusal | undefined {
  if (mimetype === ODS_MIMETYPE || mimetype === `${ODS_MIMETYPE}-template`) return new PackageRefusal("ods", mimetype);
  if (mimetype?.startsWith(ODF_MIMETYPE)) return new PackageRefusal("otherDocument", "OpenDocument");
  return undefined;
}

/** The content of an OpenDocument package's first entry when it is the stored "mimetype" ODF requires there. */
function storedMimetype(bytes: Uint8Array): string | undefined {
  if (bytes.length < 30) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const start = 30 + nameLength + extraLength;
  if (method !== 0 || size > 100 || start + size > bytes.length) return undefined;
  if (ascii(bytes.subarray(30, 30 + nameLength)) !== "mimetype") return undefined;
  return ascii(bytes.subarray(start, start + size));
}

const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

const startsLike = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((byte, i) => bytes[i] === byte);

/**
 * "UTF-16 LE" or "UTF-16 BE" when the text is UTF-16: a byte order mark, or
 * without one the pattern Latin text leaves, a NUL in every other byte (most
 * high bytes of LE text are NUL, most low bytes of BE text are).
 */
export function utf16Order(bytes: Uint8Array): "UTF-16 LE" | "UTF-16 BE" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16 LE";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16 BE";
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs === 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++;
    if (bytes[2 * i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs / 2 && evenNuls <= pairs / 20) return "UTF-16 LE";
  if (evenNuls >= pairs / 2 && oddNuls <= pairs / 20) return "UTF-16 BE";
  return undefined;
}

/**
 * The offset of the first byte that text never holds (NUL, or a control
 * character other than tab, line feed, carriage return, form feed and escape
 * when they make up more than 1 % of the sample), or undefined for text.
 */
function firstControlByte(bytes: Uint8Array): number | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return nul;
  const sample = Math.min(bytes.length, SAMPLE_BYTES);
  let first: number | undefined;
  let count = 0;
  for (let i = 0; i < sample; i++) {
    const byte = bytes[i];
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) {
      first ??= i;
      count++;
    }
  }
  return count > sample / 100 ? first : undefined;
}
