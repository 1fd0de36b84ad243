import type ExcelJS from "exceljs";
import { closeSync, openSync, readFileSync, readSync, statSync } from "fs";
import { STREAM_ABOVE_BYTES, StreamedWorkbook } from "../workbook/xlsx/StreamedWorkbook";
import { readXlsx } from "../workbook/xlsx/xlsxFile";
import type { CliText } from "./cliText";
import { CsvFormatError, csvWorkbook } from "./csvInventory";
import { UsageError } from "./exitCodes";
import { type FileFormat, formatOf } from "./outputPath";

/** An .xlsx file is a zip archive: it starts with a local file header. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an inventory file into a workbook, only reading the file. Anything
 * that makes it unreadable (missing, a folder, another format, a corrupt
 * workbook, malformed CSV) is a UsageError naming the file and the reason.
 */
export async function readInventory(path: string, say: CliText): Promise<ExcelJS.Workbook> {
  const format = checkInput(path, say);
  if (format === "csv") {
    try {
      return csvWorkbook(readBytes(path, say), path);
    } catch (error) {
      if (error instanceof CsvFormatError) throw new UsageError(say.badCsv(path, error.record, error.message));
      throw error;
    }
  }
  if (!startsWithZipSignature(path, say)) throw new UsageError(say.notXlsx(path));
  try {
    return await readXlsx(path);
  } catch (error) {
    // The file is a zip but ExcelJS cannot make a workbook of it (truncated,
    // another zip, broken XML): a property of the file, reported as such.
    throw new UsageError(say.corruptXlsx(path, error instanceof Error ? error.message : String(error)));
  }
}

/** Reads a large .xlsx inventory as a stream (see StreamedWorkbook); unreadable files are UsageErrors. */
export async function readStreamedInventory(path: string, say: CliText): Promise<StreamedWorkbook> {
  if (!startsWithZipSignature(path, say)) throw new UsageError(say.notXlsx(path));
  try {
    return await StreamedWorkbook.read(path);
  } catch (error) {
    throw new UsageError(say.corruptXlsx(path, error instanceof Error ? error.message : String(error)));
  }
}

/** True when the input is an .xlsx too large to hold as an ExcelJS workbook. */
export function isLargeXlsx(path: string): boolean {
  return formatOf(path) === "xlsx" && statSync(path).size > STREAM_ABOVE_BYTES;
}

/** The input's format, once it is known to be an existing .xlsx or .csv file (checked before the output). */
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
  const head = readBytes(path, say, ZIP_SIGNATURE.length);
  return head.length === ZIP_SIGNATURE.length && ZIP_SIGNATURE.every((byte, i) => head[i] === byte);
}
