#!/usr/bin/env node
"use strict";
// The `assistlevel` command: runs the CLI compiled by `npm run build:cli`
// (tsconfig.cli.json writes it to build/cli; `npm ci` builds it via "prepare").
const fs = require("fs");
const path = require("path");

const entry = path.join(__dirname, "..", "build", "cli", "cli", "assistlevel.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("AssistLevel is not built yet: run npm run build:cli (npm ci does it)\n");
  process.exit(2);
}

// Writing a copy streams millions of short-lived strings; with V8's default
// 16 MB young generation they outlive a scavenge and fill the old generation,
// and garbage collection took half the time of a 1,048,575-row run (measured:
// 253 s → 128 s wall with 64 MB). The flag can only be given at start, so the
// command starts itself once more with it; signals and the exit code pass through.
const YOUNG_GENERATION = "--max-semi-space-size=64";
if (!process.execArgv.some((arg) => arg.startsWith("--max-semi-space-size"))) {
  const { spawn } = require("child_process");
  const child = spawn(process.execPath, [YOUNG_GENERATION, ...process.execArgv, path.join(__dirname, "assistlevel.js"), ...process.argv.slice(2)], { stdio: "inherit" });
  const signals = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
  for (const signal of Object.keys(signals)) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? 128 + (signals[signal] ?? 1)));
} else {
  require(entry).run();
}
