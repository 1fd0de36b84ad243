import { type Thresholds, SEED_THRESHOLDS, onBoundary, ordinalBand, supportBand } from "./bands";
import type { CriterionKey } from "./criteria";
import { type Band, DISTANCE, type Level } from "./level";
import { ROLE_UNKNOWN, type Role } from "./parse/role";

/** What was recorded for a post, parsed; 0 means not given. */
export interface PostFacts {
  readonly staff: number;
  readonly role: Role;
  readonly coordination: number;
  readonly advice: number;
  readonly improvement: number;
  readonly contacts: number;
}

export const FLAG_TIE = 1;
export const FLAG_SPREAD = 2;
export const FLAG_BOUNDARY = 4;
export const FLAG_ROLE_UNKNOWN = 8;
/** Flag codes in the order of their bits, as shown in results. */
export const FLAG_CODES = ["tie", "spread", "boundary", "role-unknown"] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export type Bands = Readonly<Record<CriterionKey, Band>>;

/** The indicative class of a post and why. */
export interface Assessment {
  readonly level: Level;
  /** Misfit at the chosen level. */
  readonly misfit: number;
  /** Misfit at A1, A2, A3, A4. */
  readonly misfits: readonly [number, number, number, number];
  readonly bands: Bands;
  /** Bit set of FLAG_* values. */
  readonly flags: number;
}

export function bandsOf(facts: PostFacts, thresholds: Thresholds = SEED_THRESHOLDS): Bands {
  return {
    coordination: ordinalBand("coordination", facts.coordination),
    support: supportBand(facts.staff, facts.role, thresholds),
    advice: ordinalBand("advice", facts.advice),
    improvement: ordinalBand("improvement", facts.improvement),
    contacts: ordinalBand("contacts", facts.contacts),
  };
}

/**
 * The best-fit level (evaluation-model.md §3): the level with the smallest
 * summed distance to each given criterion's band; a tie goes to the lowest.
 */
export function assess(facts: PostFacts, thresholds: Thresholds = SEED_THRESHOLDS): Assessment {
  const bands = bandsOf(facts, thresholds);
  const given = [bands.coordination, bands.support, bands.advice, bands.improvement, bands.contacts];
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < 5; i++) {
    const row = given[i] * 4; // row 0 (no band) is all zeros: a blank criterion does not count
    m1 += DISTANCE[row];
    m2 += DISTANCE[row + 1];
    m3 += DISTANCE[row + 2];
    m4 += DISTANCE[row + 3];
  }
  const misfits: [number, number, number, number] = [m1, m2, m3, m4];
  let best = 0;
  for (let i = 1; i < 4; i++) if (misfits[i] < misfits[best]) best = i;
  let flags = 0;
  for (let i = best + 1; i < 4; i++) if (misfits[i] === misfits[best]) flags |= FLAG_TIE;
  for (let i = 0; i < 5; i++) if (DISTANCE[given[i] * 4 + best] >= 2) flags |= FLAG_SPREAD;
  if (facts.staff !== 0) {
    if (onBoundary(facts.staff, thresholds)) flags |= FLAG_BOUNDARY;
    if (facts.role === ROLE_UNKNOWN) flags |= FLAG_ROLE_UNKNOWN;
  }
  return { level: (best + 1) as Level, misfit: misfits[best], misfits, bands, flags };
}

/** The flag codes set in a bit set, in FLAG_CODES order. */
export function flagCodes(flags: number): FlagCode[] {
  return FLAG_CODES.filter((_, bit) => (flags & (1 << bit)) !== 0);
}
