import type { PostFacts } from "./assess";
import { type ArgumentKey, type Problem, isProblem } from "./problem";
import { parseDescriptor } from "./parse/descriptor";
import { parseHeadcount } from "./parse/headcount";
import { parseRole } from "./parse/role";

/** A post as recorded: the raw cell values of its six inputs. */
export interface RecordedPost {
  readonly staff: unknown;
  readonly scope: unknown;
  readonly advice: unknown;
  readonly role?: unknown;
  readonly improvement?: unknown;
  readonly contacts?: unknown;
}

/** The post inputs in HR.ASSISTLEVEL's argument order, and which must be given. */
export const POST_INPUTS: readonly { readonly argument: keyof RecordedPost & ArgumentKey; readonly required: boolean }[] = [
  { argument: "staff", required: true },
  { argument: "scope", required: true },
  { argument: "advice", required: true },
  { argument: "role", required: false },
  { argument: "improvement", required: false },
  { argument: "contacts", required: false },
];

/**
 * Parses a recorded post. Returns its facts, or every problem found (one
 * per input at most) so the analyst can fix a row in one pass.
 */
export function readPost(post: RecordedPost): PostFacts | Problem[] {
  const staff = parseHeadcount("staff", post.staff);
  const coordination = parseDescriptor("coordination", "scope", post.scope);
  const advice = parseDescriptor("advice", "advice", post.advice);
  const role = parseRole("role", post.role);
  const improvement = parseDescriptor("improvement", "improvement", post.improvement);
  const contacts = parseDescriptor("contacts", "contacts", post.contacts);
  if (
    typeof staff === "number" && staff !== 0 &&
    typeof coordination === "number" && coordination !== 0 &&
    typeof advice === "number" && advice !== 0 &&
    typeof role === "number" && typeof improvement === "number" && typeof contacts === "number"
  ) {
    return { staff, role, coordination, advice, improvement, contacts };
  }
  const problems: Problem[] = [];
  const parsed = [staff, coordination, advice, role, improvement, contacts];
  POST_INPUTS.forEach(({ argument, required }, i) => {
    const result = parsed[i];
    if (isProblem(result)) problems.push(result);
    else if (required && result === 0) problems.push({ code: "blank", argument });
  });
  return problems;
}
