import { spawnSync } from "child_process";
import { join, resolve } from "path";

/**
 * The layers are the linter's to keep (eslint.config.mjs, LAYERS): a
 * forbidden import planted in a layer, at any depth, fails the lint with the
 * layer's message, an allowed one passes, and the tree as it stands has no
 * forbidden import. ESLint runs as its own process, as a developer runs it.
 */

const ROOT = resolve(__dirname, "../..");
const ESLINT = join(ROOT, "node_modules", "eslint", "bin", "eslint.js");

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

/** Lints `code` as if it were the file `path` of the tree (nothing is written), and returns the import-rule messages. */
function lintAs(path: string, code: string): LintMessage[] {
  const run = spawnSync(process.execPath, [ESLINT, "--format", "json", "--stdin", "--stdin-filename", path], { cwd: ROOT, input: code, encoding: "utf8" });
  if (run.stdout.trim() === "") throw new Error(`eslint gave no report: ${run.stderr}`);
  const [report] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  return report.messages.filter((m) => /no-restricted-imports$/.test(m.ruleId ?? ""));
}

const planted = (from: string): string => `import { something } from "${from}";\nexport const planted = something;\n`;

describe("the linter keeps each layer to the layers below it", () => {
  const forbidden: readonly [string, string, string, RegExp][] = [
    ["the domain", "src/domain/planted.ts", "../usecases/stop", /innermost layer/],
    ["the domain, two folders down", "src/domain/parse/planted.ts", "../../workbook/port", /innermost layer/],
    ["the domain, an adapter", "src/domain/matrix/planted.ts", "../../workbook/package/PackageWorkbook", /innermost layer/],
    ["the port", "src/workbook/port.ts", "./package/PackageWorkbook", /port knows only the domain/],
    ["a use case, an adapter", "src/usecases/planted.ts", "../workbook/package/PackageWorkbook", /through the port/],
    ["a use case, file opening", "src/usecases/portable/planted.ts", "../../workbook/fileKind", /through the port/],
    ["a use case, a surface", "src/usecases/summary/planted.ts", "../../taskpane/paneMessage", /never a surface/],
    ["an adapter, a use case", "src/workbook/package/planted.ts", "../../usecases/stop", /adapter depends on the port/],
    ["an adapter, a surface", "src/workbook/office/planted.ts", "../../cli/cliText", /adapter depends on the port/],
    ["the CLI, the pane", "src/cli/planted.ts", "../taskpane/paneMessage", /No surface imports another/],
    ["the pane's worker, the CLI", "src/taskpane/browser/worker/planted.ts", "../../../cli/cliText", /No surface imports another/],
    ["the functions, the pane", "src/functions/planted.ts", "../taskpane/paneMessage", /No surface imports another/],
    ["the domain, Node IO", "src/domain/planted.ts", "fs", /must stay pure/],
    ["a benchmark, a test helper", "bench/planted.ts", "../test/support/prng", /Benchmarks do not import from test/],
    ["a benchmark, the tests' fixtures", "bench/planted.ts", "../test/workbook/package/packageBuilder", /Benchmarks do not import from test/],
    ["the harness, a test", "harness/excel/planted.ts", "../../test/support/prng", /imports neither test\/ nor bench\//],
    ["the harness, a benchmark", "harness/officeRuns/planted.ts", "../../bench/generatePosts", /imports neither test\/ nor bench\//],
    ["the words, a value of the domain", "src/words/nl/planted.ts", "../../domain/messages/printable", /catalogue of words is the bottom layer/],
    ["the words, a value of a use case", "src/words/planted.ts", "../usecases/resultColumns", /catalogue of words is the bottom layer/],
  ];
  it.each(forbidden)("%s: %s importing %s fails the lint", (_, path, from, message) => {
    const messages = lintAs(path, planted(from));
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toMatch(message);
  });

  const allowed: readonly [string, string, string][] = [
    ["the domain, itself", "src/domain/parse/planted.ts", "../level"],
    ["a use case, the port", "src/usecases/portable/planted.ts", "../../workbook/port"],
    ["a use case, the domain", "src/usecases/planted.ts", "../domain"],
    ["an adapter, the port", "src/workbook/package/planted.ts", "../port"],
    ["the CLI, a use case and its adapter", "src/cli/planted.ts", "../workbook/package/PackageWorkbook"],
    ["the pane, a use case", "src/taskpane/planted.ts", "../usecases/evaluateWorkbook"],
    ["a benchmark, the harness", "bench/planted.ts", "../harness/officeRuns/inventoryRun"],
    ["a test, the harness", "test/workbook/office/planted.ts", "../../../harness/excel/fakeExcel"],
    ["the harness, the product", "harness/officeRuns/planted.ts", "../../src/workbook/office/OfficeWorkbook"],
    ["the words, a section of its own named like a room", "src/words/fr/planted.ts", "./cli"],
    ["the domain, the words", "src/domain/messages/planted.ts", "../../words/words"],
  ];
  it.each(allowed)("%s: %s importing %s passes", (_, path, from) => {
    expect(lintAs(path, planted(from))).toEqual([]);
  });

  it("lets the words import a type from any room (erased when compiled), but not a value", () => {
    const typeOnly = 'import type { ResultField } from "../../usecases/resultColumns";\nexport type Planted = ResultField;\n';
    expect(lintAs("src/words/en/planted.ts", typeOnly)).toEqual([]);
    const value = 'import { RESULT_FIELDS } from "../../usecases/resultColumns";\nexport const planted = RESULT_FIELDS;\n';
    expect(lintAs("src/words/en/planted.ts", value).map((m) => m.message).join(" ")).toMatch(/catalogue of words is the bottom layer/);
  });

  it("finds no forbidden import in the tree as it stands (src, harness, bench)", () => {
    const run = spawnSync(process.execPath, [ESLINT, "--format", "json", "src", "harness", "bench"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const reports = JSON.parse(run.stdout) as { filePath: string; messages: LintMessage[] }[];
    expect(reports.length).toBeGreaterThan(100);
    const found = reports.flatMap((r) => r.messages.filter((m) => /no-restricted-imports$/.test(m.ruleId ?? "")).map((m) => `${r.filePath}: ${m.message}`));
    expect(found).toEqual([]);
  }, 180_000);
});
