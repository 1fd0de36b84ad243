import { closeSync, openSync, readFileSync, readSync, statSync } from "fs";
import type { Language } from "../domain";
import { PackageWorkbook } from "../workbook/package/PackageWorkbook";
import { PackageRefusal } from "../workbook/package/packageRefusal";
import { startsLikeZip } from "../workbook/package/zipPackage";
import type { CliText } from "./cliText";
import { CsvFormatError, csvInventory } from "../workbook/csvInventory";
import { UsageError } from "./exitCodes";
import { type FileFormat, formatOf } from "./outputPath";
import { refusalText } from "../workbook/packageText";

/**
 * Opens an inventory file as a workbook package, only reading the file.
 * Anything that makes it unreadable (missing, a folder, another format, a
 * damaged or hostile package, malformed CSV) is a UsageError naming the file
 * and the reason. A CSV inventory becomes a new workbook with one sheet.
 */
export async function openInventoryFile(path: string, language: Language, say: CliText): Promise<PackageWorkbook> {
  const format = checkInput(path, say);
  if (format === "csv") {
    try {
      return await csvInventory(readBytes(path, say), path);
    } catch (error) {
      if (error instanceof CsvFormatError) throw new UsageError(say.badCsv(path, error.record, error.message));
      throw error;
    }
  }
  if (!startsWithZipSignature(path, say)) throw new UsageError(say.notXlsx(path));
  try {
    return await PackageWorkbook.open(readBytes(path, say));
  } catch (error) {
    if (error instanceof PackageRefusal) throw new UsageError(refusalText(language)[error.code](path, error.detail));
    throw error;
  }
}

/** Turns a refusal found while the copy is read or written (a part read only then) into the analyst's words. */
export function refusalAsUsage(error: unknown, path: string, language: Language): unknown {
  return error instanceof PackageRefusal ? new UsageError(refusalText(language)[error.code](path, error.detail)) : error;
}

/** The input's format, once it is known to be an existing .xlsx, .xlsm or .csv file (checked before the output). */
export function checkInput(path: string, say: CliText): FileFormat {
  const format = formatOf(path);
  if (format === undefined) throw new UsageError(say.wrongExtension(path));
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(say.noSuchFile(path));
    throw new UsageError(say.unreadable(path, (error as Error).message));
  }
  if (!isFile) throw new UsageError(say.notAFile(path));
  return format;
}

/** The file's bytes; a file that exists but cannot be read (permissions…) is a UsageError. */
function readBytes(path: string, say: CliText, length?: number): Uint8Array {
  try {
    if (length === undefined) return readFileSync(path);
    const head = Buffer.alloc(length);
    const fd = openSync(path, "r");
    try {
      return head.subarray(0, readSync(fd, head, 0, length, 0));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(say.unreadable(path, (error as Error).message));
  }
}

function startsWithZipSignature(path: string, say: CliText): boolean {
  return startsLikeZip(readBytes(path, say, 4));
}
