import type { RefusalCode } from "../../workbook/package/packageRefusal";

/**
 * Why a workbook file is refused, in the analyst's words: what the file is and
 * what to do. The adapters that open files (`workbook/`) return a code; each
 * surface (the batch tool, browser mode) turns it into these words.
 */
export type RefusalText = Readonly<Record<RefusalCode, (file: string, detail: string) => string>>;

/** Why a file picked as an inventory cannot be opened before its contents are read (both the batch tool and browser mode say these). */
export interface FileText {
  readonly wrongExtension: (path: string) => string;
  readonly notXlsx: (path: string) => string;
  readonly badCsv: (path: string, record: number, reason: string) => string;
}

export interface FilesWords {
  readonly refusals: RefusalText;
  readonly file: FileText;
  /** The copy keeps the package's kind: macros stay in an .xlsm, and an .xlsm name needs macros. */
  readonly macroExtension: (output: string, macros: boolean) => string;
}
