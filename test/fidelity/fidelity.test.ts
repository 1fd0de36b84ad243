import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { type CliRun, requireBuiltCli, runCli } from "../cli/cliHarness";
import { type RecalculatedWorkbook, checkCopy, describeFinding, recalculateWorkbooks } from "./checkCopy";
import { type CorpusFile, corpusFiles, expectsCopy } from "./corpus";

/**
 * Issue 9's evidence: the built CLI evaluates every workbook of the fidelity
 * corpus (test/fixtures/fidelity/<writer>/corpus.json) as a user runs it,
 * ends with the expected exit code, and writes a copy that keeps the
 * analyst's package (checkCopy finds nothing); evaluating that copy again
 * still keeps every original part. LibreOffice opens and recalculates all
 * originals and copies in one run, so the whole suite stays within minutes.
 */
jest.setTimeout(120_000);

const FILES = corpusFiles();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "fidelity-"));

interface Evaluation {
  readonly original: Uint8Array;
  readonly first: CliRun;
  readonly copy?: Uint8Array;
  /** The tool run again on its own copy. */
  readonly second?: CliRun;
  readonly secondCopy?: Uint8Array;
}

const evaluations = new Map<CorpusFile, Evaluation>();
const recalculated = new Map<Uint8Array, RecalculatedWorkbook | undefined>();

function readIfWritten(file: string): Uint8Array | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
}

async function evaluate(entry: CorpusFile, index: number): Promise<Evaluation> {
  const extension = path.extname(entry.file);
  const copyPath = path.join(outDir, `${index}-copy${extension}`);
  const original = fs.readFileSync(entry.path);
  const first = await runCli(["evaluate", entry.path, "-o", copyPath, "--lang", "en"]);
  const copy = readIfWritten(copyPath);
  if (!copy) return { original, first };
  const secondPath = path.join(outDir, `${index}-second${extension}`);
  const second = await runCli(["evaluate", copyPath, "-o", secondPath, "--lang", "en"]);
  return { original, first, copy, second, secondCopy: readIfWritten(secondPath) };
}

/** Two CLI runs at a time: the machine has two cores. */
async function twoAtATime<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

beforeAll(async () => {
  requireBuiltCli();
  const results = await twoAtATime(FILES, evaluate);
  FILES.forEach((entry, index) => evaluations.set(entry, results[index]));
  const workbooks = results.flatMap((e) => (e.copy ? [e.original, e.copy, ...(e.secondCopy ? [e.secondCopy] : [])] : []));
  const values = await recalculateWorkbooks(workbooks);
  workbooks.forEach((workbook, index) => recalculated.set(workbook, values[index]));
}, 1_200_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

/** The findings as lines, so a failure lists every loss. */
async function findings(original: Uint8Array, copy: Uint8Array, inventorySheet: string): Promise<string[]> {
  const found = await checkCopy(original, copy, { inventorySheet, recalculated: { original: recalculated.get(original), copy: recalculated.get(copy) } });
  return found.map(describeFinding);
}

function outcome(run: CliRun | undefined): string {
  return run ? `exit ${run.code}: ${run.stderr.trim().split("\n").slice(0, 3).join(" / ")}` : "not run";
}

describe.each(FILES.map((entry) => [`${entry.folder}/${entry.file}`, entry] as const))("%s", (_name, entry) => {
  test(`ends with exit ${entry.expectedExit}`, () => {
    const { first } = evaluations.get(entry)!;
    expect({ exit: first.code, stderr: first.stderr.trim() }).toEqual({ exit: entry.expectedExit, stderr: expect.any(String) });
  });

  if (!expectsCopy(entry)) {
    test("is refused: no copy is written", () => {
      expect(evaluations.get(entry)!.copy).toBeUndefined();
    });
    return;
  }

  test("the copy keeps the analyst's workbook", async () => {
    const { original, first, copy } = evaluations.get(entry)!;
    if (!copy) throw new Error(`no copy was written (${outcome(first)})`);
    expect(await findings(original, copy, entry.inventorySheet)).toEqual([]);
  });

  test("evaluating the copy again still keeps the original's parts", async () => {
    const { original, first, second, secondCopy } = evaluations.get(entry)!;
    if (!secondCopy) throw new Error(`no second copy was written (first ${outcome(first)}; second ${outcome(second)})`);
    expect(second!.code).toBe(entry.expectedExit);
    expect(await findings(original, secondCopy, entry.inventorySheet)).toEqual([]);
  });
});
