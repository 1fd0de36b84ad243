import { execFile } from "child_process";
import { EventEmitter } from "events";
import { writeFileSync } from "fs";
import { join } from "path";
import { guardedIo } from "../../src/cli/assistlevel";
import type { CliIo } from "../../src/cli/cliIo";
import { EXIT, type ExitCode } from "../../src/cli/exitCodes";
import { BIN, CLI_TIMEOUT, ROOT, SAMPLE_XLSX, requireBuiltCli, tempFolder } from "./cliHarness";

/**
 * `assistlevel evaluate … | head -1`: a reader that stops reading is no
 * failure of the run. The exit code stays the run's (0 or 1), with no stack.
 */
jest.setTimeout(CLI_TIMEOUT);

const VALID_CSV = "\uFEFFPost-ID;Personeel;Coördinatie;Advies;Rol\r\nP1;150;1;dienst;bijdragen\r\n";

/** Runs `node bin/assistlevel.js evaluate <input> -o <output> | <reader>` in bash; `code` is the CLI's own, from PIPESTATUS. */
function piped(input: string, output: string, reader: string): Promise<{ code: number; shown: string; stderr: string }> {
  const script = `"${process.execPath}" "${BIN}" evaluate "${input}" -o "${output}" | ${reader}; ` + 'echo "exit ${PIPESTATUS[0]}"';
  return new Promise((done, fail) =>
    execFile("bash", ["-c", script], { cwd: ROOT, env: { ...process.env, LC_ALL: "", LANG: "C" }, timeout: CLI_TIMEOUT }, (error, stdout, stderr) => {
      if (error) return fail(error);
      const lines = stdout.trimEnd().split("\n");
      done({ code: Number(lines.pop()?.replace("exit ", "")), shown: lines.join("\n"), stderr });
    }),
  );
}

describe("a closed stdout pipe, with the built CLI", () => {
  beforeAll(() => requireBuiltCli());

  it("| head -1 shows the first line and the exit code stays the run's (1: some rows invalid)", async () => {
    const folder = tempFolder();
    const output = join(folder, "out.xlsx");
    const run = await piped(SAMPLE_XLSX, output, "head -1");
    expect(run.shown.split("\n")).toEqual([expect.stringContaining(`Written: ${output} (sheet "Inventaris"`)]);
    expect(run.code).toBe(EXIT.invalidRows);
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  // `true` exits before the CLI has written anything: every line meets a closed pipe, every time.
  it.each([
    ["every row evaluated", "valid", EXIT.ok],
    ["some rows invalid", "sample", EXIT.invalidRows],
  ])("| true keeps the exit code of a run with %s, quietly", async (_, which, code) => {
    const folder = tempFolder();
    const input = which === "valid" ? join(folder, "valid.csv") : SAMPLE_XLSX;
    if (which === "valid") writeFileSync(input, VALID_CSV);
    const run = await piped(input, join(folder, "out.xlsx"), "true");
    expect(run.code).toBe(code);
    expect(run.stderr).not.toMatch(/EPIPE|internal error|\n\s+at /);
  });
});

/** A process stream as guardedIo sees it: errors emitted by the test. */
function fakeStream(): EventEmitter {
  return new EventEmitter();
}

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: { LANG: "fr_BE.UTF-8" }, stderrIsTty: false };
}

const epipe = () => Object.assign(new Error("write EPIPE"), { code: "EPIPE", syscall: "write" });

describe("guardedIo", () => {
  it("stops writing to a stream whose reader went away, without a word or a failure", () => {
    const streams = { stdout: fakeStream(), stderr: fakeStream() };
    const failed = jest.fn<void, [ExitCode]>();
    const base = io();
    const guarded = guardedIo(base, streams, failed);
    guarded.stdout("Written: out.xlsx\n");
    streams.stdout.emit("error", epipe());
    guarded.stdout("Posts evaluated: 3\n");
    guarded.stderr("1 row could not be evaluated:\n");
    expect(base.out).toEqual(["Written: out.xlsx\n"]);
    expect(base.err).toEqual(["1 row could not be evaluated:\n"]);
    expect(failed).not.toHaveBeenCalled();
  });

  it("says so on stderr, in the user's language, and fails with 2 when stdout fails otherwise", () => {
    const streams = { stdout: fakeStream(), stderr: fakeStream() };
    const failed = jest.fn<void, [ExitCode]>();
    const base = io();
    const guarded = guardedIo(base, streams, failed);
    streams.stdout.emit("error", Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" }));
    guarded.stdout("Posts evaluated: 3\n");
    expect(base.out).toEqual([]);
    expect(base.err).toEqual(["Impossible d'écrire sur stdout : ENOSPC: no space left on device, write.\n"]);
    expect(failed).toHaveBeenCalledWith(EXIT.usage);
  });

  it("fails with 2, silently, when stderr itself fails otherwise; a closed stderr pipe is quiet", () => {
    const failed = jest.fn<void, [ExitCode]>();
    const closed = { stdout: fakeStream(), stderr: fakeStream() };
    guardedIo(io(), closed, failed);
    closed.stderr.emit("error", epipe());
    expect(failed).not.toHaveBeenCalled();
    const broken = { stdout: fakeStream(), stderr: fakeStream() };
    const base = io();
    guardedIo(base, broken, failed).stderr("x");
    broken.stderr.emit("error", Object.assign(new Error("EBADF"), { code: "EBADF", syscall: "write" }));
    expect(failed).toHaveBeenCalledWith(EXIT.usage);
    expect(base.err).toEqual(["x"]);
  });
});
