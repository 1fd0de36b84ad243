import { readFileSync, statSync } from "fs";
import type { Language } from "../domain";
import type { PackageWorkbook } from "../workbook/package/PackageWorkbook";
import { PackageRefusal } from "../workbook/package/packageRefusal";
import type { CliText } from "./cliText";
import { CsvFormatError, contentRefusal, openInventoryBytes } from "../workbook/fileKind";
import { UsageError } from "./exitCodes";
import { type FileFormat, formatOf } from "./outputPath";
import { wordsFor } from "../words/words";

/**
 * Opens an inventory file as a workbook package, only reading the file.
 * Anything that makes it unreadable (missing, a folder, another format, a
 * damaged or hostile package, malformed CSV) is a UsageError naming the file
 * and the reason; a file that is something else (an .xls, an .ods, a
 * password-protected workbook, UTF-16 text…) is named for what it is,
 * whatever its extension (src/workbook/fileKind.ts). A CSV inventory
 * becomes a new workbook with one sheet.
 */
export async function openInventoryFile(path: string, language: Language, say: CliText): Promise<PackageWorkbook> {
  const format = checkInput(path, say, language);
  try {
    return await openInventoryBytes(readBytes(path, say), path, format);
  } catch (error) {
    if (error instanceof CsvFormatError) throw new UsageError(say.badCsv(path, error.record, error.message));
    throw refusalAsUsage(error, path, language);
  }
}

/** Turns a refusal found while the copy is read or written (a part read only then) into the analyst's words. */
export function refusalAsUsage(error: unknown, path: string, language: Language): unknown {
  return error instanceof PackageRefusal ? new UsageError(wordsFor(language).files.refusals[error.code](path, error.detail)) : error;
}

/**
 * The input's format, once it is known to be an existing .xlsx, .xlsm or
 * .csv file (checked before the output). A file with another extension is
 * refused saying what it is when its content tells (an .xls, an .ods…).
 */
export function checkInput(path: string, say: CliText, language: Language): FileFormat {
  const format = formatOf(path);
  if (format === undefined) {
    const refused = isReadableFile(path) ? contentRefusal(readBytes(path, say)) : undefined;
    throw refused ? refusalAsUsage(refused, path, language) : new UsageError(say.wrongExtension(path));
  }
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

function isReadableFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file's bytes; a file that exists but cannot be read (permissions…) is a UsageError. */
function readBytes(path: string, say: CliText): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(say.unreadable(path, (error as Error).message));
  }
}
