import { normalizeText } from "../normalize";
import { type ArgumentKey, type Problem, showValue } from "../problem";
import { readCell } from "./cell";

/** The post's part in supporting the manager; UNKNOWN when not recorded. */
export const ROLE_UNKNOWN = 0;
export const ROLE_CONTRIBUTES = 1;
export const ROLE_RESPONSIBLE = 2;
export type Role = typeof ROLE_UNKNOWN | typeof ROLE_CONTRIBUTES | typeof ROLE_RESPONSIBLE;

/** Accepted role words (compared after normalizeText), documented in the README. */
export const ROLE_WORDS: Readonly<Record<"responsible" | "contributes", readonly string[]>> = {
  responsible: [
    "responsible", "resp", "resp.", "r",
    "verantwoordelijk", "verantw", "verantw.", "v",
    "responsable",
  ],
  contributes: [
    "contributes", "contribute", "contributing", "contrib", "contrib.", "c",
    "bijdragen", "bijdraagt", "draagt bij", "bijdr", "bijdr.", "b",
    "contribue", "contribuer",
  ],
};

const LOOKUP: ReadonlyMap<string, Role> = new Map<string, Role>([
  ...ROLE_WORDS.responsible.map((w): [string, Role] => [normalizeText(w), ROLE_RESPONSIBLE]),
  ...ROLE_WORDS.contributes.map((w): [string, Role] => [normalizeText(w), ROLE_CONTRIBUTES]),
]);

/** Every normalised role word and the role it names, for the portable formulas' lists. */
export function roleForms(): ReadonlyMap<string, Role> {
  return LOOKUP;
}

/** Parses a role cell; a blank cell is ROLE_UNKNOWN (the wider band applies). */
export function parseRole(argument: ArgumentKey, value: unknown): Role | Problem {
  const cell = readCell(argument, value);
  if (cell.kind === "blank") return ROLE_UNKNOWN;
  if (cell.kind === "other") return cell.problem;
  if (cell.kind === "text") {
    const role = LOOKUP.get(normalizeText(cell.text));
    if (role !== undefined) return role;
  }
  return { code: "badRole", argument, value: showValue(value) };
}
