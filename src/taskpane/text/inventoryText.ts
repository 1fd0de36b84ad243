import type { Language } from "../../domain";

/** The Inventory panel's words. */
export interface InventoryText {
  readonly heading: string;
  readonly source: string;
  readonly noSources: string;
  readonly refresh: string;
  readonly table: (table: string, sheet: string) => string;
  readonly selection: (sheet: string, range: string) => string;
  readonly sheet: (sheet: string) => string;
  readonly mapping: string;
  readonly mappingNote: (sheet: string, headerRow: number, firstRow: number, lastRow: number) => string;
  readonly notFound: string;
  readonly column: (letter: string, header: string) => string;
  readonly mappingPending: string;
  readonly validation: string;
  readonly nameColumns: string;
  readonly columnHint: string;
  readonly apply: string;
}

/** The Inventory panel's words per language. */
export const INVENTORY_TEXT: Readonly<Record<Language, InventoryText>> = {
  nl: {
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
    column: (letter, header) => `${letter} · ${header}`,
    mappingPending: "Kolommen zoeken…",
    validation: "Keuzelijsten toevoegen aan de invoerkolommen",
    nameColumns: "De kolommen werden niet herkend. Geef voor elke invoer de kop of de kolomletter (bv. C).",
    columnHint: "kop of kolomletter",
    apply: "Kolommen toepassen",
  },
  fr: {
    heading: "Inventaire",
    source: "Où se trouve l'inventaire ?",
    noSources: "Aucun tableau ni feuille trouvé.",
    refresh: "Chercher à nouveau",
    table: (table, sheet) => `Tableau ${table} (feuille ${sheet})`,
    selection: (sheet, range) => `Sélection ${sheet}!${range}`,
    sheet: (sheet) => `Feuille ${sheet} (plage utilisée)`,
    mapping: "Colonnes reconnues",
    mappingNote: (sheet, headerRow, firstRow, lastRow) => `Feuille ${sheet} : en-têtes en ligne ${headerRow}, postes en lignes ${firstRow}–${lastRow}. Choisissez une autre colonne si nécessaire.`,
    notFound: "non trouvée",
    column: (letter, header) => `${letter} · ${header}`,
    mappingPending: "Recherche des colonnes…",
    validation: "Ajouter des listes déroulantes aux colonnes d'entrée",
    nameColumns: "Les colonnes n'ont pas été reconnues. Indiquez pour chaque entrée l'en-tête ou la lettre de colonne (p. ex. C).",
    columnHint: "en-tête ou lettre de colonne",
    apply: "Appliquer les colonnes",
  },
  en: {
    heading: "Inventory",
    source: "Where is the inventory?",
    noSources: "No table or sheet found.",
    refresh: "Look again",
    table: (table, sheet) => `Table ${table} (sheet ${sheet})`,
    selection: (sheet, range) => `Selection ${sheet}!${range}`,
    sheet: (sheet) => `Sheet ${sheet} (used range)`,
    mapping: "Recognised columns",
    mappingNote: (sheet, headerRow, firstRow, lastRow) => `Sheet ${sheet}: headers on row ${headerRow}, posts on rows ${firstRow}–${lastRow}. Pick another column where needed.`,
    notFound: "not found",
    column: (letter, header) => `${letter} · ${header}`,
    mappingPending: "Looking for the columns…",
    validation: "Add dropdown validation to the input columns",
    nameColumns: "The columns were not recognised. Name each input by its header or column letter (e.g. C).",
    columnHint: "header or column letter",
    apply: "Use these columns",
  },
};
