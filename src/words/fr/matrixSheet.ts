import type { MatrixSheetText } from "../sections/matrixSheet";

export const MATRIX_SHEET: MatrixSheetText = {
  criterion: "Critère",
  legend: "Légende",
  legendNote:
    "Chaque classe a sa couleur : dans l'inventaire, une cellule du bandeau prend la couleur de la classe lorsque le poste remplit ce descripteur.",
  purpose: "Objectif",
  resultAreas: "Domaines de résultats",
  resultArea: "Domaine de résultats",
  description: "Description",
  exampleTasks: "Exemples de tâches",
  optional: "facultatif",
  stamp: (matrix, rule) =>
    `${matrix} · règle : ${rule} · La classe est indicative ; le comité de pondération fixe la classe officielle.`,
};
