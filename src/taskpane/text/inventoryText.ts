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
  /** Why a column was taken for an input, under its dropdown. */
  readonly why: (how: "exact" | "keyword" | "mapped" | "first", word?: string) => string;
  /** Under the dropdown of an optional criterion without a column: it will not vote; the nearest headers. */
  readonly absent: (nearest: string) => string;
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
    why: (how, word) =>
      how === "exact" ? "gekende kop" : how === "keyword" ? `kernwoord „${word}”` : how === "mapped" ? "door u gekozen" : "eerste van meerdere kolommen met deze kop",
    absent: (nearest) => `Geen kolom: dit criterium telt niet mee.${nearest ? ` Dichtstbij: ${nearest}.` : ""}`,
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
    why: (how, word) =>
      how === "exact" ? "en-tête connu" : how === "keyword" ? `mot clé « ${word} »` : how === "mapped" ? "choisie par vous" : "première de plusieurs colonnes portant cet en-tête",
    absent: (nearest) => `Aucune colonne : ce critère ne compte pas.${nearest ? ` Les plus proches : ${nearest}.` : ""}`,
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
    why: (how, word) => (how === "exact" ? "known header" : how === "keyword" ? `key word "${word}"` : how === "mapped" ? "chosen by you" : "first of several columns with this header"),
    absent: (nearest) => `No column: this criterion does not count.${nearest ? ` Nearest: ${nearest}.` : ""}`,
    column: (letter, header) => `${letter} · ${header}`,
    mappingPending: "Looking for the columns…",
    validation: "Add dropdown validation to the input columns",
    nameColumns: "The columns were not recognised. Name each input by its header or column letter (e.g. C).",
    columnHint: "header or column letter",
    apply: "Use these columns",
  },
};
