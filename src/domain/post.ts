import { type Assessment, type PostFacts, assess } from "./assess";
import { type ArgumentKey, type Problem, isProblem } from "./problem";
import { parseDescriptor } from "./parse/descriptor";
import { parseHeadcount } from "./parse/headcount";
import { type Role, parseRole } from "./parse/role";

/** A post as recorded: the raw cell values of its six inputs. */
export interface RecordedPost {
  readonly staff: unknown;
  readonly scope: unknown;
  readonly advice: unknown;
  readonly role?: unknown;
  readonly improvement?: unknown;
  readonly contacts?: unknown;
}

/** The key of a post input, as the functions' arguments and the inventory's columns name it. */
export type PostInputKey = "staff" | "scope" | "advice" | "role" | "improvement" | "contacts";

/** One input of a post: its key, whether it must be given, and how its cell is read (0 = blank). */
export interface PostInput {
  readonly argument: PostInputKey & ArgumentKey;
  readonly required: boolean;
  readonly parse: (value: unknown) => number | Problem;
}

/**
 * The six post inputs, in HR.ASSISTLEVEL's argument order: the one table
 * every surface reads a post by (the batch tool's columns, the pane's row,
 * the custom functions' arguments).
 */
export const POST_INPUTS: readonly PostInput[] = [
  { argument: "staff", required: true, parse: (value) => parseHeadcount("staff", value) },
  { argument: "scope", required: true, parse: (value) => parseDescriptor("coordination", "scope", value) },
  { argument: "advice", required: true, parse: (value) => parseDescriptor("advice", "advice", value) },
  { argument: "role", required: false, parse: (value) => parseRole("role", value) },
  { argument: "improvement", required: false, parse: (value) => parseDescriptor("improvement", "improvement", value) },
  { argument: "contacts", required: false, parse: (value) => parseDescriptor("contacts", "contacts", value) },
];

/** The keys of POST_INPUTS, in order. */
export const POST_INPUT_KEYS: readonly PostInputKey[] = POST_INPUTS.map((input) => input.argument);

/**
 * Parses a post's six values, given in POST_INPUTS order. Returns its facts,
 * or every problem found (one per input at most) so the analyst can fix a
 * row in one pass.
 */
export function readPostValues(values: readonly unknown[]): PostFacts | Problem[] {
  return readSix(values[0], values[1], values[2], values[3], values[4], values[5]);
}

/** readPostValues without an array between the cells and the parsers: the engine's hot path (a million posts a second). */
function readSix(a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown): PostFacts | Problem[] {
  const staff = POST_INPUTS[0].parse(a);
  const coordination = POST_INPUTS[1].parse(b);
  const advice = POST_INPUTS[2].parse(c);
  const role = POST_INPUTS[3].parse(d);
  const improvement = POST_INPUTS[4].parse(e);
  const contacts = POST_INPUTS[5].parse(f);
  if (
    typeof staff === "number" && staff !== 0 &&
    typeof coordination === "number" && coordination !== 0 &&
    typeof advice === "number" && advice !== 0 &&
    typeof role === "number" && typeof improvement === "number" && typeof contacts === "number"
  ) {
    return { staff, role: role as Role, coordination, advice, improvement, contacts };
  }
  const problems: Problem[] = [];
  [staff, coordination, advice, role, improvement, contacts].forEach((result, i) => {
    if (isProblem(result)) problems.push(result);
    else if (POST_INPUTS[i].required && result === 0) problems.push({ code: "blank", argument: POST_INPUTS[i].argument });
  });
  return problems;
}

/** Parses a recorded post (readPostValues over its named values). */
export function readPost(post: RecordedPost): PostFacts | Problem[] {
  return readSix(post.staff, post.scope, post.advice, post.role, post.improvement, post.contacts);
}

/** A post read and assessed, or why it cannot be: what every surface does with a row. */
export function assessPost(values: readonly unknown[]): { readonly facts: PostFacts; readonly assessment: Assessment } | Problem[] {
  const facts = readPostValues(values);
  return Array.isArray(facts) ? facts : { facts, assessment: assess(facts) };
}
