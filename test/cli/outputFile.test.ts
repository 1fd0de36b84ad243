import * as fs from "fs";
import { basename, dirname, join } from "path";
import { cliText } from "../../src/cli/cliText";
import { UsageError } from "../../src/cli/exitCodes";
import { type OutputTarget, writeOutput, writeText } from "../../src/cli/outputFile";
import { tempFolder } from "./cliHarness";

/**
 * writeOutput on the real file system: the temporary file is private to the
 * run and beside the output, the no-overwrite check holds when the copy takes
 * its name, and nothing is left behind whatever goes wrong.
 */
const say = cliText("en");
const COPY = "the evaluated copy";
const usualMode = 0o666 & ~process.umask();

let folder: string;
let output: string;
beforeEach(() => {
  folder = tempFolder();
  output = join(folder, "out.xlsx");
});
afterEach(() => jest.restoreAllMocks());

const names = () => fs.readdirSync(folder).sort();
const bytes = (text: string) => new TextEncoder().encode(text);
const errno = (code: string, syscall: string, message = `${code}: failed, ${syscall}`) => Object.assign(new Error(message), { code, syscall });

/** A writer in the way the coming .xlsx writer will write: bytes through the stream's writer, then close. */
async function streamWriter(target: OutputTarget, text = COPY): Promise<void> {
  const writer = target.stream.getWriter();
  await writer.write(bytes(text));
  await writer.close();
}

describe("writeOutput: the copy is written whole, through a private file beside it", () => {
  it("writes through the stream; the temporary file is in the output's folder, mode 0600, and gone afterwards", async () => {
    let seen: { path: string; mode: number } | undefined;
    await writeOutput(output, { force: false }, say, async (target) => {
      seen = { path: target.path, mode: fs.statSync(target.path).mode & 0o777 };
      await streamWriter(target);
    });
    expect(dirname(seen!.path)).toBe(folder);
    expect(basename(seen!.path)).toMatch(/^\.out\.xlsx\.[0-9a-f]{16}\.tmp$/);
    expect(seen!.mode).toBe(0o600);
    expect(fs.readFileSync(output, "utf8")).toBe(COPY);
    expect(fs.statSync(output).mode & 0o777).toBe(usualMode);
    expect(names()).toEqual(["out.xlsx"]);
  });

  it("takes a ReadableStream piped into it", async () => {
    await writeOutput(output, { force: false }, say, (target) => new Blob([COPY]).stream().pipeTo(target.stream));
    expect(fs.readFileSync(output, "utf8")).toBe(COPY);
  });

  it("lets a writer that only knows paths write the temporary file by name", async () => {
    await writeOutput(output, { force: false }, say, (target) => fs.promises.writeFile(target.path, COPY));
    expect(fs.readFileSync(output, "utf8")).toBe(COPY);
    expect(names()).toEqual(["out.xlsx"]);
  });

  it("writes text as UTF-8 without splitting a character across slices", async () => {
    const text = "Coördinatie 👩‍💼 — Réseau".repeat(3);
    await writeOutput(output, { force: false }, say, (target) => writeText(target.stream, text, 1));
    expect(fs.readFileSync(output, "utf8")).toBe(text);
  });

  it("listens for signals only while writing", async () => {
    const before = process.listenerCount("SIGTERM");
    await writeOutput(output, { force: false }, say, async (target) => {
      expect(process.listenerCount("SIGTERM")).toBe(before + 1);
      expect(process.listenerCount("SIGINT")).toBeGreaterThan(0);
      await streamWriter(target);
    });
    expect(process.listenerCount("SIGTERM")).toBe(before);
  });
});

describe("writeOutput: the temporary file is created exclusively", () => {
  it("never follows a symlink planted at the temporary name: takes another name, leaves the link and its target alone", async () => {
    const victim = join(folder, "victim.txt");
    fs.writeFileSync(victim, "not yours");
    const planted = join(folder, ".out.xlsx.planted.tmp");
    fs.symlinkSync(victim, planted);
    const random = jest.fn().mockReturnValueOnce("planted").mockReturnValueOnce("fresh");
    let used = "";
    await writeOutput(output, { force: false, randomName: random }, say, async (target) => {
      used = target.path;
      await streamWriter(target);
    });
    expect(used).toBe(join(folder, ".out.xlsx.fresh.tmp"));
    expect(fs.readFileSync(victim, "utf8")).toBe("not yours");
    expect(fs.readlinkSync(planted)).toBe(victim);
    expect(fs.readFileSync(output, "utf8")).toBe(COPY);
    expect(names()).toEqual([".out.xlsx.planted.tmp", "out.xlsx", "victim.txt"]);
  });

  it("gives up with a refusal when every name it tries is taken, writing nothing through them", async () => {
    const victim = join(folder, "victim.txt");
    fs.writeFileSync(victim, "not yours");
    fs.symlinkSync(victim, join(folder, ".out.xlsx.planted.tmp"));
    const write = jest.fn();
    const refused = writeOutput(output, { force: false, randomName: () => "planted" }, say, write);
    await expect(refused).rejects.toThrow(UsageError);
    await expect(refused).rejects.toThrow(/^Cannot write .*out\.xlsx: EEXIST/);
    expect(write).not.toHaveBeenCalled();
    expect(fs.readFileSync(victim, "utf8")).toBe("not yours");
    expect(names()).toEqual([".out.xlsx.planted.tmp", "victim.txt"]);
  });
});

