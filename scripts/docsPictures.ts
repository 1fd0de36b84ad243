/**
 * `npm run docs:pictures`: evaluates the sample inventory with the batch tool
 * and renders the evaluated sheet, the summary and the matrix sheet to PNG
 * under docs/ (LibreOffice headless + pdftoppm; see renderSheet.ts).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { renderSheetPng } from "./renderSheet";

const root = path.resolve(__dirname, "..");

/** Columns left out of the picture of the evaluated sheet so it stays legible. */
const HIDDEN_IN_PICTURE = ["Directie-generaal", "Directie", "Dienst", "Functiecode", "Statuut", "VTE", "Rapporteert aan", "Motivering"];

export async function evaluatedSample(dir: string): Promise<string> {
  const output = path.join(dir, "sample.evaluated.xlsx");
  const run = spawnSync(process.execPath, [path.join(root, "bin/assistlevel.js"), "evaluate", path.join(root, "samples/inventaris-ondersteuning-management.xlsx"), "-o", output, "--lang", "nl", "--force"], { encoding: "utf8" });
  if (run.status !== 0 && run.status !== 1) throw new Error(`assistlevel failed (${run.status}): ${run.stderr}`);
  return output;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-"));
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
