
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