describe("writeOutput: a file that appears at the output path while the copy is written", () => {
  const appearing = (make: () => void) => async (target: OutputTarget) => {
    make(); // another program, between the check at the start and the end of the write
    await streamWriter(target);
  };

  it("is never replaced without --force", async () => {
    const refused = writeOutput(output, { force: false }, say, appearing(() => fs.writeFileSync(output, "theirs")));
    await expect(refused).rejects.toThrow(new UsageError(say.outputAppeared(output)));
    expect(fs.readFileSync(output, "utf8")).toBe("theirs");
    expect(names()).toEqual(["out.xlsx"]);
  });

  it("is replaced with --force", async () => {
    await writeOutput(output, { force: true }, say, appearing(() => fs.writeFileSync(output, "theirs")));
    expect(fs.readFileSync(output, "utf8")).toBe(COPY);
    expect(names()).toEqual(["out.xlsx"]);
  });

  it("is not followed when it is a symlink, even a dangling one", async () => {
    const target = join(folder, "elsewhere.xlsx");
    await expect(writeOutput(output, { force: false }, say, appearing(() => fs.symlinkSync(target, output)))).rejects.toThrow(UsageError);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.lstatSync(output).isSymbolicLink()).toBe(true);
  });

  it("is refused with the file system's reason when it is a folder, even with --force", async () => {
    const refused = writeOutput(output, { force: true }, say, appearing(() => fs.mkdirSync(output)));
    await expect(refused).rejects.toThrow(new UsageError(`Cannot write ${output}: it is a folder (EISDIR).`));
    expect(fs.readdirSync(output)).toEqual([]);
    expect(names()).toEqual(["out.xlsx"]);
  });

  it("is refused with a clear message where the file system has no hard links", async () => {
    jest.spyOn(fs.promises, "link").mockRejectedValue(errno("EPERM", "link"));
    await expect(writeOutput(output, { force: false }, say, streamWriter)).rejects.toThrow(new UsageError(say.noLinks(output)));
    expect(names()).toEqual([]);
  });
});

describe("writeOutput: failures leave nothing behind", () => {
  it("rethrows a defect in the writer as it is", async () => {
    const defect = new TypeError("cannot read properties of undefined");
    await expect(writeOutput(output, { force: false }, say, () => Promise.reject(defect))).rejects.toBe(defect);
    expect(names()).toEqual([]);
  });

  it.each([
    ["ENOSPC", "the disk is full (ENOSPC)"],
    ["EACCES", "no permission to write there (EACCES)"],
    ["EROFS", "the folder is on a read-only file system (EROFS)"],
    ["EDQUOT", "your disk quota is used up (EDQUOT)"],
  ])("refuses on %s, naming the output and the reason", async (code, reason) => {
    const refused = writeOutput(output, { force: false }, say, () => Promise.reject(errno(code, "write")));
    await expect(refused).rejects.toThrow(new UsageError(`Cannot write ${output}: ${reason}.`));
    expect(names()).toEqual([]);
  });

  it("names the output, not the temporary file, in a system message it has no words for", async () => {
    const refused = writeOutput(output, { force: false }, say, (target) => Promise.reject(errno("EMFILE", "open", `EMFILE: too many open files, open '${target.path}'`)));
    await expect(refused).rejects.toThrow(new UsageError(`Cannot write ${output}: EMFILE: too many open files, open '${output}'.`));
  });

  it("reports the disk's failure even when the writer wraps it in its own error", async () => {
    const open = fs.promises.open;
    jest.spyOn(fs.promises, "open").mockImplementationOnce(async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      handle.write = (() => Promise.reject(errno("ENOSPC", "write"))) as typeof handle.write;
      return handle;
    });
    const wrapping = async (target: OutputTarget) => {
      try {
        await streamWriter(target);
      } catch {
        throw new Error("zip: could not write the entry");
      }
    };
    await expect(writeOutput(output, { force: false }, say, wrapping)).rejects.toThrow(new UsageError(`Cannot write ${output}: the disk is full (ENOSPC).`));
    expect(names()).toEqual([]);
  });

  it("treats a writer that returns before closing its stream as a defect", async () => {
    const early = async (target: OutputTarget) => void (await target.stream.getWriter().write(bytes(COPY)));
    await expect(writeOutput(output, { force: false }, say, early)).rejects.toThrow(/returned before closing the output stream/);
    expect(names()).toEqual([]);
  });

  it("does not place a copy whose writer aborted the stream", async () => {
    const aborting = (target: OutputTarget) => target.stream.abort(new Error("the writer gave up"));
    await expect(writeOutput(output, { force: false }, say, aborting)).rejects.toThrow("the writer gave up");
    expect(names()).toEqual([]);
  });
});
