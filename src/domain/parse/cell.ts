import { type ArgumentKey, type Problem, isErrorLike, showValue } from "../problem";

/**
 * What a cell holds, as Excel, ExcelJS or a CSV reader hand it over:
 * blank (null, undefined, "" or only spaces), a number, a text, or something
 * no criterion accepts (a boolean, an error value, an object).
 */
export type CellReading =
  | { readonly kind: "blank" }
  | { readonly kind: "number"; readonly number: number }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "other"; readonly problem: Problem };

const BLANK: CellReading = { kind: "blank" };

export function readCell(argument: ArgumentKey, value: unknown): CellReading {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "number") return { kind: "number", number: value };
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? BLANK : { kind: "text", text };
  }
  if (isErrorLike(value)) {
    return { kind: "other", problem: { code: "errorValue", argument, value: showValue(value) } };
  }
  return { kind: "other", problem: { code: "wrongType", argument, value: showValue(value) } };
}

/** True for what counts as an empty cell. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
