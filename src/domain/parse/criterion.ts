import { CRITERIA, CRITERION_NAMES, type CriterionKey } from "../criteria";
import { LANGUAGES } from "../language";
import { normalizeText } from "../normalize";
import { type ArgumentKey, type Problem, showValue } from "../problem";
import { readCell } from "./cell";

/**
 * Names a criterion may be given by, besides its key and its full name in
 * NL/FR/EN (documented in the README). `scope` and `staff` are the argument
 * names HR.ASSISTLEVEL uses for coordination and management support.
 */
export const CRITERION_ALIASES: Readonly<Record<CriterionKey, readonly string[]>> = {
  coordination: ["scope"],
  support: ["staff", "ondersteuning", "soutien", "management support", "headcount"],
  advice: ["advies", "conseil", "avis"],
  improvement: ["verbetering", "innovatie", "amélioration", "innovation"],
  contacts: ["contacten", "contact"],
};

const LOOKUP: ReadonlyMap<string, CriterionKey> = (() => {
  const lookup = new Map<string, CriterionKey>();
  for (const criterion of CRITERIA) {
    const names = [criterion, ...CRITERION_ALIASES[criterion], ...LANGUAGES.map((l) => CRITERION_NAMES[criterion][l])];
    for (const name of names) lookup.set(normalizeText(name), criterion);
  }
  return lookup;
})();

export function parseCriterion(argument: ArgumentKey, value: unknown): CriterionKey | Problem {
  const cell = readCell(argument, value);
  if (cell.kind === "blank") return { code: "blank", argument };
  if (cell.kind === "other") return cell.problem;
  const criterion = cell.kind === "text" ? LOOKUP.get(normalizeText(cell.text)) : undefined;
  return criterion ?? { code: "badCriterion", argument, value: showValue(value) };
}
