import { type ArgumentKey, type Problem, showValue } from "../problem";
import { readCell } from "./cell";

/** Plain digits, or groups of three split by one kind of thousands separator. */
const WHOLE = /^\d+$/;
/** The thousands separators a typed headcount may use, one kind per number: "1 200", "1.200", "1,200". */
export const THOUSANDS_SEPARATORS = " .,\u00a0\u202f";
const GROUPED = new RegExp(`^\\d{1,3}([${THOUSANDS_SEPARATORS}])\\d{3}(?:\\1\\d{3})*$`);
/** Digits (perhaps grouped) then a decimal part: "1.5", "12,50", "1.200,5". */
const FRACTION = /^[\d .,\u00a0\u202f]*\d*[.,]\d+$/;

/**
 * A headcount: a whole number ≥ 1, as a number or typed as `1200`, `1 200`,
 * `1.200` or `1,200`. Returns 0 for a blank cell.
 */
export function parseHeadcount(argument: ArgumentKey, value: unknown): number | Problem {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 1) return value;
  const cell = readCell(argument, value);
  switch (cell.kind) {
    case "blank":
      return 0;
    case "other":
      return cell.problem;
    case "number":
      return checkWhole(argument, cell.number, value);
    case "text": {
      const text = cell.text;
      if (WHOLE.test(text) || GROUPED.test(text)) {
        return checkWhole(argument, Number(text.replace(/\D/g, "")), value);
      }
      if (FRACTION.test(text)) return { code: "fractionalHeadcount", argument, value: showValue(value) };
      return { code: "badHeadcount", argument, value: showValue(value) };
    }
  }
}

function checkWhole(argument: ArgumentKey, n: number, value: unknown): number | Problem {
  if (!Number.isFinite(n) || n < 1 || n > Number.MAX_SAFE_INTEGER) {
    return { code: "badHeadcount", argument, value: showValue(value) };
  }
  if (!Number.isInteger(n)) return { code: "fractionalHeadcount", argument, value: showValue(value) };
  return n;
}
