import ExcelJS from "exceljs";
import { CsvFormatError, csvWorkbook } from "../../../cli/csvInventory";
import { cliText } from "../../../cli/cliText";
import type { Language } from "../../../domain";
import { repairPackage } from "../../../workbook/xlsx/packageRepair";
import { UnreadableFile } from "../unreadableFile";

/** An .xlsx file is a zip archive: it starts with a local file header. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads an inventory file picked by the analyst into an ExcelJS workbook,
 * as the batch tool does (the same CSV reader, the same package repair for
 * .xlsx files from other tools, the same messages), from bytes instead of a path.
 */
export async function readInventoryFile(bytes: Uint8Array, name: string, language: Language): Promise<ExcelJS.Workbook> {
  const say = cliText(language);
  const extension = /\.[^.]*$/.exec(name)?.[0].toLowerCase();
  if (extension === ".csv") {
    try {
      return csvWorkbook(bytes, name);
    } catch (error) {
      if (error instanceof CsvFormatError) throw new UnreadableFile(say.badCsv(name, error.record, error.message));
      throw error;
    }
  }
  if (extension !== ".xlsx") throw new UnreadableFile(say.wrongExtension(name));
  if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new UnreadableFile(say.notXlsx(name));
  const workbook = new ExcelJS.Workbook();
  try {
    const repaired = await repairPackage(bytes);
    await workbook.xlsx.load(repaired as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFile(say.corruptXlsx(name, error instanceof Error ? error.message : String(error)));
  }
  return workbook;
}
