import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { languageOfEnvironment, parseMap } from "../../src/cli/cliOptions";
import { cliText } from "../../src/cli/cliText";
import { UsageError } from "../../src/cli/exitCodes";
import { checkOutput, chooseOutput } from "../../src/cli/outputPath";
import { LARGE_INVENTORY_ROWS, Progress } from "../../src/cli/progress";
import { tempFolder } from "./cliHarness";

const en = cliText("en");

describe("--map", () => {
  it("reads comma-separated and repeated input=Header pairs, input names in any case", () => {
    expect(parseMap(["staff=Headcount, scope = Coördinatie", "Advice=D"], "en")).toEqual({ staff: "Headcount", scope: "Coördinatie", advice: "D" });
  });

  it.each([
    [["headcount=Personeel"], /"headcount" is not an input AssistLevel reads\. Inputs: staff, scope, advice, role, improvement, contacts, postId, title, currentClass\./],
    [["staff"], /"staff" is not input=Header/],
    [["staff="], /"staff=" is not input=Header/],
    [["=Personeel"], /"=Personeel" is not input=Header/],
    [["staff=A,staff=B"], /names staff twice/],
  ])("refuses %p, listing the accepted inputs", (values, message) => {
    expect(() => parseMap(values, "en")).toThrow(UsageError);
    expect(() => parseMap(values, "en")).toThrow(message);
  });
});

describe("the default language", () => {
  it.each([
    [{ LANG: "nl_BE.UTF-8" }, "nl"],
    [{ LANG: "fr_BE.UTF-8" }, "fr"],
    [{ LANG: "de_DE.UTF-8" }, "en"],
    [{ LANG: "C" }, "en"],
    [{}, "en"],
    [{ LC_ALL: "fr_FR.UTF-8", LANG: "nl_BE.UTF-8" }, "fr"],
    [{ LC_MESSAGES: "nl_NL", LANG: "fr_BE" }, "nl"],
    [{ LC_ALL: "", LC_MESSAGES: "", LANG: "fr_BE" }, "fr"],
  ])("%p gives %s", (env, language) => {
    expect(languageOfEnvironment(env)).toBe(language);
  });
});

describe("the output file", () => {
  it.each([
    ["data/inventaris.xlsx", undefined, false, { path: "data/inventaris.evaluated.xlsx", format: "xlsx" }],
    ["data/inventaris.csv", undefined, false, { path: "data/inventaris.evaluated.xlsx", format: "xlsx" }],
    ["data/inventaris.csv", undefined, true, { path: "data/inventaris.evaluated.csv", format: "csv" }],
    ["inventaris.xlsx", "uit.CSV", false, { path: "uit.CSV", format: "csv" }],
    ["inventaris.xlsx", "uit.xlsx", false, { path: "uit.xlsx", format: "xlsx" }],
  ])("for %s, -o %p, --csv %p is %p", (input, output, csv, expected) => {
    expect(chooseOutput(input, output, csv, en)).toEqual(expected);
  });

  it("refuses other extensions and --csv with an .xlsx name", () => {
    expect(() => chooseOutput("a.xlsx", "b.ods", false, en)).toThrow(/must end in \.xlsx, \.xlsm or \.csv/);
    expect(() => chooseOutput("a.xlsx", "b.xlsx", true, en)).toThrow(/--csv asks for CSV output/);
  });

  it("refuses the input (also through another spelling of its path), an existing file without --force, a folder", () => {
    const folder = tempFolder();
    const input = join(folder, "in.xlsx");
    writeFileSync(input, "x");
    writeFileSync(join(folder, "out.xlsx"), "y");
    mkdirSync(join(folder, "dir.xlsx"));
    expect(() => checkOutput(input, join(folder, ".", "sub", "..", "in.xlsx"), true, en)).toThrow(/is the input file/);
    expect(() => checkOutput(input, join(folder, "out.xlsx"), false, en)).toThrow(/already exists/);
    expect(() => checkOutput(input, join(folder, "out.xlsx"), true, en)).not.toThrow();
    expect(() => checkOutput(input, join(folder, "dir.xlsx"), true, en)).toThrow(/it is a folder/);
    expect(() => checkOutput(input, join(folder, "new.xlsx"), false, en)).not.toThrow();
  });
});

describe("progress", () => {
  const run = (tty: boolean, rows: number): string[] => {
    const lines: string[] = [];
    let now = 1000;
    const progress = new Progress((line) => lines.push(line), en, tty, () => now);
    progress.step("read");
    progress.showIfLarge(rows);
    now += 1500;
    progress.step("evaluate");
    return lines;
  };

  it("shows each step with the elapsed time on a terminal", () => {
    expect(run(true, 10)).toEqual(["assistlevel [   0.0 s] reading the inventory…\n", "assistlevel [   1.5 s] evaluating the posts…\n"]);
  });

  it("stays quiet for a small inventory in a script, and speaks up for a large one", () => {
    expect(run(false, LARGE_INVENTORY_ROWS - 1)).toEqual([]);
    expect(run(false, LARGE_INVENTORY_ROWS)).toEqual(["assistlevel [   1.5 s] evaluating the posts…\n"]);
  });
});
