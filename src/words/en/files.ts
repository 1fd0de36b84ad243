import type { FilesWords, RefusalText } from "../sections/files";

/** Why a workbook file is refused: what the file is and what to do. */
const REFUSALS: RefusalText = {
  notZip: (file, detail) => `Cannot read ${file}: not an .xlsx workbook (the zip package cannot be read: ${detail}).`,
  notWorkbook: (file, detail) => `Cannot read ${file}: the package holds no Excel workbook (${detail}).`,
  encrypted: (file) => `Cannot read ${file}: its parts are encrypted. Save it in Excel without a password, then evaluate that copy.`,
  missingPart: (file, detail) => `Cannot read ${file}: the workbook is damaged: the part ${detail} is missing. Open and save it in Excel to repair it.`,
  damagedPart: (file, detail) => `Cannot read ${file}: the workbook is damaged: ${detail}. Open and save it in Excel to repair it.`,
  partTooLarge: (file, detail) =>
    `Cannot read ${file}: the part ${detail} unpacks to more than a workbook can hold (or to over 250 times its packed size), so it was refused before being unpacked.`,
  badXml: (file, detail) => `Cannot read ${file}: the workbook is damaged (${detail}). Open and save it in Excel to repair it.`,
  tooManyRows: (file, detail) => `Cannot read ${file}: ${detail} lies beyond Excel's grid of 1,048,576 rows and 16,384 columns.`,
  lockedStructure: (file) =>
    `Cannot evaluate ${file}: its structure is protected (Review › Protect Workbook), so the matrix, summary and log sheets cannot be added. Remove that protection, or evaluate a copy without it.`,
  emptyFile: (file) => `Cannot read ${file}: the file is empty (0 bytes). Pick the file that holds the inventory, or save it again from Excel.`,
  notXlsx: (file) => `Cannot read ${file}: not an .xlsx file (zip signature missing). If it holds CSV text, name it .csv; otherwise save it from Excel as an .xlsx workbook.`,
  legacyXls: (file) =>
    `Cannot read ${file}: it is an Excel 97–2003 workbook (.xls, BIFF format), which AssistLevel does not read. Open it in Excel and save it as "Excel Workbook (*.xlsx)", then evaluate that file.`,
  passwordProtected: (file) =>
    `Cannot read ${file}: it is a password-protected (encrypted) workbook. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, empty the password), save it, then evaluate that file.`,
  ods: (file) =>
    `Cannot read ${file}: it is an OpenDocument spreadsheet (.ods), which AssistLevel does not read. Save it in LibreOffice Calc as "Excel 2007-365 (.xlsx)" (or in Excel as an .xlsx workbook), then evaluate that file.`,
  otherDocument: (file, detail) => `Cannot read ${file}: it is a document (${detail}), not a workbook. Pick the inventory's .xlsx, .xlsm or .csv file.`,
  compoundFile: (file) => `Cannot read ${file}: it is an OLE compound file (an older Office format) without an Excel workbook in it. Pick the inventory's .xlsx, .xlsm or .csv file.`,
  plainZip: (file) => `Cannot read ${file}: it is a zip archive without an Excel workbook in it (no xl/workbook.xml). If the inventory is inside, unzip it and pick the .xlsx file.`,
  utf16Text: (file, detail) => `Cannot read ${file}: it is UTF-16 text (${detail}, Excel's "Unicode Text"). In Excel, save it as "CSV UTF-8 (Comma delimited) (*.csv)", then evaluate that file.`,
  notText: (file, detail) =>
    `Cannot read ${file}: it is not a CSV file but binary data (byte ${detail} is a control character no text holds). Pick the inventory's .csv, .xlsx or .xlsm file.`,
};

export const FILES: FilesWords = {
  refusals: REFUSALS,
  file: {
    wrongExtension: (path) => `Cannot read ${path}: AssistLevel reads .xlsx, .xlsm and .csv files (save .xls or .ods files as an .xlsx workbook first).`,
    notXlsx: (path) => REFUSALS.notXlsx(path, ""),
    badCsv: (path, record, reason) => `Cannot read ${path}: malformed CSV at record ${record} (${reason}).`,
  },
  macroExtension: (output, macros) => (macros ? `-o ${output}: the workbook holds macros, so its copy must end in .xlsm.` : `-o ${output}: the workbook holds no macros, so its copy must end in .xlsx.`),
};
