/**
 * Cell text, headers and file names that hold a terminal escape (ESC [2J
 * clears the screen) or a bidi override (U+202E reverses the line) are
 * echoed printably by the batch tool, as users run it (the built CLI):
 * the raw characters never reach stdout or stderr, the rest of the text does.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { CLI_TIMEOUT, type CliRun, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

jest.setTimeout(CLI_TIMEOUT);

const HOSTILE = "\x1b[2J\u202E";
const SHOWN = "<ESC>[2J<U+202E>";

function expectNoRawCharacter(run: CliRun): void {
  for (const output of [run.stdout, run.stderr]) {
    expect(output).not.toContain("\x1b");
    expect(output).not.toContain("\u202E");
  }
}

let folder: string;
beforeAll(() => requireBuiltCli());
beforeEach(() => {
  folder = tempFolder();
});

/** A ;-separated UTF-8 CSV with BOM, written in the test's folder. */
function csv(name: string, lines: readonly string[]): string {
  const path = join(folder, name);
  writeFileSync(path, `\uFEFF${lines.join("\r\n")}\r\n`);
  return path;
}

describe("assistlevel evaluate echoes hostile text printably", () => {
  it("quotes a value holding an escape and a bidi override in the problem list (exit 1)", async () => {
    const input = csv("posten.csv", [
      `Post-ID;Titel${HOSTILE};Personeel;Coördinatie;Advies;Rol;Verbetering;Contacten`,
      "P1;Assistent;150;1;1;bijdragen;1;1",
      `P2;Adviseur;veel${HOSTILE}mensen;2;1;bijdragen;1;1`,
    ]);
    const run = await runCli(["evaluate", input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`C3 staff (headcount supported): "veel${SHOWN}mensen" is not a headcount.`);
    expectNoRawCharacter(run);
  });

  it("quotes a header holding them when it lists the headers found (exit 2)", async () => {
    const input = csv("posten.csv", [`Post-ID;Opmerking${HOSTILE};Coördinatie;Advies`, "P1;x;1;1"]);
    const run = await runCli(["evaluate", input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`"Opmerking${SHOWN}"`);
    expect(run.stderr).toContain('"Coördinatie"');
    expectNoRawCharacter(run);
  });

  it("shows a file name holding them printably in its report (the writer's last line of defence)", async () => {
    const input = csv(`p${HOSTILE}osten.csv`, ["Post-ID;Personeel;Coördinatie;Advies;Rol;Verbetering;Contacten", "P1;150;1;1;bijdragen;1;1"]);
    const run = await runCli(["evaluate", input]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Written: ${join(folder, `p${SHOWN}osten.evaluated.xlsx`)}`);
    expectNoRawCharacter(run);
  });
});
