import { type Language, messagesFor } from "../domain";
import { type Argument, type Rows, isShapeProblem, rowsOf } from "./columns";

/** What one result cell can hold. */
export type ResultCell = string | number | boolean | CustomFunctions.Error;

/** Why a row has no result: a sentence, and the language it is in. */
export interface RowProblem {
  readonly message: string;
  readonly language: Language;
}

/** A row's results, or why the row has none. */
export type RowOutcome = readonly ResultCell[] | RowProblem;

/** #VALUE! with a message: the one error code whose message Excel shows beside N/A. */
export function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * Runs `evaluate` on every row of the arguments and spills one result row per
 * input row, `width` cells wide. A row that fails shows #VALUE! with its
 * message (prefixed by the row number when there are several rows); the
 * other rows still compute. A shape problem makes the whole result one error.
 */
export function resultsByRow(
  args: readonly Argument[],
  language: Language,
  width: number,
  evaluate: (rows: Rows, row: number) => RowOutcome,
): ResultCell[][] {
  try {
    const rows = rowsOf(args, language);
    if (isShapeProblem(rows)) return [[valueError(rows.message)]];
    const results: ResultCell[][] = new Array(rows.height);
    for (let row = 0; row < rows.height; row++) {
      const outcome = evaluate(rows, row);
      if (!("message" in outcome)) {
        results[row] = outcome as ResultCell[];
        continue;
      }
      const prefix = rows.height > 1 ? messagesFor(outcome.language).rowPrefix(row + 1) : "";
      const error = valueError(prefix + outcome.message);
      results[row] = new Array<ResultCell>(width).fill(error);
    }
    return results;
  } catch (failure) {
    // A defect, not bad input: shown in the cell rather than lost in a console.
    const detail = failure instanceof Error ? failure.message : String(failure);
    return [[valueError(messagesFor(language).unexpected(detail))]];
  }
}
