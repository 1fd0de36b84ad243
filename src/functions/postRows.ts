import {
  type Assessment,
  type Language,
  type PostFacts,
  type Problem,
  assess,
  formatProblem,
  isBlank,
  readPost,
} from "../domain";
import type { Argument, Rows } from "./columns";
import type { RowProblem } from "./rowResults";

/** The six post arguments of HR.ASSISTLEVEL, HR.ASSISTDETAIL and HR.ASSISTEXPLAIN. */
export function postArguments(
  staff: unknown,
  scope: unknown,
  advice: unknown,
  role: unknown,
  improvement: unknown,
  contacts: unknown,
): Argument[] {
  return [
    { argument: "staff", value: staff },
    { argument: "scope", value: scope },
    { argument: "advice", value: advice },
    { argument: "role", value: role },
    { argument: "improvement", value: improvement },
    { argument: "contacts", value: contacts },
  ];
}

/** A post read from one row: its facts and assessment, or why it cannot be read. */
export type AssessedRow = { readonly facts: PostFacts; readonly assessment: Assessment } | RowProblem;

export function assessRow(rows: Rows, row: number, language: Language): AssessedRow {
  const facts = readPost({
    staff: rows.value(0, row),
    scope: rows.value(1, row),
    advice: rows.value(2, row),
    role: rows.value(3, row),
    improvement: rows.value(4, row),
    contacts: rows.value(5, row),
  });
  if (Array.isArray(facts)) return describeProblems(facts, language);
  return { facts, assessment: assess(facts) };
}

export function describeProblems(problems: readonly Problem[], language: Language): RowProblem {
  return { message: problems.map((problem) => formatProblem(problem, language)).join(" "), language };
}

/**
 * A row whose six post inputs are all blank is no post (the gap or the tail
 * of a column range): its results stay empty, as the batch tool leaves such
 * rows, rather than a #VALUE! for the blank required inputs.
 */
export function isBlankPost(rows: Rows, row: number): boolean {
  for (let index = 0; index < 6; index++) if (!isBlank(rows.value(index, row))) return false;
  return true;
}
