import type { MatrixSheetText } from "../sections/matrixSheet";

export const MATRIX_SHEET: MatrixSheetText = {
  criterion: "Criterium",
  legend: "Legende",
  legendNote:
    "Elke klasse heeft haar kleur: in de inventaris kleurt een cel van de strook in de kleur van de klasse wanneer de post die descriptor vervult.",
  purpose: "Doel",
  resultAreas: "Resultaatgebieden",
  resultArea: "Resultaatgebied",
  description: "Beschrijving",
  exampleTasks: "Voorbeelden van taken",
  optional: "facultatief",
  stamp: (matrix, rule) =>
    `${matrix} · regel: ${rule} · De klasse is indicatief; het weegcomité legt de officiële klasse vast.`,
};
