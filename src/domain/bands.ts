import type { OrdinalCriterionKey } from "./criteria";
import { type Band, NO_BAND, bandOf } from "./level";
import { ORDINAL_DESCRIPTORS } from "./matrix/ordinalDescriptors";
import { ROLE_CONTRIBUTES, ROLE_RESPONSIBLE, ROLE_UNKNOWN, type Role } from "./parse/role";

/** The seed's thresholds: "fewer than 200", "more than 200", "more than 1000". */
export interface Thresholds {
  readonly lower: number;
  readonly upper: number;
}
export const SEED_THRESHOLDS: Thresholds = { lower: 200, upper: 1000 };

/** Band of an ordinal criterion for a descriptor number (0 = not given). */
export function ordinalBand(criterion: OrdinalCriterionKey, descriptorNumber: number): Band {
  if (descriptorNumber === 0) return NO_BAND;
  return ORDINAL_DESCRIPTORS[criterion][descriptorNumber - 1].band;
}

/** SUPPORT_BANDS[role][size]: size 0 is n < 200, 1 is 200 ≤ n ≤ 1000, 2 is n > 1000. */
export const SUPPORT_BANDS: Readonly<Record<Role, readonly [Band, Band, Band]>> = {
  [ROLE_CONTRIBUTES]: [bandOf(1), bandOf(2), bandOf(2)],
  [ROLE_RESPONSIBLE]: [bandOf(2), bandOf(3), bandOf(3, 4)],
  [ROLE_UNKNOWN]: [bandOf(1, 2), bandOf(2, 3), bandOf(2, 4)],
};

/**
 * Band of the management-support criterion (evaluation-model.md §2).
 * 200 belongs to "more than 200"; 1000 is not "more than 1000".
 */
export function supportBand(headcount: number, role: Role, thresholds: Thresholds = SEED_THRESHOLDS): Band {
  if (headcount === 0) return NO_BAND;
  const size = headcount < thresholds.lower ? 0 : headcount <= thresholds.upper ? 1 : 2;
  return SUPPORT_BANDS[role][size];
}

/** A headcount on a threshold, which the analyst should check. */
export function onBoundary(headcount: number, thresholds: Thresholds = SEED_THRESHOLDS): boolean {
  return headcount === thresholds.lower || headcount === thresholds.upper;
}
