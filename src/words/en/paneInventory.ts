import type { InventoryText } from "../sections/paneInventory";

export const PANE_INVENTORY: InventoryText = {
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
};
