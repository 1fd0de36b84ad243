/**
 * evaluation-model.md §3: "raising any recorded value (headcount, role
 * contributes → responsible, a descriptor number) never lowers the level",
 * and a plain vote count is not monotonic. Also: assess is a pure function.
 */
import fc from "fast-check";
import {
  type PostFacts,
  ROLE_CONTRIBUTES,
  ROLE_RESPONSIBLE,
  ROLE_UNKNOWN,
  type Role,
  assess,
  bandsOf,
} from "../../src/domain";
import { HEADCOUNTS, grid } from "./helpers";

type Raise = { what: string; from: PostFacts; to: PostFacts };

/** Every single-value raise of a post inside the grid (given values only). */
function* raisesOf(f: PostFacts): Generator<Raise> {
  for (const staff of HEADCOUNTS) if (staff > f.staff) yield { what: `staff ${f.staff}→${staff}`, from: f, to: { ...f, staff } };
  if (f.role === ROLE_CONTRIBUTES) yield { what: "role contributes→responsible", from: f, to: { ...f, role: ROLE_RESPONSIBLE } };
  const ordinal: [keyof PostFacts, number][] = [["coordination", 4], ["advice", 2], ["improvement", 3], ["contacts", 3]];
  for (const [key, max] of ordinal) {
    const from = f[key] as number;
    if (from === 0) continue; // "not given" → given is not a raise
    for (let to = from + 1; to <= max; to++) yield { what: `${key} ${from}→${to}`, from: f, to: { ...f, [key]: to } };
  }
}

describe("monotonicity over the whole grid", () => {
  test("raising any one recorded value never lowers the level", () => {
    let raises = 0;
    const lowered: string[] = [];
    for (const f of grid()) {
      const before = assess(f).level;
      for (const raise of raisesOf(f)) {
        raises++;
        const after = assess(raise.to).level;
        if (after < before) lowered.push(`${JSON.stringify(f)} ${raise.what}: A${before} → A${after}`);
      }
    }
    expect(raises).toBeGreaterThan(10000);
    expect(lowered.slice(0, 5)).toEqual([]);
  });

  test.each(HEADCOUNTS.slice(0, -1).map((n, i) => [n, HEADCOUNTS[i + 1]]))(
    "raising the headcount %p → %p never lowers the level, for every role and profile",
    (low, high) => {
      for (const f of grid()) {
        if (f.staff !== low) continue;
        expect([f, assess({ ...f, staff: high }).level >= assess(f).level]).toEqual([f, true]);
      }
    },
  );

  test("role contributes → responsible never lowers the level", () => {
    for (const f of grid()) {
      if (f.role !== ROLE_CONTRIBUTES) continue;
      expect([f, assess({ ...f, role: ROLE_RESPONSIBLE }).level >= assess(f).level]).toEqual([f, true]);
    }
  });

  test("raising is sometimes a strict raise (the check is not vacuous)", () => {
    const strict = [...grid()].some((f) => [...raisesOf(f)].some((r) => assess(r.to).level > assess(f).level));
    expect(strict).toBe(true);
  });
});

/** The rule the page forbids: the level most bands contain, lowest on a tie. */
function voteLevel(f: PostFacts): number {
  const b = bandsOf(f);
  const bands = [b.coordination, b.support, b.advice, b.improvement, b.contacts];
  const votes = [0, 1, 2, 3].map((i) => bands.filter((band) => (band & (1 << i)) !== 0).length);
  return votes.indexOf(Math.max(...votes)) + 1;
}

describe("the page's note: a plain vote count is not monotonic", () => {
  test("some raise lowers the vote-count level but never the best-fit level", () => {
    let counterExample: Raise | undefined;
    for (const f of grid()) {
      for (const raise of raisesOf(f)) {
        if (voteLevel(raise.to) < voteLevel(f)) {
          counterExample = raise;
          break;
        }
      }
      if (counterExample) break;
    }
    expect(counterExample).toBeDefined();
    const { from, to } = counterExample as Raise;
    expect(assess(to).level).toBeGreaterThanOrEqual(assess(from).level);
  });

  test("a hand-made counter-example", () => {
    // 500 responsible (A3), scope 3 (A3), advice 1 (A1–A2), improvement 2 (A2–A3), contacts 1 (A1–A2)
    // votes A1..A4: 2,3,3,0 → vote level A2;  misfits 5,2,2,7 → best fit A2 (tie)
    // raise improvement 2 → 3 (A4): votes 2,2,2,1 → vote level A1 (lowered!)
    const f: PostFacts = { staff: 500, role: ROLE_RESPONSIBLE, coordination: 3, advice: 1, improvement: 2, contacts: 1 };
    const raised: PostFacts = { ...f, improvement: 3 };
    expect(voteLevel(f)).toBe(2);
    expect(voteLevel(raised)).toBe(1);
    expect(assess(f).misfits).toEqual([5, 2, 2, 7]);
    expect(assess(f).level).toBe(2);
    // misfits after: A1 2+2+0+3+0 = 7, A2 1+1+0+2+0 = 4, A3 0+0+1+1+1 = 3, A4 1+1+2+0+2 = 6 → A3
    expect(assess(raised).misfits).toEqual([7, 4, 3, 6]);
    expect(assess(raised).level).toBe(3);
  });
});

describe("assess is a pure function of the facts", () => {
  const role = fc.constantFrom<Role>(ROLE_UNKNOWN, ROLE_CONTRIBUTES, ROLE_RESPONSIBLE);
  const post = fc.record({
    staff: fc.integer({ min: 1, max: 100000 }),
    role,
    coordination: fc.integer({ min: 1, max: 4 }),
    advice: fc.integer({ min: 1, max: 2 }),
    improvement: fc.integer({ min: 0, max: 3 }),
    contacts: fc.integer({ min: 0, max: 3 }),
  });

  test("assessing the same facts twice, or an equal copy, gives equal results", () => {
    fc.assert(
      fc.property(post, post, (a, other) => {
        const first = assess(a);
        assess(other); // something else in between must not matter
        const second = assess(a);
        const copy = assess({ ...a });
        expect(second).toEqual(first);
        expect(copy).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  test("assess does not modify its input, and a result (shared between posts) cannot be changed by one holder", () => {
    const f = Object.freeze({ staff: 500, role: ROLE_UNKNOWN, coordination: 4, advice: 2, improvement: 0, contacts: 0 }) as PostFacts;
    const a = assess(f);
    expect(() => {
      (a.misfits as unknown as number[])[0] = 99;
    }).toThrow(TypeError);
    expect(() => {
      (a as { level: number }).level = 1;
    }).toThrow(TypeError);
    expect(assess(f).misfits).toEqual([6, 3, 1, 1]);
    expect(assess(f).level).toBe(3);
  });

  test("every grid post: equal results for repeated calls in a different order", () => {
    const posts = [...grid()];
    const forward = posts.map((f) => assess(f));
    const backward = [...posts].reverse().map((f) => assess(f)).reverse();
    expect(backward).toEqual(forward);
  });
});
