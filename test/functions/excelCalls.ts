/**
 * Helpers for calling the custom functions the way Excel does: every argument
 * a 2-D array (one cell is [[v]], a column range is [[a],[b],…]), an omitted
 * optional argument null, a blank cell "" (or null inside a range).
 */
import * as functions from "../../src/functions/functions";

/** A custom function as Excel sees it: matrices in, a matrix out. */
export type ExcelFunction = (...args: unknown[]) => unknown[][];

export const ASSISTLEVEL = functions.assistLevel as unknown as ExcelFunction;
export const ASSISTDETAIL = functions.assistDetail as unknown as ExcelFunction;
export const ASSISTEXPLAIN = functions.assistExplain as unknown as ExcelFunction;
export const DESCRIPTOR = functions.descriptor as unknown as ExcelFunction;
export const MEETS = functions.meets as unknown as ExcelFunction;

/** One cell: [[value]]. */
export const cell = (value: unknown): unknown[][] => [[value]];

/** A one-column range: [[a],[b],…]. */
export const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);

export function isFunctionError(x: unknown): x is CustomFunctions.Error {
  return x instanceof CustomFunctions.Error;
}

/** The message of a #VALUE! cell; fails the test when the cell is anything else. */
export function valueErrorMessage(x: unknown): string {
  if (!isFunctionError(x)) throw new Error(`expected a #VALUE! error, got ${JSON.stringify(x)}`);
  expect(x.code).toBe("#VALUE!");
  expect(typeof x.message).toBe("string");
  return x.message as string;
}

/** A result with errors replaced by "#CODE: message", for readable toEqual diffs. */
export function plain(result: unknown[][]): unknown[][] {
  return result.map((row) => row.map((x) => (isFunctionError(x) ? `${x.code}: ${x.message}` : x)));
}

/** Model page §2, ordinal criteria: descriptor number → the levels of its band (from the page, not from src). */
export const PAGE_ORDINAL_BANDS: Readonly<Record<"coordination" | "advice" | "improvement" | "contacts", number[][]>> = {
  coordination: [[1], [2], [3], [4]],
  advice: [[1, 2], [3, 4]],
  improvement: [[1], [2, 3], [4]],
  contacts: [[1, 2], [3], [4]],
};

/** Model page §2, management support: levels for n < 200, 200 ≤ n ≤ 1000, n > 1000. */
export const PAGE_SUPPORT_BANDS: Readonly<Record<"contributes" | "responsible" | "unknown", number[][]>> = {
  contributes: [[1], [2], [2]],
  responsible: [[2], [3], [3, 4]],
  unknown: [[1, 2], [2, 3], [2, 3, 4]],
};

export function sizeClass(headcount: number): 0 | 1 | 2 {
  return headcount < 200 ? 0 : headcount <= 1000 ? 1 : 2;
}
