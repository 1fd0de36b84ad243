import ExcelJS from "exceljs";
import { headerKey, headerMatches, isResultHeader, nearestHeaders } from "../../src/usecases/headerRecognition";
import { mapInventory } from "../../src/usecases/mapInventory";
import { readOwnership } from "../../src/usecases/ownership";
import { resultHeaders } from "../../src/usecases/resultColumns";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";
import { HEADER_SETS, HEADER_SET_POSTS, expectedClass, rowFor } from "../support/headerSets";
import { dutchInventory, stopOf } from "./inventoryFixtures";

const best = (header: string) => headerMatches(header)[0];

async function mapRows(rows: unknown[][], options: { map?: Record<string, string>; build?: (sheet: ExcelJS.Worksheet) => void } = {}) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Posten");
  rows.forEach((row, i) => (sheet.getRow(i + 1).values = row as ExcelJS.CellValue[]));
  options.build?.(sheet);
  const port = new ExcelJsWorkbook(workbook);
  return mapInventory(port, await readOwnership(port), { language: "en", ...(options.map ? { map: options.map } : {}) });
}

describe("a header is compared normalised", () => {
  it.each([
    ["  Aantal\nMedewerkers  ", "aantal medewerkers"],
    ["NIVEAU\u00a0ADVIES", "niveau advies"],
    ["Coördinatie (1-4)", "coordinatie"],
    ["Advies:", "advies"],
    ["Personeel *", "personeel"],
    ["Rôle\r\n dans le   soutien", "role dans le soutien"],
  ])("%j → %j", (header, key) => {
    expect(headerKey(header)).toBe(key);
  });
});

describe("key words name an input inside a longer header, with a score", () => {
  it.each([
    ["Aantal medewerkers", "staff", 90],
    ["Nombre d'agents", "staff", 90],
    ["FTE ondersteund", "staff", 90],
    ["ETP soutenus", "staff", 90],
    ["Headcount supported", "staff", 90],
    ["Niveau advies", "advice", 90],
    ["Advice level", "advice", 90],
    ["Niveau verbetering", "improvement", 90],
    ["Niveau contacten", "contacts", 90],
    ["Niveau de conseil", "advice", 90],
    ["Adviesniveau", "advice", 80],
    ["Personeel", "staff", 100],
    ["Medewerkers Brussel", "staff", 72],
  ])("%j names %s (score %d)", (header, input, score) => {
    expect(best(header)).toMatchObject({ input, score });
  });

  it.each([["Kost"], ["Directie"], ["Contactpersoon"], ["Niveau"], ["Toestand op 1 maart 2025: ondersteund personeel zijn de personeelsleden van de entiteit"]])(
    "%j names no input",
    (header) => {
      expect(headerMatches(header)).toEqual([]);
    },
  );

  it.each([["Staff number"], ["Personeel nr"], ["Contact e-mail"], ["Nom de l'agent"], ["Support ticket"], ["People manager"], ["Externe relaties"]])(
    "%j names no criterion: an identity, or only a hint beside another word",
    (header) => {
      const criteria = headerMatches(header).filter((m) => ["staff", "scope", "advice", "role", "improvement", "contacts"].includes(m.input));
      expect(criteria).toEqual([]);
    },
  );

  it.each([
    ["Number of staff", "staff"],
    ["No. of employees", "staff"],
    ["Ondersteuning", "role"],
    ["Contactniveau", "contacts"],
    ["Niveau contact", "contacts"],
  ])("%j still names %s", (header, input) => {
    expect(best(header)).toMatchObject({ input });
  });

  it("a weak key word (the post's own VTE) counts less than a strong one", () => {
    expect(best("VTE")).toMatchObject({ input: "staff", score: 65 });
    expect(best("VTE")!.score).toBeLessThan(best("Aantal medewerkers")!.score);
  });

  it("a column of the product's own results names nothing, in any language", () => {
    for (const language of ["nl", "fr", "en"] as const) {
      for (const header of resultHeaders(language)) {
        expect(isResultHeader(header)).toBe(true);
        expect(headerMatches(header)).toEqual([]);
      }
    }
  });
});

