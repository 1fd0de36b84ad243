
/**
 * What the use cases say about an inventory's layout: two refusals (a merged
 * block where results go, no columns left for them) and one note (merged data
 * cells read as Excel reads them), in the analyst's language.
 */
export interface LayoutMessages {
  mergedResults: (sheet: string, areas: string, block: string) => string;
  noRoomForResults: (sheet: string, lastColumn: string, width: number) => string;
  mergedInputs: (areas: string, rows: string) => string;
}

export const q = (text: string): string => `"${text}"`;
