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
require(entry).run();
