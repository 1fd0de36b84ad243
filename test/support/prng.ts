/** The seeded PRNG of the benchmarks (mulberry32), so generated test input is the same every run and a failure can be replayed. */
export { prng } from "../../bench/generatePosts";
