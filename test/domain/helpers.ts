/**
 * Shared test helpers: a fact builder and an independent reference model of
 * evaluation-model.md (sections 2 and 3), written from the page's tables,
 * not from src/. Tests compare the engine against it.
 */
import { type PostFacts, ROLE_CONTRIBUTES, ROLE_RESPONSIBLE, ROLE_UNKNOWN, type Role } from "../../src/domain";

export const LANGS = ["nl", "fr", "en"] as const;
export type Lang = (typeof LANGS)[number];

export function facts(partial: Partial<PostFacts>): PostFacts {
  return { staff: 0, role: ROLE_UNKNOWN, coordination: 0, advice: 0, improvement: 0, contacts: 0, ...partial };
}

/** Mask of a set of levels, bit 0 = A1 (computed here, not with src's bandOf). */
export function mask(...levels: number[]): number {
  return levels.reduce((m, l) => m | (1 << (l - 1)), 0);
}

/** Section 2, ordinal criteria: descriptor number → levels of its band. */
export const PAGE_ORDINAL_BANDS: Record<"coordination" | "advice" | "improvement" | "contacts", number[][]> = {
  coordination: [[1], [2], [3], [4]],
  advice: [[1, 2], [3, 4]],
  improvement: [[1], [2, 3], [4]],
  contacts: [[1, 2], [3], [4]],
};

/** Section 2, management support: [n < 200, 200 ≤ n ≤ 1000, n > 1000]. */
export const PAGE_SUPPORT_BANDS: Record<Role, number[][]> = {
  [ROLE_CONTRIBUTES]: [[1], [2], [2]],
  [ROLE_RESPONSIBLE]: [[2], [3], [3, 4]],
  [ROLE_UNKNOWN]: [[1, 2], [2, 3], [2, 3, 4]],
};

export function pageSupportLevels(n: number, role: Role): number[] {
  const size = n < 200 ? 0 : n <= 1000 ? 1 : 2;
  return PAGE_SUPPORT_BANDS[role][size];
}

/** The given criteria's bands as level lists (blank criteria left out). */
export function pageBands(f: PostFacts): number[][] {
  const bands: number[][] = [];
  if (f.coordination) bands.push(PAGE_ORDINAL_BANDS.coordination[f.coordination - 1]);
  if (f.staff) bands.push(pageSupportLevels(f.staff, f.role));
  if (f.advice) bands.push(PAGE_ORDINAL_BANDS.advice[f.advice - 1]);
  if (f.improvement) bands.push(PAGE_ORDINAL_BANDS.improvement[f.improvement - 1]);
  if (f.contacts) bands.push(PAGE_ORDINAL_BANDS.contacts[f.contacts - 1]);
  return bands;
}

export function distance(level: number, band: number[]): number {
  return Math.min(...band.map((l) => Math.abs(l - level)));
}

export interface PageResult {
  level: number;
  misfits: number[];
  flags: string[];
}

/** Section 3: best fit, lowest level on a tie, and the four flags in FLAG_CODES order. */
export function pageAssess(f: PostFacts): PageResult {
  const bands = pageBands(f);
  const misfits = [1, 2, 3, 4].map((L) => bands.reduce((sum, b) => sum + distance(L, b), 0));
  const min = Math.min(...misfits);
  const level = misfits.indexOf(min) + 1;
  const flags: string[] = [];
  if (misfits.filter((m) => m === min).length > 1) flags.push("tie");
  if (bands.some((b) => distance(level, b) >= 2)) flags.push("spread");
  if (f.staff === 200 || f.staff === 1000) flags.push("boundary");
  if (f.staff !== 0 && f.role === ROLE_UNKNOWN) flags.push("role-unknown");
  return { level, misfits, flags };
}

/** Representative headcounts around the thresholds. */
export const HEADCOUNTS = [1, 150, 199, 200, 201, 500, 999, 1000, 1001, 5000];
export const ROLES: Role[] = [ROLE_UNKNOWN, ROLE_CONTRIBUTES, ROLE_RESPONSIBLE];

/** Every post on the grid (staff always given; optional criteria 0 = blank). */
export function* grid(): Generator<PostFacts> {
  for (const staff of HEADCOUNTS)
    for (const role of ROLES)
      for (let coordination = 1; coordination <= 4; coordination++)
        for (let advice = 1; advice <= 2; advice++)
          for (let improvement = 0; improvement <= 3; improvement++)
            for (let contacts = 0; contacts <= 3; contacts++)
              yield { staff, role, coordination, advice, improvement, contacts };
}
