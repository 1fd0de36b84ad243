import { CRITERION_NAMES } from "../criteria";
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

/** What a problem's argument accepts, in words. */
function acceptedFor(problem: Problem, m: Messages, language: Language): string {
  if (problem.code === "unknownDescriptor") {
    const choices = ORDINAL_DESCRIPTORS[problem.criterion].map(
      (d) => `${d.number} (${d.keywords[language][0]})`,
    );
    return m.accepts.descriptor(CRITERION_NAMES[problem.criterion][language], orList(choices, language));
  }
  switch (problem.code) {
    case "badHeadcount":
    case "fractionalHeadcount":
      return m.accepts.headcount;
    case "badRole":
      return m.accepts.role;
    case "badLevel":
      return m.accepts.level;
    case "badCriterion":
      return m.accepts.criterion;
    case "badLanguage":
      return m.accepts.language;
  }
  return acceptedForArgument(problem.argument, m, language);
}

const ARGUMENT_CRITERION = { scope: "coordination", advice: "advice", improvement: "improvement", contacts: "contacts" } as const;

function acceptedForArgument(argument: ArgumentKey, m: Messages, language: Language): string {
  switch (argument) {
    case "staff":
      return m.accepts.headcount;
    case "role":
      return m.accepts.role;
    case "level":
      return m.accepts.level;
    case "criterion":
      return m.accepts.criterion;
    case "language":
      return m.accepts.language;
    case "value":
      return m.accepts.value;
  }
  const criterion = ARGUMENT_CRITERION[argument];
  return acceptedFor({ code: "unknownDescriptor", argument, value: "", criterion }, m, language);
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
