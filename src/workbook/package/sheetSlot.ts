import type { OwnSheet } from "./ownSheet";
import type { SheetPatch } from "./sheetPatch";
import type { SheetRead } from "./sheetReader";
import type { SheetEntry, SheetState } from "./workbookPart";

/**
 * One sheet of the workbook as the port holds it: an existing sheet (read
 * on first use, changed through a patch) or a sheet the product writes whole
 * (`own`: one it added, or one of its own sheets cleared for a re-run).
 */
export interface SheetSlot {
  readonly name: string;
  /** Its `<sheet>` in the original workbook.xml; undefined for a sheet this run adds. */
  readonly entry?: SheetEntry;
  /** The worksheet part; undefined for a chart sheet. */
  readonly part?: string;
  state: SheetState;
  own?: OwnSheet;
  /** An existing sheet the product cleared: its part is written anew from `own`. */
  replaced: boolean;
  loaded?: SheetRead;
  patch?: SheetPatch;
}
