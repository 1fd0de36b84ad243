import {
  type Assessment,
  CRITERIA,
  type CriterionKey,
  FLAG_BOUNDARY,
  FLAG_SPREAD,
  FLAG_TIE,
  type FlagCode,
  LEVELS,
  type Level,
  SEED_THRESHOLDS,
  type Thresholds,
  assess,
  bandHas,
  flagCodes,
  isProblem,
  parseLevel,
} from "../../domain";
import type { EvaluationReport, PostResult } from "../evaluateInventory";

/** Which of the two support thresholds (200, 1000) a what-if scenario moves. */
export type ThresholdName = keyof Thresholds;

/** A count per level: index 0 is A1 … index 3 is A4. */
export type LevelCounts = readonly [number, number, number, number];

export interface CrossRow {
  /** The current class of the row's posts, or null for "other or blank". */
  readonly current: Level | null;
  /** How many of them got each indicative class. */
  readonly indicative: LevelCounts;
}

export interface CurrentVsIndicative {
  /** Rows A1–A4, then the "other or blank" row. */
  readonly rows: readonly CrossRow[];
  readonly higher: number;
  readonly equal: number;
  readonly lower: number;
}

/** A post that deserves a second look, as listed on the summary. */
export interface FlaggedPost {
  /** Row on the inventory sheet. */
  readonly row: number;
  readonly postId: string;
  /** Absent for a row that could not be evaluated. */
  readonly level?: Level;
  /** Every flag the post carries (role-unknown included, as context for a tie or spread). */
  readonly flags: readonly FlagCode[];
  readonly problems: readonly string[];
}

export interface WhatIfScenario {
  /** The threshold moved, or null for the matrix's own thresholds. */
  readonly threshold: ThresholdName | null;
  /** The move in percent (−10, +10; 0 for the baseline). */
  readonly percent: number;
  readonly thresholds: Thresholds;
  /** Valid posts whose class goes up, or down, against the evaluation. */
  readonly up: number;
  readonly down: number;
  readonly counts: LevelCounts;
}

export interface SummaryTables {
  readonly evaluated: number;
  readonly perClass: { readonly counts: LevelCounts; readonly invalid: number; readonly blank: number };
  /** Only when the inventory has a current-class column. */
  readonly currentVsIndicative?: CurrentVsIndicative;
  /** For each criterion, how many posts have each level in their band. */
  readonly heatMap: Readonly<Record<CriterionKey, LevelCounts>>;
  readonly whatIf: readonly WhatIfScenario[];
  readonly flagged: readonly FlaggedPost[];
}

/** How far each threshold moves in the what-if, in percent. */
export const WHAT_IF_PERCENT = 10;

/** The flags that put a post on the list to check; role-unknown alone does not. */
const TO_CHECK = FLAG_SPREAD | FLAG_TIE | FLAG_BOUNDARY;

type Evaluated = PostResult & Required<Pick<PostResult, "facts" | "assessment">>;
const isEvaluated = (post: PostResult): post is Evaluated => post.facts !== undefined && post.assessment !== undefined;

/** The numbers of the summary sheet, computed from an evaluation alone (no workbook). */
export function summaryTables(report: EvaluationReport): SummaryTables {
  const evaluated = report.posts.filter(isEvaluated);
  return {
    evaluated: evaluated.length,
    perClass: { counts: countLevels(evaluated.map((p) => p.assessment.level)), invalid: report.invalid, blank: report.blank },
    currentVsIndicative: report.mapping.columns.currentClass === undefined ? undefined : crossTable(evaluated),
    heatMap: heatMap(evaluated),
    whatIf: whatIf(evaluated),
    flagged: report.posts.filter((p) => p.problems !== undefined || ((p.assessment?.flags ?? 0) & TO_CHECK) !== 0).map(flaggedPost),
  };
}

function countLevels(levels: readonly Level[]): LevelCounts {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const level of levels) counts[level - 1]++;
  return counts;
}

