import { CsvFormatError, csvInventory } from "../../../workbook/csvInventory";
import { FILE_TEXT, refusalText } from "../../../workbook/packageText";
import type { Language } from "../../../domain";
import { PackageWorkbook } from "../../../workbook/package/PackageWorkbook";
import { PackageRefusal } from "../../../workbook/package/packageRefusal";
import { startsLikeZip } from "../../../workbook/package/zipPackage";
import { UnreadableFile } from "../unreadableFile";

/**
 * Opens an inventory file picked by the analyst as the batch tool does (the
 * same CSV reader, the same package reader, the same messages), from bytes
 * instead of a path.
 */
export async function readInventoryFile(bytes: Uint8Array, name: string, language: Language): Promise<PackageWorkbook> {
  const say = FILE_TEXT[language];
  const extension = /\.[^.]*$/.exec(name)?.[0].toLowerCase();
  if (extension === ".csv") {
    try {
      return await csvInventory(bytes, name);
    } catch (error) {
      if (error instanceof CsvFormatError) throw new UnreadableFile(say.badCsv(name, error.record, error.message));
      throw error;
    }
  }
  if (extension !== ".xlsx" && extension !== ".xlsm") throw new UnreadableFile(say.wrongExtension(name));
  if (!startsLikeZip(bytes)) throw new UnreadableFile(say.notXlsx(name));
  try {
    return await PackageWorkbook.open(bytes);
  } catch (error) {
    if (error instanceof PackageRefusal) throw new UnreadableFile(refusalText(language)[error.code](name, error.detail));
    throw error;
  }
}

/** The copy's bytes: the package written into memory (browser mode hands them to the page as a download). */
export async function packageBytes(workbook: PackageWorkbook): Promise<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  await workbook.save(
    new WritableStream<Uint8Array>({
      write(chunk) {
        chunks.push(chunk);
      },
    }),
  );
  const blob = new Blob(chunks as BlobPart[], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  return blob.arrayBuffer();
}
