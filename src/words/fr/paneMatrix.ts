import type { MatrixText } from "../sections/paneMatrix";

export const PANE_MATRIX: MatrixText = {
  heading: "Matrice",
  intro: "Une feuille avec les 5 × 4 descripteurs, la finalité, les domaines de résultats et la version. La recharger la met à jour.",
  language: "Langue de la feuille matrice",
  load: "Charger / mettre à jour la feuille matrice",
  loading: "Chargement…",
  loaded: (sheet) => `La feuille matrice « ${sheet} » est à jour.`,
};
