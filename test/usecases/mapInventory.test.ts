import { mapInventory } from "../../src/usecases/mapInventory";
import { readOwnership } from "../../src/usecases/ownership";
import { dutchInventory, stopOf } from "./inventoryFixtures";

async function map(rows: unknown[][], headers?: string[], options: { sheet?: string; map?: Record<string, string> } = {}) {
  const { port } = dutchInventory(rows, headers);
  return mapInventory(port, await readOwnership(port), { language: "en", ...options });
}

describe("mapInventory recognises the input columns", () => {
  it("from Dutch headers", async () => {
    const mapping = await map([["P1", "x", 150, 1, 1, "", "A1"]]);
    expect(mapping.columns).toEqual({ postId: 1, title: 2, staff: 3, scope: 4, advice: 5, role: 6, currentClass: 7 });
    expect(mapping).toMatchObject({ sheet: "Posten", headerRow: 1, firstRow: 2, lastRow: 2, lastColumn: 7 });
  });

  it.each([
    [["Poste", "Effectif", "Coordination", "Conseil", "Rôle", "Amélioration", "Contacts", "Classe actuelle"]],
    [["Post ID", "Headcount", "Scope", "Advice", "Role", "Improvement / Innovation", "Contacts", "Current class"]],
    [["Betrekking", "Personeelsaantal (n)", "Coördinatie (1-4)", "Advies:", "Rol ondersteuning", "Verbetering/innovatie", "Contacten", "Huidige klasse"]],
  ])("from French, English and decorated Dutch headers: %j", async (headers) => {
    const mapping = await map([["P1", 150, 1, 1, "", 1, 1, "A1"]], headers);
    expect(mapping.columns).toEqual({ postId: 1, staff: 2, scope: 3, advice: 4, role: 5, improvement: 6, contacts: 7, currentClass: 8 });
  });

  it("finds the header row below title rows", async () => {
    const { workbook, port } = dutchInventory([]);
    const sheet = workbook.getWorksheet("Posten")!;
    sheet.spliceRows(1, 0, ["Inventaris DG Digitale Dienstverlening"], []);
    sheet.addRow(["P1", "x", 150, 1, 1, "", "A1"]);
    const mapping = await mapInventory(port, await readOwnership(port), { language: "en" });
    expect(mapping.headerRow).toBe(3);
    expect(mapping.firstRow).toBe(4);
  });

  it("an explicit mapping overrides recognition, by header or by column letter", async () => {
    const headers = ["Post-ID", "Omvang DG", "Niveau", "Advies", "Personeel"];
    const mapping = await map([["P1", 1200, 3, 2, 5]], headers, { map: { staff: "Omvang DG", scope: "C" } });
    expect(mapping.columns.staff).toBe(2);
    expect(mapping.columns.scope).toBe(3);
  });

  it("stops, naming the headers found, when a required column is missing", async () => {
    const stop = await stopOf(map([["P1", 150, 1]], ["Post-ID", "Personeel", "Coördinatie"]));
    expect(stop.code).toBe("missingColumns");
    expect(stop.message).toContain("advice");
    expect(stop.message).toContain('A "Post-ID"');
    expect(stop.message).toContain('C "Coördinatie"');
  });

  it("stops rather than guess when two columns claim one input", async () => {
    const stop = await stopOf(map([[150, 1, 1, 2]], ["Personeel", "Coördinatie", "Advies", "Coordination"]));
    expect(stop.code).toBe("ambiguousColumn");
    expect(stop.message).toContain('B "Coördinatie"');
    expect(stop.message).toContain('D "Coordination"');
  });

  it("stops on a mapping that names no column", async () => {
    const stop = await stopOf(map([["P1", 150, 1, 1]], ["Post-ID", "Personeel", "Coördinatie", "Advies"], { map: { role: "Verantwoordelijkheid" } }));
    expect(stop.code).toBe("unknownMapping");
    expect(stop.message).toContain("Verantwoordelijkheid");
  });

  it("stops on an unknown or empty sheet", async () => {
    expect((await stopOf(map([[150, 1, 1]], undefined, { sheet: "Blad9" }))).code).toBe("noSheet");
    const { workbook, port } = dutchInventory([]);
    workbook.addWorksheet("Leeg");
    expect((await stopOf(mapInventory(port, await readOwnership(port), { language: "nl", sheet: "Leeg" }))).message).toContain('Blad "Leeg" is leeg');
  });
});
