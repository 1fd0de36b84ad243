import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** LibreOffice headless (Debian libreoffice-calc), the Excel stand-in for files: it opens, recalculates and renders them. */
export function sofficePath(): string {
  const run = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  const found = run.stdout.trim();
  if (!found) throw new Error("soffice not found: run `bash scripts/install-system-packages.sh` (Debian libreoffice-calc)");
  return found;
}

/**
 * Converts a file with LibreOffice (`format` e.g. "pdf", or a filter such as
 * 'csv:Text - txt - csv (StarCalc):44,34,76' for UTF-8 CSV) and returns the
 * output path. A private profile keeps parallel runs apart.
 */
export function convert(file: string, format: string, outDir = fs.mkdtempSync(path.join(os.tmpdir(), "soffice-"))): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "soffice-profile-"));
  execFileSync(
    sofficePath(),
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, file],
    { stdio: "pipe", timeout: 180_000 },
  );
  const extension = format.split(":")[0];
  const output = path.join(outDir, `${path.basename(file, path.extname(file))}.${extension}`);
  if (!fs.existsSync(output)) throw new Error(`LibreOffice wrote no ${extension} for ${file}`);
  return output;
}

/** LibreOffice's setting for recalculating formulas on load: 0 = always, not trusting the cached values. */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Converts several files with one LibreOffice start (each start costs
 * seconds). With `recalculate`, a throw-away profile makes LibreOffice
 * recalculate every formula on load, so the output holds LibreOffice's own
 * results rather than the cached values. Returns each input's output path,
 * or undefined where LibreOffice wrote none (it could not open the file, or
 * the run stopped); the inputs' base names must differ.
 */
export function convertAll(files: readonly string[], format: string, outDir: string, options: { recalculate?: boolean; secondsPerFile?: number } = {}): (string | undefined)[] {
  const names = files.map((file) => path.basename(file, path.extname(file)));
  if (new Set(names).size !== names.length) throw new Error("convertAll: the files' base names must differ (outputs are named after them)");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "soffice-profile-"));
  try {
    if (options.recalculate) {
      fs.mkdirSync(path.join(profile, "user"), { recursive: true });
      fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    }
    // The exit status is not looked at: what was written is what counts, file by file.
    spawnSync(sofficePath(), [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, ...files], {
      stdio: "pipe",
      timeout: 60_000 + 1000 * (options.secondsPerFile ?? 15) * files.length,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const extension = format.split(":")[0];
  return names.map((name) => {
    const output = path.join(outDir, `${name}.${extension}`);
    return fs.existsSync(output) ? output : undefined;
  });
}