describe("mapInventory with the recogniser", () => {
  it("the header sets' posts need every criterion: without improvement and contacts their classes change", () => {
    const withAll = HEADER_SET_POSTS.map(expectedClass);
    const withoutTwo = HEADER_SET_POSTS.map((post) => expectedClass([...post.slice(0, 4), "", ""]));
    expect(withoutTwo).not.toEqual(withAll);
  });

  it.each(HEADER_SETS.map((set) => [set.name, set] as const))("finds every criterion: %s", async (_, set) => {
    const mapping = await mapRows([[...set.headers], ...HEADER_SET_POSTS.map((post, i) => rowFor(set, post, i))]);
    expect(mapping.columns).toMatchObject(set.columns);
    expect(mapping.absent).toEqual([]);
  });

  it("keeps the recognised optional columns when --map names only the required ones", async () => {
    const set = HEADER_SETS[0];
    const mapping = await mapRows([[...set.headers], rowFor(set, HEADER_SET_POSTS[0], 0)], { map: { staff: "C", scope: "Coördinatie", advice: "E" } });
    expect(mapping.columns).toMatchObject(set.columns);
    expect(mapping.recognised.staff).toMatchObject({ how: "mapped" });
    expect(mapping.recognised.improvement).toMatchObject({ how: "keyword", word: "verbetering" });
  });

  it("--map may override one column and keep the others", async () => {
    const mapping = await mapRows([["Post", "Personeel", "Teamgrootte", "Coördinatie", "Advies", "Contacten"]], { map: { staff: "Teamgrootte" } });
    expect(mapping.columns).toMatchObject({ staff: 3, scope: 4, advice: 5, contacts: 6 });
  });

  it("refuses --map naming one column for two inputs", async () => {
    const stop = await stopOf(mapRows([["Post", "Personeel", "Coördinatie", "Advies"]], { map: { staff: "C", scope: "C" } }));
    expect(stop.code).toBe("mapTwice");
    expect(stop.message).toContain("Column C");
    expect(stop.message).toMatch(/staff.*scope/);
  });

  it("refuses --map naming a column where the results go", async () => {
    const stop = await stopOf(mapRows([["Post", "Personeel", "Coördinatie", "Advies"], ["P1", 150, 1, 1]], { map: { role: "F" } }));
    expect(stop.code).toBe("mapResults");
    expect(stop.message).toContain("Column F");
  });

  it("says which optional criteria have no column, with the nearest headers", async () => {
    const mapping = await mapRows([["Post", "Personeel", "Coördinatie", "Advies", "Verbeteringsvoorstellen", "Kost", "Contactpersoon"]]);
    expect(mapping.absent.map((a) => a.input)).toEqual(["role", "improvement", "contacts"]);
    expect(mapping.absent.find((a) => a.input === "improvement")!.nearest).toEqual(['E "Verbeteringsvoorstellen"']);
    expect(mapping.absent.find((a) => a.input === "contacts")!.nearest).toEqual(['G "Contactpersoon"']);
  });

  it("two columns naming a criterion equally well are a question, not a guess", async () => {
    const stop = await stopOf(mapRows([["Post", "Personeel", "Coördinatie", "Niveau advies", "Advies niveau"]]));
    expect(stop.code).toBe("ambiguousColumn");
    expect(stop.message).toContain('D "Niveau advies"');
    expect(stop.message).toContain('E "Advies niveau"');
  });

  it("a sure header beats a weaker one for the same input (Personeel over VTE)", async () => {
    const mapping = await mapRows([["VTE", "Personeel", "Coördinatie", "Advies"]]);
    expect(mapping.columns.staff).toBe(2);
  });

  it("a duplicated label header (Title twice) takes the leftmost and says so, rather than stopping", async () => {
    const mapping = await mapRows([["Title", "Personeel", "Title", "Coördinatie", "Advies"]]);
    expect(mapping.columns.title).toBe(1);
    expect(mapping.recognised.title).toMatchObject({ column: 1, how: "first" });
  });

  it("the best-scoring row among the first 20 is the header row, under titles and notes", async () => {
    const rows: unknown[][] = [["Inventaire — situation au 1er mars 2025"], [], ["Personnel soutenu : agents de l'entité"]];
    for (let i = 0; i < 11; i++) rows.push([`note ${i}`]);
    rows.push(["Poste", "Nombre d'agents", "Coordination", "Conseil", "Rôle"], ["P1", 150, 1, 1, ""]);
    const mapping = await mapRows(rows);
    expect(mapping).toMatchObject({ headerRow: 15, firstRow: 16, lastRow: 16 });
  });

  it("an Excel table's header row wins over a row above that also names the inputs", async () => {
    const mapping = await mapRows([["Legend:", "Personeel", "Coördinatie", "Advies"], ["", "headcount", "1–4", "1–4"]], {
      build: (sheet) =>
        sheet.addTable({
          name: "Posten",
          ref: "A4",
          headerRow: true,
          columns: ["Post-ID", "Aantal medewerkers", "Niveau coördinatie", "Niveau advies"].map((name) => ({ name })),
          rows: [["P1", 150, 2, 2]],
        }),
    });
    expect(mapping).toMatchObject({ headerRow: 4, firstRow: 5, lastRow: 5 });
    expect(mapping.columns).toMatchObject({ staff: 2, scope: 3, advice: 4 });
  });

  it("a result column of an earlier copy never counts, even without the state sheet", async () => {
    const stop = await stopOf(mapRows([["Post", "Personeel", "Coördinatie", resultHeaders("nl")[3]]]));
    expect(stop.code).toBe("missingColumns");
    expect(stop.message).toContain("advice");
  });

  it("nearestHeaders leaves taken columns out", () => {
    expect(nearestHeaders(["Verbetering", "Verbeteringsvoorstellen"], "improvement", new Set([1]))).toEqual([2]);
  });

  it("dutchInventory's headers still map as before", async () => {
    const { port } = dutchInventory([["P1", "x", 150, 1, 1, "", "A1"]]);
    const mapping = await mapInventory(port, await readOwnership(port), { language: "en" });
    expect(mapping.columns).toEqual({ postId: 1, title: 2, staff: 3, scope: 4, advice: 5, role: 6, currentClass: 7 });
  });
});
