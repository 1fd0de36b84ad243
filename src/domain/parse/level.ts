import { type Level, LEVELS } from "../level";
import { type ArgumentKey, type Problem, showValue } from "../problem";
import { readCell } from "./cell";

/** A class named `A1`…`A4` (any case) or by its number 1…4. Blank is a problem. */
export function parseLevel(argument: ArgumentKey, value: unknown): Level | Problem {
  const cell = readCell(argument, value);
  if (cell.kind === "blank") return { code: "blank", argument };
  if (cell.kind === "other") return cell.problem;
  const text = cell.kind === "number" ? String(cell.number) : cell.text.toUpperCase();
  const match = /^A?([1-4])$/.exec(text);
  if (match) return LEVELS[Number(match[1]) - 1];
  return { code: "badLevel", argument, value: showValue(value) };
}
