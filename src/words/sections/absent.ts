
/**
 * The one sentence every surface shows for an optional criterion the
 * inventory has no column for: the batch tool's stderr, the pane's message
 * bar (in Excel and in the browser), the summary sheet. The run goes on
 * (a blank optional criterion does not vote), but the analyst is told which
 * criterion the classes were made without, the headers that came nearest,
 * and how to name its column.
 */
export interface AbsentText {
  /** improvement / contacts: the criterion takes no part in the classes. */
  readonly notEvaluated: (name: string) => string;
  /** role: management support is still evaluated, with its wider band. */
  readonly roleNotRead: (name: string) => string;
  readonly nearest: (headers: string) => string;
  readonly roleConsequence: string;
  readonly remedy: (input: string, column: string) => string;
  /** What --map takes when no header came near. */
  readonly someColumn: string;
}