/** A current class as analysts type it ("A2", "a2", "2"); anything else counts as "other or blank". */
function currentLevel(text: string): Level | null {
  const level = parseLevel("level", text);
  return isProblem(level) ? null : level;
}

function crossTable(posts: readonly Evaluated[]): CurrentVsIndicative {
  // Current classes repeat ("A2", "a2", blank): each text is parsed once.
  const parsed = new Map<string, Level | null>();
  const currentOf = (text: string): Level | null => {
    let level = parsed.get(text);
    if (level === undefined) parsed.set(text, (level = currentLevel(text)));
    return level;
  };
  const byCurrent = new Map<Level | null, Level[]>([...LEVELS, null].map((l) => [l, []]));
  let higher = 0;
  let equal = 0;
  let lower = 0;
  for (const post of posts) {
    const current = currentOf(post.currentClass);
    const level = post.assessment.level;
    byCurrent.get(current)?.push(level);
    if (current === null) continue;
    if (level > current) higher++;
    else if (level === current) equal++;
    else lower++;
  }
  const rows = [...LEVELS, null].map((current) => ({ current, indicative: countLevels(byCurrent.get(current) ?? []) }));
  return { rows, higher, equal, lower };
}

function heatMap(posts: readonly Evaluated[]): Record<CriterionKey, LevelCounts> {
  // Posts share their assessments (assess): each distinct one is counted once, with its number of posts.
  const shared = new Map<Assessment, number>();
  for (const { assessment } of posts) shared.set(assessment, (shared.get(assessment) ?? 0) + 1);
  const entries = CRITERIA.map((criterion): [CriterionKey, LevelCounts] => {
    const counts: [number, number, number, number] = [0, 0, 0, 0];
    for (const [assessment, n] of shared) for (const level of LEVELS) if (bandHas(assessment.bands[criterion], level)) counts[level - 1] += n;
    return [criterion, counts];
  });
  return Object.fromEntries(entries) as Record<CriterionKey, LevelCounts>;
}

/** The baseline, then each threshold moved down and up by WHAT_IF_PERCENT, one at a time. */
export function whatIfThresholds(): { threshold: ThresholdName | null; percent: number; thresholds: Thresholds }[] {
  const moved = (threshold: ThresholdName, percent: number) => ({
    threshold,
    percent,
    // Rounded: 200 × 0.9 is not exactly 180 in floating point.
    thresholds: { ...SEED_THRESHOLDS, [threshold]: Math.round((SEED_THRESHOLDS[threshold] * (100 + percent)) / 100) },
  });
  return [
    { threshold: null, percent: 0, thresholds: SEED_THRESHOLDS },
    moved("lower", -WHAT_IF_PERCENT),
    moved("lower", WHAT_IF_PERCENT),
    moved("upper", -WHAT_IF_PERCENT),
    moved("upper", WHAT_IF_PERCENT),
  ];
}

function whatIf(posts: readonly Evaluated[]): WhatIfScenario[] {
  return whatIfThresholds().map((scenario) => {
    let up = 0;
    let down = 0;
    const counts: [number, number, number, number] = [0, 0, 0, 0];
    for (const post of posts) {
      const level = assess(post.facts, scenario.thresholds).level;
      if (level > post.assessment.level) up++;
      if (level < post.assessment.level) down++;
      counts[level - 1]++;
    }
    return { ...scenario, up, down, counts };
  });
}

/** The codes of each of the 16 flag sets, made once and shared by the flagged posts. */
const FLAG_CODE_LISTS: readonly (readonly FlagCode[])[] = Array.from({ length: 16 }, (_, flags) => Object.freeze(flagCodes(flags)));

function flaggedPost(post: PostResult): FlaggedPost {
  return {
    row: post.row,
    postId: post.postId,
    level: post.assessment?.level,
    flags: post.assessment ? FLAG_CODE_LISTS[post.assessment.flags] : [],
    problems: post.problems ?? [],
  };
}
