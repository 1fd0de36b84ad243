/**
 * Why a use case stopped before writing anything: the workbook is not as it
 * needs to be (a foreign cell in the way, a missing column…). The message is
 * already in the analyst's language and names the sheet, cell or header.
 * Surfaces show it (CLI: stderr and exit 2; pane: a MessageBar); any other
 * exception is a defect and is shown as one.
 */
export class Stop extends Error {
  constructor(
    readonly code: StopCode,
    message: string,
  ) {
    super(message);
    this.name = "Stop";
  }
}

export type StopCode =
  | "noSheet"
  | "emptySheet"
  | "noHeader"
  | "missingColumns"
  | "ambiguousColumn"
  | "unknownMapping"
  | "mapTwice"
  | "mapResults"
  | "foreignCells"
  | "foreignSheet"
  | "changedResults"
  | "editedResults"
  | "noTable"
  | "tableHeaderTaken"
  | "spillBlocked"
  | "damagedState"
  | "mergedResults"
  | "noRoomForResults"
  | "cancelled";
