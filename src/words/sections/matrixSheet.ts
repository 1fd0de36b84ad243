
/** The labels of the matrix sheet in one language (the matrix texts themselves come from the domain). */
export interface MatrixSheetText {
  /** Heading of the grid's first column, above the criterion names. */
  readonly criterion: string;
  readonly legend: string;
  /** What a level's colour means wherever the product uses it. */
  readonly legendNote: string;
  readonly purpose: string;
  readonly resultAreas: string;
  /** Column headings of the result-area table. */
  readonly resultArea: string;
  readonly description: string;
  readonly exampleTasks: string;
  /** Marks the optional result area, as the seed's "(facultatief)". */
  readonly optional: string;
  /** The version stamp (`matrixStamp`), the rule in words, and what the class is. */
  readonly stamp: (matrix: string, rule: string) => string;
}
