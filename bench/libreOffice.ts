/**
 * LibreOffice headless (Debian libreoffice-calc, from
 * scripts/install-system-packages.sh) for the benchmarks and the docs
 * pictures: one timed conversion with a throw-away private profile that can
 * force every formula to be recalculated on load. The same approach as the
 * tests' helper (test/support/libreOffice.ts, convertAll with recalculate),
 * written again here because bench/ does not depend on test/.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** soffice on the PATH, or undefined when LibreOffice is not installed. */
export function sofficeOrUndefined(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  return found === "" ? undefined : found;
}

/** LibreOffice's version line ("LibreOffice 7.4.7.2 …"), or "" when it cannot say. */
export function sofficeVersion(soffice: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "soffice-profile-"));
  try {
    const run = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, "--version"], { encoding: "utf8", timeout: 60_000 });
    return (run.stdout ?? "").trim();
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** LibreOffice's setting for recalculating formulas on load: 0 = always, not trusting the cached values. */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * The CSV filter (UTF-8, comma-separated, cells as shown) writing sheet
 * `sheet` (1-based; LibreOffice 7.2 and later) rather than the first one.
 */
export const csvFilter = (sheet = 1): string => `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheet}`;

/**
 * Whether `name` is what LibreOffice writes for `file` in `format`: the
 * file's base name with the format's extension, or, for a CSV of one chosen
 * sheet (csvFilter), the base name, a hyphen and the sheet's name.
 */
function outputOf(file: string, format: string, name: string): boolean {
  const base = path.basename(file, path.extname(file));
  const extension = `.${format.split(":")[0]}`;
  return name === `${base}${extension}` || (name.startsWith(`${base}-`) && name.endsWith(extension));
}

/** The highest peak resident memory (VmHWM) among the live processes of process group `group`, in MB; 0 when none is readable. */
function groupPeakMB(group: number): number {
  let peak = 0;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses, so read after the last ")".
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== group) continue;
      const kB = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      if (kB !== undefined) peak = Math.max(peak, Number(kB) / 1024);
    } catch {
      // The process ended meanwhile.
    }
  }
  return peak;
}

export interface Conversion {
  /** The file written (for csvFilter's CSV, named `<base>-<sheet>.csv`), or undefined when LibreOffice wrote none (it could not open the file, failed, or was stopped). */
  readonly output?: string;
  /** Wall time of the soffice process, start-up included. */
  readonly seconds: number;
  readonly timedOut: boolean;
  /** Peak resident memory of the largest soffice process (soffice.bin), polled every second (Linux /proc); 0 where it could not be read. */
  readonly peakMB: number;
  readonly status: number | null;
  /** The last lines soffice printed (it prints on stderr when a file cannot be loaded). */
  readonly stderr: string;
}

/**
 * Converts `file` with one soffice start (`format` e.g. "pdf", "xlsx" or
 * csvFilter()), into `outDir`, and times it. With `recalculate`, a fresh
 * private profile makes LibreOffice recalculate every formula on load, so
 * the output holds LibreOffice's own results rather than the cached values
 * (a fresh profile is used either way, so parallel runs stay apart and every
 * conversion pays the same start-up). The soffice process group is killed
 * after `timeoutSeconds`.
 */
export function convertTimed(soffice: string, file: string, format: string, outDir: string, options: { recalculate?: boolean; timeoutSeconds?: number } = {}): Promise<Conversion> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "soffice-profile-"));
  if (options.recalculate) {
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const written = (): string[] => fs.readdirSync(outDir).filter((name) => outputOf(file, format, name));
  for (const name of written()) fs.rmSync(path.join(outDir, name), { force: true });
  const started = process.hrtime.bigint();
  // Its own process group, so that a time-out ends soffice.bin too, not only the soffice script.
  const child = spawn(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, file], {
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr.on("data", (data: Buffer) => (stderr = (stderr + data.toString()).slice(-4000)));
  let peakMB = 0;
  const watch = setInterval(() => (peakMB = Math.max(peakMB, groupPeakMB(child.pid ?? -1))), 1000);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-(child.pid ?? 0), "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  }, (options.timeoutSeconds ?? 1200) * 1000);
  return new Promise((resolve, reject) => {
    child.on("error", (failure) => {
      clearTimeout(timer);
      clearInterval(watch);
      fs.rmSync(profile, { recursive: true, force: true });
      reject(failure);
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      clearInterval(watch);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      fs.rmSync(profile, { recursive: true, force: true });
      const [output] = timedOut ? [] : written();
      resolve({ output: output === undefined ? undefined : path.join(outDir, output), seconds, timedOut, peakMB, status, stderr: stderr.trim() });
    });
  });
}
