import { ordinalBand, supportBand } from "./bands";
import type { CriterionKey } from "./criteria";
import type { Band } from "./level";
import { isBlank } from "./parse/cell";
import { parseDescriptor } from "./parse/descriptor";
import { parseHeadcount } from "./parse/headcount";
import { parseRole } from "./parse/role";
import { type Problem, isProblem } from "./problem";

/**
 * The band of one recorded value of a criterion (for support: a headcount,
 * with the role when known). A blank value has no band (0): it meets nothing.
 */
export function recordedBand(criterion: CriterionKey, value: unknown, role?: unknown): Band | Problem {
  if (isBlank(value)) return 0;
  if (criterion === "support") {
    const staff = parseHeadcount("value", value);
    if (isProblem(staff)) return staff;
    const parsedRole = parseRole("role", role);
    return isProblem(parsedRole) ? parsedRole : supportBand(staff, parsedRole);
  }
  const number = parseDescriptor(criterion, "value", value);
  return isProblem(number) ? number : ordinalBand(criterion, number);
}
