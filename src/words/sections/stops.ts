
/** The sentences a use case stops with, in the analyst's language. */
export interface StopMessages {
  noSheet: (sheet: string, sheets: string) => string;
  emptySheet: (sheet: string) => string;
  noHeader: (sheet: string, headers: string) => string;
  missingColumns: (sheet: string, missing: string, headers: string) => string;
  ambiguousColumn: (input: string, headers: string) => string;
  unknownMapping: (input: string, header: string, headers: string) => string;
  mapSameColumn: (column: string, first: string, second: string) => string;
  mapResultColumn: (input: string, column: string) => string;
  foreignCells: (sheet: string, cells: string) => string;
  foreignSheet: (sheet: string) => string;
  changedResults: (sheet: string, cell: string, expected: string, found: string) => string;
  editedResults: (sheet: string, columns: string) => string;
  noTable: (table: string) => string;
  tableHeaderTaken: (table: string, header: string, cell: string) => string;
  spillBlocked: (sheet: string, cell: string) => string;
  damagedState: (sheet: string, cell: string) => string;
  cancelled: () => string;
}

export const q = (text: string): string => `"${text}"`;
