import type { MatrixSheetText } from "../sections/matrixSheet";

export const MATRIX_SHEET: MatrixSheetText = {
  criterion: "Criterion",
  legend: "Legend",
  legendNote:
    "Each class has its colour: in the inventory, a cell of the strip takes the colour of the class when the post meets that descriptor.",
  purpose: "Purpose",
  resultAreas: "Result areas",
  resultArea: "Result area",
  description: "Description",
  exampleTasks: "Example tasks",
  optional: "optional",
  stamp: (matrix, rule) =>
    `${matrix} · rule: ${rule} · The class is indicative; the weighting committee sets the official class.`,
};
