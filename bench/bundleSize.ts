/**
 * `npm run bench:bundle`: gzip sizes of the built add-in (reads `dist/`; build it
 * first with `npm run build`), against the goals of issue 4:
 *  - the pane's start-up scripts ≤ 250 KB: `taskpane.js` and every other local
 *    script `taskpane.html` names, except `functions.js`. Chunks the pane imports
 *    later, if at all (the Excel start-up, browser mode's worker), are not named by
 *    the page and are listed on their own;
 *  - the custom functions (`functions.js`) ≤ 40 KB.
 * Every other .js in dist/ (chunks loaded later, workers) is listed with its size.
 * Sizes are zlib gzip at level 9 and at the default level (6); KB = 1,000 bytes.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const dist = path.resolve(process.env.ASSISTLEVEL_DIST ?? path.join(__dirname, "..", "dist"));

const PANE_GOAL_KB = 250;
const FUNCTIONS_GOAL_KB = 40;

interface Sizes {
  raw: number;
  gzip9: number;
  gzipDefault: number;
}

function sizesOf(files: string[]): Sizes {
  return files
    .map((file) => fs.readFileSync(path.join(dist, file)))
    .map((bytes) => ({
      raw: bytes.length,
      gzip9: zlib.gzipSync(bytes, { level: 9 }).length,
      gzipDefault: zlib.gzipSync(bytes).length,
    }))
    .reduce((sum, one) => ({ raw: sum.raw + one.raw, gzip9: sum.gzip9 + one.gzip9, gzipDefault: sum.gzipDefault + one.gzipDefault }), { raw: 0, gzip9: 0, gzipDefault: 0 });
}

/**
 * The local scripts an HTML page of dist/ loads as it opens (`<script src>`), in
 * order. The built page is minified, so `src` may be quoted or not.
 */
export function startupScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((match) => match[1] ?? match[2] ?? match[3]);
  return sources.filter((source) => !/^[a-z]+:\/\//i.test(source)).map((source) => source.replace(/^\.?\//, "").replace(/[?#].*$/, ""));
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function goalLine(label: string, files: string[], goalKB: number): string {
  const size = sizesOf(files);
  const ratio = size.gzip9 / (goalKB * 1000);
  return [
    `${label}: ${files.join(" + ")}`,
    `  raw ${kb(size.raw)}, gzip -9 ${kb(size.gzip9)}, gzip default ${kb(size.gzipDefault)}`,
    `  goal ≤ ${goalKB} KB: gzip -9 is ${ratio.toFixed(2)}× the goal (${ratio <= 1 ? "within" : "OVER"})`,
  ].join("\n");
}

function main(): void {
  const page = path.join(dist, "taskpane.html");
  if (!fs.existsSync(page)) throw new Error(`${page} does not exist: build the add-in first (npm run build).`);
  const scripts = startupScripts(fs.readFileSync(page, "utf8"));
  const missing = scripts.filter((file) => !fs.existsSync(path.join(dist, file)));
  if (missing.length > 0) throw new Error(`taskpane.html names scripts that are not in ${dist}: ${missing.join(", ")}`);
  if (!scripts.includes("functions.js")) throw new Error(`taskpane.html does not load functions.js (scripts: ${scripts.join(", ")}): the shared runtime needs it.`);
  const pane = scripts.filter((file) => file !== "functions.js");

  console.log(`Bundle sizes of ${dist}`);
  console.log(goalLine("Pane at start-up", pane, PANE_GOAL_KB));
  const others = fs
    .readdirSync(dist, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith(".js") && !scripts.includes(file))
    .sort();
  console.log(goalLine("Custom functions", ["functions.js"], FUNCTIONS_GOAL_KB));
  console.log(others.length > 0 ? "Other scripts in dist/ (loaded later if at all: lazy chunks, workers; not part of the start-up goal):" : "Other scripts in dist/: none");
  for (const file of others) {
    const size = sizesOf([file]);
    console.log(`  ${file}: raw ${kb(size.raw)}, gzip -9 ${kb(size.gzip9)}, gzip default ${kb(size.gzipDefault)}`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (failure) {
    console.error(failure instanceof Error ? failure.message : failure);
    process.exit(1);
  }
}
