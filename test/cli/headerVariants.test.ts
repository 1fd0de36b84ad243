import { existsSync, writeFileSync } from "fs";
import { join } from "path";
import { BrowserHost } from "../../src/taskpane/browser/BrowserHost";
import { resultHeaders } from "../../src/usecases/resultColumns";
import { HEADER_SETS, HEADER_SET_POSTS, type HeaderSet, expectedClass, headerSetWorkbook } from "../support/headerSets";
import { inProcessWorker } from "../taskpane/browser/inProcessWorker";
import { CLI_TIMEOUT, readWorkbook, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

/**
 * Issue 11's header sets through both surfaces that read files: the batch
 * tool and browser mode find every criterion's column, with no --sheet or
 * --map, and so give every post the class the engine gives it from all six
 * inputs (A4 posts stay A4: no criterion is dropped).
 */

beforeAll(() => requireBuiltCli());

const LAYOUTS = [
  { name: "headers on row 1", options: {}, headerRow: 1 },
  { name: "a table under a merged title, after a notes sheet", options: { titleRows: 2, notesSheet: true, table: true }, headerRow: 3 },
] as const;

const cases = HEADER_SETS.flatMap((set) => LAYOUTS.map((layout) => [`${set.name}; ${layout.name}`, set, layout] as const));

describe("the batch tool recognises the analysts' headers", () => {
  it.each(cases)(
    "%s",
    async (_, set: HeaderSet, layout) => {
      const folder = tempFolder();
      const input = join(folder, "inventaire.xlsx");
      writeFileSync(input, await headerSetWorkbook(set, layout.options));
      const output = join(folder, "out.xlsx");
      const run = await runCli(["evaluate", input, "-o", output, "--lang", set.language]);
      expect(run.stderr).not.toMatch(/--map|no column|geen kolom|aucune colonne/i);
      expect(run.code).toBe(0);
      const sheet = (await readWorkbook(output)).getWorksheet("Inventaire")!;
      const classColumn = set.headers.length + 1;
      expect(sheet.getCell(layout.headerRow, classColumn).value).toBe(resultHeaders(set.language)[0]);
      const classes = HEADER_SET_POSTS.map((_, i) => sheet.getCell(layout.headerRow + 1 + i, classColumn).value);
      expect(classes).toEqual(HEADER_SET_POSTS.map(expectedClass));
      expect(classes).toContain("A4");
    },
    CLI_TIMEOUT,
  );
});

describe("the batch tool's --map and the odd header", () => {
  const csv = (text: string): string => {
    const path = join(tempFolder(), "posts.csv");
    writeFileSync(path, text);
    return path;
  };
  const POSTS = "Title;Personeel;Title;Coördinatie;Advies;Niveau verbetering\nP1;150;x;A1;A1;A2\nP2;1 200;y;A4;A4;A4\n";

  it("refuses --map naming one column for two inputs (exit 2, nothing written)", async () => {
    const output = join(tempFolder(), "out.xlsx");
    const run = await runCli(["evaluate", csv(POSTS), "--map", "staff=B,scope=B", "-o", output]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Column B was named for both staff and scope");
    expect(existsSync(output)).toBe(false);
  }, CLI_TIMEOUT);

  it("refuses --map naming a column where the results go", async () => {
    const run = await runCli(["evaluate", csv(POSTS), "--map", "role=G", "-o", join(tempFolder(), "out.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Column G, named for role, is not part of the inventory");
  }, CLI_TIMEOUT);

  it("takes the leftmost of two equal Title columns instead of stopping, and keeps the optional criteria --map did not name", async () => {
    const output = join(tempFolder(), "out.xlsx");
    const run = await runCli(["evaluate", csv(POSTS), "--map", "staff=Personeel", "-o", output]);
    expect(run.code).toBe(0);
    // Improvement (F) was recognised though --map named only staff: only role and contacts are said to be missing.
    expect(run.stderr).toMatch(/Not read: support role/);
    expect(run.stderr).toMatch(/Not evaluated: contacts/);
    expect(run.stderr).not.toMatch(/improvement/);
  }, CLI_TIMEOUT);
});

describe("browser mode recognises the same headers", () => {
  it("refuses the pane's corrections naming one column for two inputs, or a column where results go", async () => {
    const set = HEADER_SETS[0];
    const host = await BrowserHost.open(new Blob([new Uint8Array(await headerSetWorkbook(set))]), "inventaris.xlsx", "en", inProcessWorker().connect);
    try {
      const { preferred } = await host.listSources();
      await expect(host.mapInventory(preferred!, { staff: "C", scope: "C" }, "en")).rejects.toMatchObject({ name: "Stop", code: "mapTwice" });
      await expect(host.mapInventory(preferred!, { role: "Z" }, "en")).rejects.toMatchObject({ name: "Stop", code: "mapResults" });
      // One correction keeps every other recognised column.
      const mapping = await host.mapInventory(preferred!, { role: "B" }, "en");
      expect(mapping.columns).toMatchObject({ ...set.columns, role: 2 });
    } finally {
      host.dispose();
    }
  });

  it.each(cases)("%s", async (_, set: HeaderSet, layout) => {
    const bytes = await headerSetWorkbook(set, layout.options);
    const host = await BrowserHost.open(new Blob([new Uint8Array(bytes)]), "inventaire.xlsx", set.language, inProcessWorker().connect);
    try {
      const { preferred } = await host.listSources();
      const mapping = await host.mapInventory(preferred!, {}, set.language);
      expect(mapping.headerRow).toBe(layout.headerRow);
      expect(mapping.columns).toMatchObject(set.columns);
      expect(mapping.absent).toEqual([]);
    } finally {
      host.dispose();
    }
  });
});
