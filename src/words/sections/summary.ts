import type { ThresholdName } from "../../usecases/summary/summaryTables";

/** The labels of the summary sheet in one language (flag names come from the domain's catalogue). */
export interface SummaryText {
  readonly title: (inventorySheet: string) => string;
  /** `matrix` is the version stamp (`matrixStamp`). */
  readonly note: (matrix: string, evaluated: number, invalid: number) => string;
  /** Said when the results are portable formulas: they follow edits, this sheet does not. */
  readonly portableNote: string;

  readonly perClass: string;
  readonly indicativeClass: string;
  readonly posts: string;
  readonly rowsInError: string;
  readonly blankRows: string;
  readonly chartNote: string;

  readonly currentVsIndicative: string;
  /** Top-left cell of the cross table: what its rows and columns are. */
  readonly crossCorner: string;
  readonly otherOrBlank: string;
  readonly total: string;
  readonly higher: string;
  readonly equal: string;
  readonly lower: string;
  readonly comparisonNote: string;

  readonly heatMap: string;
  readonly criterion: string;
  readonly heatMapNote: (evaluated: number) => string;

  readonly whatIf: string;
  readonly scenario: string;
  readonly lowerThreshold: string;
  readonly upperThreshold: string;
  readonly movedUp: string;
  readonly movedDown: string;
  readonly baseline: string;
  readonly moved: (threshold: ThresholdName, percent: number) => string;
  readonly whatIfNote: string;

  readonly flagged: string;
  readonly row: string;
  readonly postId: string;
  readonly flags: string;
  readonly problem: string;
  /** The flag shown for a row that could not be evaluated. */
  readonly error: string;
  readonly noneFlagged: string;
  readonly flaggedMore: (shown: number, total: number) => string;
  /** The tip of a flagged post's link to its row on the inventory sheet. */
  readonly goToRow: (row: number, sheet: string) => string;
}

/** "+10 %" / "−10 %" (a true minus sign; French and Dutch put a space before %). */
export const signed = (percent: number, space: string): string => `${percent < 0 ? "−" : "+"}${Math.abs(percent)}${space}%`;
