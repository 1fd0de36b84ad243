import { writeFileSync } from "fs";
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

describe("browser mode recognises the same headers", () => {
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
