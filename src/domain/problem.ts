import type { OrdinalCriterionKey } from "./criteria";

/**
 * The named inputs of the product, as the formulas name their arguments.
 * `scope` records the coordination criterion and `staff` the headcount of the
 * management-support criterion (the signature of HR.ASSISTLEVEL).
 */
export const ARGUMENTS = [
  "staff",
  "scope",
  "advice",
  "role",
  "improvement",
  "contacts",
  "criterion",
  "level",
  "value",
  "language",
] as const;
export type ArgumentKey = (typeof ARGUMENTS)[number];

/**
 * Why a value was not accepted. Problems are values, never thrown; the
 * message catalogue turns each into a sentence naming the argument (or the
 * cell), the value received and what is accepted.
 */
export type Problem =
  | { readonly code: "blank"; readonly argument: ArgumentKey }
  | { readonly code: "errorValue"; readonly argument: ArgumentKey; readonly value: string }
  | { readonly code: "wrongType"; readonly argument: ArgumentKey; readonly value: string }
  | {
      readonly code: "unknownDescriptor";
      readonly argument: ArgumentKey;
      readonly value: string;
      readonly criterion: OrdinalCriterionKey;
    }
  | { readonly code: "badHeadcount"; readonly argument: ArgumentKey; readonly value: string }
  | { readonly code: "fractionalHeadcount"; readonly argument: ArgumentKey; readonly value: string }
  | { readonly code: "badRole"; readonly argument: ArgumentKey; readonly value: string }
  | { readonly code: "badLevel"; readonly argument: ArgumentKey; readonly value: string }
  | { readonly code: "badCriterion"; readonly argument: ArgumentKey; readonly value: string }
  | { readonly code: "badLanguage"; readonly argument: ArgumentKey; readonly value: string };

export type ProblemCode = Problem["code"];

/** Parsers return a plain number on success and a Problem otherwise. */
export function isProblem(x: unknown): x is Problem {
  return typeof x === "object" && x !== null && "code" in x;
}

const SHOWN_LENGTH = 60;

/** How a received value is quoted back in a message: short, on one line. */
export function showValue(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "boolean") text = String(value);
  else if (isErrorLike(value)) text = errorCodeOf(value);
  else text = otherValue(value);
  // Cut between characters, not UTF-16 units, so an emoji is never split in half.
  const characters = Array.from(text.slice(0, SHOWN_LENGTH * 2).replace(/\s+/g, " "));
  const long = characters.length > SHOWN_LENGTH || text.length > SHOWN_LENGTH * 2;
  return long ? `${characters.slice(0, SHOWN_LENGTH - 1).join("")}…` : characters.join("");
}

/**
 * An error cell as the adapters and Excel hand it over: `{ code: "#N/A" }`
 * (the port, CustomFunctions.Error), `{ type: "#N/A" }`, or a data-types
 * ErrorCellValue (`type` "Error", `basicValue` "#N/A"). Another data type
 * (an image, an entity…) is no error.
 */
export function isErrorLike(value: unknown): value is { code?: unknown; type?: unknown; basicValue?: unknown } {
  if (typeof value !== "object" || value === null) return false;
  const cell = value as { code?: unknown; type?: unknown };
  return typeof cell.code === "string" || cell.type === "Error" || (typeof cell.type === "string" && cell.type.startsWith("#"));
}

function errorCodeOf(value: { code?: unknown; type?: unknown; basicValue?: unknown }): string {
  const code = value.code ?? (value.type === "Error" ? value.basicValue : value.type);
  return typeof code === "string" && code.length > 0 ? code : "#ERROR";
}

/** A value that is neither text, number, boolean nor error, quoted by its data type when it has one: "[WebImage]". */
function otherValue(value: unknown): string {
  const type = typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
  return typeof type === "string" ? `[${type}]` : Object.prototype.toString.call(value);
}
