import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { basename, join } from "path";
import { BrowserHost } from "../../src/taskpane/browser/BrowserHost";
import { UnreadableFile } from "../../src/taskpane/browser/unreadableFile";
import { Stop } from "../../src/usecases/stop";
import { BIN, requireBuiltCli, tempFolder } from "../cli/cliHarness";
import { inProcessWorker } from "../taskpane/browser/inProcessWorker";
import { HOSTILE_CASES, type HostileCase, writeHostileCorpus } from "./hostileCorpus";

/**
 * Every file of the hostile corpus through the batch tool, as a user runs
 * it (bin/assistlevel.js, a time limit per file), and through browser mode
 * (the page's worker: open, find the inventory, evaluate). Each ends in
 * 0, 1 or 2 — never 3, a signal or running out of memory — and a refusal
 * is one message a person understands: it names the file and says what it
 * is, with no JavaScript stack and no raw control characters.
 */
const FILE_LIMIT = 60_000;
jest.setTimeout(FILE_LIMIT + 30_000);

let paths: Map<string, string>;
let folder: string;
beforeAll(async () => {
  requireBuiltCli();
  folder = tempFolder();
  paths = await writeHostileCorpus(folder);
}, 120_000);

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** What a person must be able to read: no stack, no JavaScript words, no raw controls, not a flood. */
function expectReadable(message: string): void {
  expect(message).not.toMatch(/^\s+at /m);
  expect(message).not.toMatch(/TypeError|RangeError|ReferenceError|undefined|\[object Object\]|internal error/);
  expect(message).not.toMatch(RAW_CONTROL);
  expect(message.length).toBeLessThan(4000);
}

const caseTest = (hostile: HostileCase): jest.It => (hostile.pending ? test.failing : test);

describe("the batch tool on hostile files", () => {
  for (const hostile of HOSTILE_CASES) {
    caseTest(hostile)(`${hostile.name} ends in ${hostile.exits.join(" or ")}${hostile.pending ? ` (pending: ${hostile.pending})` : ""}`, () => {
      const input = paths.get(hostile.name) as string;
      const output = join(folder, `${basename(hostile.name)}.evaluated.xlsx`);
      const run = spawnSync(process.execPath, [BIN, "evaluate", input, "-o", output, "--force", "--lang", "en"], {
        encoding: "utf8",
        timeout: FILE_LIMIT,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "C" },
      });
      expect({ signal: run.signal, error: run.error?.message }).toEqual({ signal: null, error: undefined });
      expect(hostile.exits).toContain(run.status);
      // Progress lines ("assistlevel [ 0.9 s] …") come on stderr for files over 2 MB; they are not the message.
      const message = run.stderr
        .split("\n")
        .filter((line) => line !== "" && !line.startsWith("assistlevel ["))
        .join("\n");
      expectReadable(message);
      expectReadable(run.stdout);
      if (run.status === 2) expect(message.split("\n")).toHaveLength(1);
      if (hostile.says) {
        expect(message).toMatch(hostile.says);
        if (hostile.names !== "cell") expect(message).toContain(input);
      }
    });
  }
});

/** How browser mode's worker ends with a file: the refusal or stop it shows, or "evaluated". */
async function inBrowserMode(hostile: HostileCase, bytes: Uint8Array): Promise<string> {
  let host: BrowserHost | undefined;
  try {
    host = await BrowserHost.open(new Blob([bytes as BlobPart]), hostile.name, "en", inProcessWorker().connect);
    const { preferred } = await host.listSources();
    if (!preferred) return "no inventory offered";
    await host.mapInventory(preferred, {}, "en");
    await host.evaluate({ source: preferred, map: {}, language: "en", mode: "values", validation: true }, () => undefined, new AbortController().signal);
    return "evaluated";
  } catch (error) {
    // Anything but a refusal of the file or a stop of the use case is a defect shown as one: fail with it.
    if (error instanceof UnreadableFile || error instanceof Stop) return error.message;
    throw error;
  } finally {
    host?.dispose();
  }
}

describe("browser mode on hostile files", () => {
  for (const hostile of HOSTILE_CASES) {
    caseTest(hostile)(`${hostile.name}: a refusal or a stop, never a JavaScript error${hostile.pending ? ` (pending: ${hostile.pending})` : ""}`, async () => {
      const outcome = await inBrowserMode(hostile, readFileSync(paths.get(hostile.name) as string));
      expectReadable(outcome);
      if (hostile.says) {
        expect(outcome).toMatch(hostile.says);
        if (hostile.names !== "cell") expect(outcome).toContain(hostile.name);
      }
      if (!hostile.exits.includes(2)) expect(outcome).toBe("evaluated");
    });
  }
});
