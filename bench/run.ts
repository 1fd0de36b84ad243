/**
 * `npm run bench`: prints the engine's throughput and the cost of one
 * spilled HR.ASSISTLEVEL call against many single-cell calls, from one run.
 * Figures, not assertions: compare them with the goals in the README.
 */
import { assess, readPost } from "../src/domain";
import { assistLevel } from "../src/functions/functions";
import { installCustomFunctions } from "../harness/customFunctions/customFunctionsRuntime";
import { generatePosts } from "./generatePosts";

installCustomFunctions();

const ENGINE_POSTS = 1_048_576;
const RANGE_ROWS = 100_000;

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function engineThroughput(): void {
  const posts = generatePosts(ENGINE_POSTS);
  const recorded = posts.staff.map((staff, i) => ({
    staff,
    scope: posts.scope[i],
    advice: posts.advice[i],
    role: posts.role[i],
    improvement: posts.improvement[i],
    contacts: posts.contacts[i],
  }));
  let checksum = 0;
  const run = (): number => {
    const start = process.hrtime.bigint();
    for (const post of recorded) {
      const facts = readPost(post);
      if (!Array.isArray(facts)) checksum += assess(facts).level;
    }
    return seconds(start);
  };
  run(); // warm-up: let the JIT settle before measuring
  const elapsed = run();
  const rate = ENGINE_POSTS / elapsed;
  console.log(`engine: ${ENGINE_POSTS.toLocaleString("en")} posts (parse + best fit) in ${elapsed.toFixed(3)} s = ${Math.round(rate).toLocaleString("en")} posts/s on one core (goal ≥ 2,000,000; ${(rate / 2_000_000).toFixed(2)}× the goal) [checksum ${checksum}]`);
}

function rangeVersusCells(): void {
  const posts = generatePosts(RANGE_ROWS, 7);
  const column = (values: unknown[]): unknown[][] => values.map((v) => [v]);
  const ranges = [posts.staff, posts.scope, posts.advice, posts.role, posts.improvement, posts.contacts].map(column);
  const range = (): number => {
    const start = process.hrtime.bigint();
    const result = assistLevel(ranges[0], ranges[1], ranges[2], ranges[3], ranges[4], ranges[5]);
    if (result.length !== RANGE_ROWS) throw new Error("spilled result has the wrong height");
    return seconds(start);
  };
  const cells = (): number => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < RANGE_ROWS; i++) {
      assistLevel([ranges[0][i]], [ranges[1][i]], [ranges[2][i]], [ranges[3][i]], [ranges[4][i]], [ranges[5][i]]);
    }
    return seconds(start);
  };
  range();
  cells();
  const oneCall = range();
  const manyCalls = cells();
  console.log(`HR.ASSISTLEVEL: one call over ${RANGE_ROWS.toLocaleString("en")} rows ${(oneCall * 1000).toFixed(1)} ms; ${RANGE_ROWS.toLocaleString("en")} single-cell calls ${(manyCalls * 1000).toFixed(1)} ms; ratio range/cells = ${(oneCall / manyCalls).toFixed(2)} (below 1: the range is cheaper per row)`);
  console.log("  (function cost only, in Node: Excel's own per-call overhead for 100,000 separate formulas comes on top and is not measured here)");
}

console.log(`node ${process.version}, ${process.arch}; one run`);
engineThroughput();
rangeVersusCells();
