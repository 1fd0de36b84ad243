/* Preloaded into a measured process (node -r ./bench/maxRss.js …): at exit it
   writes its peak resident memory and wall time to the file named by
   BENCH_REPORT, so the benchmark measures the process from the inside. */
const fs = require("fs");
const started = process.hrtime.bigint();
process.on("exit", () => {
  const file = process.env.BENCH_REPORT;
  if (!file) return;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.writeFileSync(file, JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, seconds }));
});
