import type { InventoryText } from "../sections/paneInventory";

export const PANE_INVENTORY: InventoryText = {
  heading: "Inventaris",
  source: "Waar staat de inventaris?",
  noSources: "Geen tabel of blad gevonden.",
  refresh: "Opnieuw zoeken",
  table: (table, sheet) => `Tabel ${table} (blad ${sheet})`,
  selection: (sheet, range) => `Selectie ${sheet}!${range}`,
  sheet: (sheet) => `Blad ${sheet} (gebruikt bereik)`,
  mapping: "Herkende kolommen",
  mappingNote: (sheet, headerRow, firstRow, lastRow) => `Blad ${sheet}: kopregel ${headerRow}, posten op rij ${firstRow}–${lastRow}. Kies een andere kolom waar nodig.`,
  notFound: "niet gevonden",
  why: (how, word) =>
    how === "exact" ? "gekende kop" : how === "keyword" ? `kernwoord „${word}”` : how === "mapped" ? "door u gekozen" : "eerste van meerdere kolommen met deze kop",
  absent: (nearest) => `Geen kolom: dit criterium telt niet mee.${nearest ? ` Dichtstbij: ${nearest}.` : ""}`,
  column: (letter, header) => `${letter} · ${header}`,
  mappingPending: "Kolommen zoeken…",
  validation: "Keuzelijsten toevoegen aan de invoerkolommen",
  nameColumns: "De kolommen werden niet herkend. Geef voor elke invoer de kop of de kolomletter (bv. C).",
  columnHint: "kop of kolomletter",
  apply: "Kolommen toepassen",
};
