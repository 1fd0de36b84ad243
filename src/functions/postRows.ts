import { type ArgumentKey, type Assessment, type Language, POST_INPUT_KEYS, type PostFacts, type Problem, assessPost, formatProblem, isBlank } from "../domain";
import type { Rows } from "./columns";
import type { RowProblem } from "./rowResults";

/** The six post arguments of HR.ASSISTLEVEL, HR.ASSISTDETAIL and HR.ASSISTEXPLAIN: the domain's table of post inputs, in its order. */
export const POST_ARGUMENTS: readonly ArgumentKey[] = POST_INPUT_KEYS;

/** A post read from one row: its facts and assessment, or why it cannot be read. */
export type AssessedRow = { readonly facts: PostFacts; readonly assessment: Assessment } | RowProblem;

export function assessRow(rows: Rows, row: number, language: Language): AssessedRow {
  const post = assessPost(POST_INPUT_KEYS.map((key) => rows.named(key, row)));
  return Array.isArray(post) ? describeProblems(post, language) : post;
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
  for (const key of POST_INPUT_KEYS) if (!isBlank(rows.named(key, row))) return false;
  return true;
}
