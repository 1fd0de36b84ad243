import type { InventoryText } from "../sections/paneInventory";

export const PANE_INVENTORY: InventoryText = {
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
};
