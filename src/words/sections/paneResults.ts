
/** The Summary and Problems panels' own words (the summary's labels come from SUMMARY_TEXT). */
export interface ResultsText {
  readonly summaryHeading: string;
  readonly noSummary: string;
  readonly chartLabel: (counts: readonly number[], invalid: number, blank: number) => string;
  readonly selectRow: (row: number) => string;
  readonly problemsHeading: (count: number) => string;
  readonly problemsMore: (shown: number, total: number) => string;
  readonly noProblems: string;
  readonly notEvaluated: string;
}

/** "Posts per indicative class: A1 3, A2 5, A3 0, A4 1; rows in error: 2; blank rows: 0" (French puts a space before a colon). */
export const chart = (title: string, invalid: string, blank: string, colon: string) => (counts: readonly number[], inError: number, empty: number) =>
  `${title}${colon} ${counts.map((count, i) => `A${i + 1} ${count}`).join(", ")}; ${invalid}${colon} ${inError}; ${blank}${colon} ${empty}`;
