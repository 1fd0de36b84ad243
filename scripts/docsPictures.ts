/**
 * `npm run docs:pictures`: evaluates the sample inventory with the batch tool
 * and renders the evaluated sheet, the summary and the matrix sheet to PNG
 * under docs/ (LibreOffice headless + pdftoppm; see renderSheet.ts).
 *
 * `npm run docs:pictures -- --portable`: evaluates the sample with
 * `--formulas portable --lang nl` and renders docs/portable-recalculated.png,
 * the inventory's first 15 posts and the result columns as LibreOffice
 * worked them out after recalculating every formula on load (the copy holds
 * formulas with no results).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { renderSheetPng } from "./renderSheet";

const root = path.resolve(__dirname, "..");

/** Columns left out of the picture of the evaluated sheet so it stays legible. */
const HIDDEN_IN_PICTURE = ["Directie-generaal", "Directie", "Dienst", "Functiecode", "Statuut", "VTE", "Rapporteert aan", "Motivering"];

/** Inventory columns also left out of the portable picture, so that it shows the posts and their results (the strip included) legibly. */
const HIDDEN_IN_PORTABLE_PICTURE = [
  ...HIDDEN_IN_PICTURE,
  "Huidige klasse",
  "Ondersteund personeel",
  "Rol in de ondersteuning",
  "Coördinatie",
  "Advies",
  "Verbetering / innovatie",
  "Contacten",
];

export async function evaluatedSample(dir: string, formulas: "values" | "portable" = "values"): Promise<string> {
  const output = path.join(dir, formulas === "values" ? "sample.evaluated.xlsx" : "sample.portable.xlsx");
  const args = [path.join(root, "bin/assistlevel.js"), "evaluate", path.join(root, "samples/inventaris-ondersteuning-management.xlsx"), "-o", output, "--lang", "nl", "--force"];
  if (formulas !== "values") args.push("--formulas", formulas);
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (run.status !== 0 && run.status !== 1) throw new Error(`assistlevel failed (${run.status}): ${run.stderr}`);
  return output;
}

/** docs/portable-recalculated.png: the header row (3) and the first 15 posts (rows 4–18) of the portable copy, recalculated by LibreOffice. */
async function portablePicture(dir: string): Promise<void> {
  const output = await evaluatedSample(dir, "portable");
  const png = path.join(root, "docs", "portable-recalculated.png");
  await renderSheetPng(output, "Inventaris", png, { lastRow: 18, headerRow: 3, hide: HIDDEN_IN_PORTABLE_PICTURE, recalculate: true });
  console.log(`wrote docs/portable-recalculated.png from ${output}, recalculated by LibreOffice`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-"));
  if (process.argv.includes("--portable")) return portablePicture(dir);
  const output = await evaluatedSample(dir);
  const docs = path.join(root, "docs");
  await renderSheetPng(output, "Inventaris", path.join(docs, "evaluated-inventory.png"), { lastRow: 26, headerRow: 3, hide: HIDDEN_IN_PICTURE });
  await renderSheetPng(output, "Overzicht", path.join(docs, "summary.png"), { lastRow: 60 });
  await renderSheetPng(output, "Matrix A1-A4", path.join(docs, "matrix-sheet.png"), { lastRow: 9 });
  console.log(`wrote docs/evaluated-inventory.png, docs/summary.png, docs/matrix-sheet.png from ${output}`);
}

if (require.main === module) {
  main().catch((failure: unknown) => {
    console.error(failure instanceof Error ? failure.stack : failure);
    process.exit(1);
  });
}
