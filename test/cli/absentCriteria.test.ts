/**
 * The batch tool says on stderr each optional criterion the inventory has
 * no column for, and still succeeds; it says nothing of the kind when every
 * criterion has a column. Run as users run it (the built CLI).
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { CLI_TIMEOUT, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

jest.setTimeout(CLI_TIMEOUT);

let folder: string;
beforeAll(() => requireBuiltCli());
beforeEach(() => {
  folder = tempFolder();
});

function csv(lines: readonly string[]): string {
  const path = join(folder, "posten.csv");
  writeFileSync(path, `\uFEFF${lines.join("\r\n")}\r\n`);
  return path;
}

const WITHOUT_IMPROVEMENT_AND_CONTACTS = ["Post-ID;Personeel;Rol;Coördinatie;Advies", "P1;150;bijdragen;1;1", "P2;1500;verantwoordelijk;4;2"];
const EVERY_CRITERION = ["Post-ID;Personeel;Rol;Coördinatie;Advies;Verbetering;Contacten", "P1;150;bijdragen;1;1;1;1", "P2;1500;verantwoordelijk;4;2;3;3"];

describe("assistlevel evaluate on an inventory without improvement and contacts columns", () => {
  it.each([
    ["en", "Not evaluated: improvement / innovation — no column found", "Not evaluated: contacts — no column found"],
    ["nl", "Niet geëvalueerd: verbetering / innovatie — geen kolom gevonden", "Niet geëvalueerd: contacten — geen kolom gevonden"],
    ["fr", "Non évalué : amélioration / innovation — aucune colonne trouvée", "Non évalué : contacts — aucune colonne trouvée"],
  ])("says so on stderr in %s, one line each, and succeeds", async (language, improvement, contacts) => {
    const run = await runCli(["evaluate", csv(WITHOUT_IMPROVEMENT_AND_CONTACTS), "--lang", language]);
    expect(run.code).toBe(0);
    const lines = run.stderr.split("\n").filter((line) => line !== "");
    expect(lines).toHaveLength(2);
    expect(lines[0].startsWith(improvement)).toBe(true);
    expect(lines[0]).toMatch(/--map improvement=\S+\.$/);
    expect(lines[1].startsWith(contacts)).toBe(true);
    expect(lines[1]).toMatch(/--map contacts=\S+\.$/);
  });
});

describe("assistlevel evaluate on an inventory with a column for every criterion", () => {
  it("says nothing on stderr", async () => {
    const run = await runCli(["evaluate", csv(EVERY_CRITERION)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/Posts evaluated: 2 /);
  });
});
