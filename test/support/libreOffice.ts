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
