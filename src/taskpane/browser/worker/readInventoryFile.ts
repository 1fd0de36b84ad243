import { CsvFormatError, contentRefusal, openInventoryBytes } from "../../../workbook/fileKind";
import { wordsFor } from "../../../words/words";
import type { Language } from "../../../domain";
import type { PackageWorkbook } from "../../../workbook/package/PackageWorkbook";
import { PackageRefusal } from "../../../workbook/package/packageRefusal";
import { UnreadableFile } from "../unreadableFile";

/**
 * Opens an inventory file picked by the analyst as the batch tool does (the
 * same content checks, CSV reader, package reader and messages), from bytes
 * instead of a path: a file that is something else (an .xls, an .ods, a
 * password-protected workbook, UTF-16 text…) is named for what it is,
 * whatever its extension.
 */
export async function readInventoryFile(bytes: Uint8Array, name: string, language: Language): Promise<PackageWorkbook> {
  const say = wordsFor(language).files.file;
  const extension = /\.[^.]*$/.exec(name)?.[0].toLowerCase();
  const format = extension === ".csv" ? "csv" : extension === ".xlsx" || extension === ".xlsm" ? "xlsx" : undefined;
  try {
    if (format === undefined) throw contentRefusal(bytes) ?? new UnreadableFile(say.wrongExtension(name));
    return await openInventoryBytes(bytes, name, format);
  } catch (error) {
    if (error instanceof CsvFormatError) throw new UnreadableFile(say.badCsv(name, error.record, error.message));
    if (error instanceof PackageRefusal) throw new UnreadableFile(wordsFor(language).files.refusals[error.code](name, error.detail));
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
