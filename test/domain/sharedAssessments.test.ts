/**
 * assess() shares one frozen Assessment between posts with the same bands
 * and headcount flags (a million-row inventory holds a few hundred). A
 * shared answer must be the answer a fresh computation gives, for any
 * thresholds (the summary's what-if moves them).
 */
import { type Assessment, type PostFacts, ROLE_CONTRIBUTES, ROLE_UNKNOWN, type Thresholds, assess } from "../../src/domain";
import { facts, grid } from "./helpers";

const MOVED: Thresholds[] = [
  { lower: 200, upper: 1000 },
  { lower: 180, upper: 1000 },
  { lower: 220, upper: 1000 },
  { lower: 200, upper: 900 },
  { lower: 200, upper: 1100 },
];

/** assess from a module loaded afresh: nothing shared yet, every answer computed. */
function freshAssess(): (f: PostFacts, t: Thresholds) => Assessment {
  let fresh: typeof assess | undefined;
  jest.isolateModules(() => {
    fresh = (jest.requireActual("../../src/domain/assess") as { assess: typeof assess }).assess;
  });
  if (!fresh) throw new Error("src/domain/assess did not load");
  return fresh;
}

test("an answer given from what is shared equals the one computed afresh, on the whole grid under every what-if threshold", () => {
  const posts = [...grid()];
  // Warm the shared answers in one order of thresholds, then compare each with a module that computes it anew.
  for (const t of MOVED) for (const f of posts) assess(f, t);
  let compared = 0;
  for (const t of [...MOVED].reverse()) {
    const fresh = freshAssess();
    for (const f of posts) {
      expect(assess(f, t)).toEqual(fresh(f, t));
      compared++;
    }
  }
  expect(compared).toBe(posts.length * MOVED.length);
});

test("posts alike in bands and headcount flags share one frozen assessment; a headcount flag makes another", () => {
  const a = assess(facts({ staff: 350, role: ROLE_CONTRIBUTES, coordination: 2, advice: 1 }));
  const b = assess(facts({ staff: 870, role: ROLE_CONTRIBUTES, coordination: 2, advice: 1 }));
  const onThreshold = assess(facts({ staff: 200, role: ROLE_CONTRIBUTES, coordination: 2, advice: 1 }));
  const roleUnknown = assess(facts({ staff: 350, role: ROLE_UNKNOWN, coordination: 2, advice: 1 }));
  expect(b).toBe(a);
  expect(Object.isFrozen(a) && Object.isFrozen(a.bands) && Object.isFrozen(a.misfits)).toBe(true);
  expect(onThreshold).not.toBe(a);
  expect(onThreshold.bands).toEqual(a.bands);
  expect(onThreshold.flags & ~a.flags).toBe(4); // boundary
  expect(roleUnknown).not.toBe(a);
});
