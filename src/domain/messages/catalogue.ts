import { CRITERION_NAMES, type OrdinalCriterionKey } from "../criteria";
import type { Language } from "../language";
import { ORDINAL_DESCRIPTORS } from "../matrix/ordinalDescriptors";
import type { ArgumentKey, Problem } from "../problem";
import type { Messages } from "../../words/sections/engine";
import { byLanguage } from "../../words/words";
import { printable } from "./printable";

export type { Messages } from "../../words/sections/engine";

const CATALOGUE: Readonly<Record<Language, Messages>> = byLanguage((words) => words.engine);

export function messagesFor(language: Language): Messages {
  return CATALOGUE[language];
}

/** "staff (headcount supported)": how a message names an argument. */
export function argumentLabel(argument: ArgumentKey, language: Language): string {
  return `${argument} (${CATALOGUE[language].argumentGloss[argument]})`;
}

/** "a, b or c" in the language. */
export function orList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(CATALOGUE[language].locale, { type: "disjunction" }).format(items);
}

type PlainAccept = Exclude<keyof Messages["accepts"], "descriptor">;

/** What is accepted, where the problem's code alone tells. */
const ACCEPTS_FOR_CODE: Partial<Record<Problem["code"], PlainAccept>> = {
  badHeadcount: "headcount",
  fractionalHeadcount: "headcount",
  badRole: "role",
  badLevel: "level",
  badCriterion: "criterion",
  badLanguage: "language",
};

/** Otherwise what the argument accepts: the four ordinal criteria's arguments their descriptors, every other argument a plain sentence. */
const ARGUMENT_CRITERION = { scope: "coordination", advice: "advice", improvement: "improvement", contacts: "contacts" } as const;
type CriterionArgument = keyof typeof ARGUMENT_CRITERION;
const ACCEPTS_FOR_ARGUMENT: Readonly<Record<Exclude<ArgumentKey, CriterionArgument>, PlainAccept>> = {
  staff: "headcount",
  role: "role",
  level: "level",
  criterion: "criterion",
  language: "language",
  value: "value",
};
const isCriterionArgument = (argument: ArgumentKey): argument is CriterionArgument => argument in ARGUMENT_CRITERION;

/** "Expected for Advice: 1 (dienst) or 2 (strategie), …": the descriptors' numbers with their first key word. */
function descriptorAccepts(criterion: OrdinalCriterionKey, m: Messages, language: Language): string {
  const choices = ORDINAL_DESCRIPTORS[criterion].map((d) => `${d.number} (${d.keywords[language][0]})`);
  return m.accepts.descriptor(CRITERION_NAMES[criterion][language], orList(choices, language));
}

/** What a problem's argument accepts, in words. */
function acceptedFor(problem: Problem, m: Messages, language: Language): string {
  if (problem.code === "unknownDescriptor") return descriptorAccepts(problem.criterion, m, language);
  const plain = ACCEPTS_FOR_CODE[problem.code];
  if (plain !== undefined) return m.accepts[plain];
  const argument = problem.argument;
  return isCriterionArgument(argument) ? descriptorAccepts(ARGUMENT_CRITERION[argument], m, language) : m.accepts[ACCEPTS_FOR_ARGUMENT[argument]];
}

/**
 * The full sentence for a problem: where, the value received, what is
 * accepted. `where` names a cell or row when the caller knows it; by default
 * the argument is named.
 */
export function formatProblem(problem: Problem, language: Language, where?: string): string {
  const m = CATALOGUE[language];
  const place = where ?? argumentLabel(problem.argument, language);
  // The value is the cell's own text: quoted as it shows, never as it would act (an escape, a bidi override).
  const value = "value" in problem ? printable(problem.value) : "";
  return `${m.problem[problem.code](place, value)} ${acceptedFor(problem, m, language)}`;
}
