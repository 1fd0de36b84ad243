import { execFile, spawn } from "child_process";
import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { BIN, CLI_TIMEOUT, type CliRun, ROOT, SAMPLE_CSV, SAMPLE_XLSX, requireBuiltCli, tempFolder } from "./cliHarness";

/**
 * The built CLI's output file, as users run it: nothing left behind when the
 * run is interrupted, a refused write is a plain message with exit 2, and
 * nothing of the inventory goes to the system's temp folder.
 */
jest.setTimeout(3 * CLI_TIMEOUT);
beforeAll(() => requireBuiltCli());

/** Posts in the generated inventory: enough that writing the .xlsx takes seconds, so a signal lands during the write. */
const POSTS = 20_000;

/** A `;`-CSV inventory with the sample's headers and its posts repeated under new IDs. */
function largeInventory(folder: string): string {
  const lines = readFileSync(SAMPLE_CSV, "utf8").split(/\r?\n/);
  const header = lines.findIndex((line) => line.startsWith("Post-ID;"));
  const posts = lines.slice(header + 1).filter((line) => line.trim() !== "" && !line.startsWith(";"));
  const rows = Array.from({ length: POSTS }, (_, i) => [`P${i}`, ...posts[i % posts.length].split(";").slice(1)].join(";"));
  const path = join(folder, "inventory.csv");
  writeFileSync(path, `\uFEFF${lines[header]}\r\n${rows.join("\r\n")}\r\n`);
  return path;
}

/** Runs the CLI in English with `env` added, as the user `uid` when given (the harness's runCli, with a user). */
function run(args: readonly string[], env: NodeJS.ProcessEnv = {}, uid?: number): Promise<CliRun> {
  const options = { cwd: ROOT, env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C", ...env }, timeout: CLI_TIMEOUT, ...(uid === undefined ? {} : { uid, gid: uid }) };
  return new Promise((done) =>
    execFile(process.execPath, [BIN, ...args], options, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }),
    ),
  );
}

interface Interrupted {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly temporaryMode: number;
}

/** Runs the CLI, sends `signal` as soon as its temporary file appears beside `output`, and waits for it to end. */
function interrupt(input: string, output: string, signal: NodeJS.Signals): Promise<Interrupted> {
  const folder = join(output, "..");
  const child = spawn(process.execPath, [BIN, "evaluate", input, "-o", output], { cwd: ROOT, env: { ...process.env, LANG: "C", LC_ALL: "" } });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  let temporaryMode = -1;
  const watch = setInterval(() => {
    const temporary = readdirSync(folder).find((name) => name.endsWith(".tmp"));
    if (temporary === undefined) return;
    clearInterval(watch);
    temporaryMode = statSync(join(folder, temporary)).mode & 0o777;
    child.kill(signal);
  }, 20);
  return new Promise((done) =>
    child.on("close", (code, endedBy) => {
      clearInterval(watch);
      done({ code, signal: endedBy, stderr, temporaryMode });
    }),
  );
}

describe("an interrupted write leaves nothing behind", () => {
  it.concurrent.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)("on %s: removes the temporary file, says so and exits %i", async (signal, code) => {
    const folder = tempFolder();
    const input = largeInventory(folder);
    const output = join(folder, "evaluated.xlsx");
    const run = await interrupt(input, output, signal);
    expect(run.temporaryMode).toBe(0o600);
    expect(run.stderr).toContain(`Interrupted (${signal}): nothing was written to ${output}.\n`);
    expect(run).toMatchObject({ code, signal: null });
    expect(readdirSync(folder)).toEqual(["inventory.csv"]);
  });
});

describe("a write the file system refuses", () => {
  // Root writes anywhere, so as root the run is made as "nobody", for whom the folder is read-only.
  const asRoot = process.getuid?.() === 0;
  const NOBODY = 65534;
  (process.platform === "win32" ? it.skip : it)("exits 2 in a read-only folder, naming the file and the reason, with no stack and nothing left", async () => {
    const base = tempFolder();
    chmodSync(base, 0o755);
    const folder = join(base, "read-only");
    mkdirSync(folder, 0o555);
    chmodSync(folder, 0o555); // mkdir's mode passes through the umask
    const output = join(folder, "evaluated.xlsx");
    const refused = await run(["evaluate", SAMPLE_XLSX, "-o", output], {}, asRoot ? NOBODY : undefined);
    expect(refused.stderr).toBe(`Cannot write ${output}: no permission to write there (EACCES).\n`);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("no inventory data goes to the system's temp folder", () => {
  it.concurrent.each([["xlsx"], ["csv"]])("writing .%s", async (format) => {
    const folder = tempFolder();
    const systemTemp = join(folder, "system-temp");
    mkdirSync(systemTemp);
    const output = join(folder, `evaluated.${format}`);
    const evaluated = await run(["evaluate", SAMPLE_XLSX, "-o", output], { TMPDIR: systemTemp, TMP: systemTemp, TEMP: systemTemp });
    expect(evaluated.code).toBe(1);
    expect(readdirSync(systemTemp)).toEqual([]);
    expect(readdirSync(folder).sort()).toEqual([`evaluated.${format}`, "system-temp"]);
  });
});
