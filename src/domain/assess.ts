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
 *
 * An assessment depends on the five bands and two facts of the headcount
 * (on a threshold, role unknown) alone, so posts that share them share one
 * frozen Assessment: a million-row inventory holds a few hundred of them,
 * and each is worked out once.
 */
export function assess(facts: PostFacts, thresholds: Thresholds = SEED_THRESHOLDS): Assessment {
  const coordination = ordinalBand("coordination", facts.coordination);
  const support = supportBand(facts.staff, facts.role, thresholds);
  const advice = ordinalBand("advice", facts.advice);
  const improvement = ordinalBand("improvement", facts.improvement);
  const contacts = ordinalBand("contacts", facts.contacts);
  let headcountFlags = 0;
  if (facts.staff !== 0) {
    if (onBoundary(facts.staff, thresholds)) headcountFlags |= FLAG_BOUNDARY;
    if (facts.role === ROLE_UNKNOWN) headcountFlags |= FLAG_ROLE_UNKNOWN;
  }
  // Bands are 4-bit masks: 5 × 4 bits, then the two headcount flags (bits 2 and 3 of the flag set).
  const key = (((((coordination * 16 + support) * 16 + advice) * 16 + improvement) * 16 + contacts) << 2) | (headcountFlags >> 2);
  const known = ASSESSMENTS.get(key);
  if (known !== undefined) return known;
  const made = assessBands({ coordination, support, advice, improvement, contacts }, headcountFlags);
  if (ASSESSMENTS.size < MAX_KNOWN) ASSESSMENTS.set(key, made);
  return made;
}

/** Assessments already worked out, by bands and headcount flags (at most 2^22 keys; a few hundred occur). */
const ASSESSMENTS = new Map<number, Assessment>();
const MAX_KNOWN = 65_536;

function assessBands(bands: Bands, headcountFlags: number): Assessment {
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
  let flags = headcountFlags;
  for (let i = best + 1; i < 4; i++) if (misfits[i] === misfits[best]) flags |= FLAG_TIE;
  for (let i = 0; i < 5; i++) if (DISTANCE[given[i] * 4 + best] >= 2) flags |= FLAG_SPREAD;
  return Object.freeze({ level: (best + 1) as Level, misfit: misfits[best], misfits: Object.freeze(misfits), bands: Object.freeze(bands), flags });
}

/** The flag codes set in a bit set, in FLAG_CODES order. */
export function flagCodes(flags: number): FlagCode[] {
  return FLAG_CODES.filter((_, bit) => (flags & (1 << bit)) !== 0);
}
