import { type Language, messagesFor, printable } from "../domain";
import type { AbsentCriterion } from "./mapInventory";
import { byLanguage } from "../words/words";

const TEXT = byLanguage((words) => words.absent);

/** The analyst's word for an optional input in `language` ("improvement / innovation", "rol in de ondersteuning"). */
export function absentCriterionName(input: AbsentCriterion["input"], language: Language): string {
  return messagesFor(language).argumentGloss[input];
}

/** The column letter of a nearest header written as `D "Niveau verbetering"`. */
function letterOf(nearest: string): string | undefined {
  return /^([A-Z]{1,3}) /.exec(nearest)?.[1];
}

/** The sentence for one optional criterion without a column, in `language`. */
export function absentCriterionMessage(absent: AbsentCriterion, language: Language): string {
  const say = TEXT[language];
  const name = absentCriterionName(absent.input, language);
  // The nearest headers are the analyst's cell text: quoted as they show, never as they would act.
  const nearest = absent.nearest.map(printable);
  const lead = absent.input === "role" ? say.roleNotRead(name) : say.notEvaluated(name);
  const near = nearest.length > 0 ? say.nearest(nearest.join(", ")) : "";
  const consequence = absent.input === "role" ? say.roleConsequence : "";
  const column = (nearest.length > 0 ? letterOf(nearest[0]) : undefined) ?? say.someColumn;
  return `${lead}${near}${consequence}${say.remedy(absent.input, column)}`;
}

/** One sentence per optional criterion without a column; none when every criterion has one. */
export function absentCriterionMessages(absent: readonly AbsentCriterion[], language: Language): string[] {
  return absent.map((criterion) => absentCriterionMessage(criterion, language));
}

/** The names of the criteria without a column, for one cell ("improvement / innovation, contacts"); null when none. */
export function absentCriterionNames(absent: readonly AbsentCriterion[], language: Language): string | null {
  return absent.length === 0 ? null : absent.map((criterion) => absentCriterionName(criterion.input, language)).join(", ");
}
