import type { MatrixText } from "../sections/paneMatrix";

export const PANE_MATRIX: MatrixText = {
  heading: "Matrix",
  intro: "Een blad met de 5 × 4 descriptoren, het doel, de resultaatgebieden en de versie. Opnieuw laden werkt het blad bij.",
  language: "Taal van het matrixblad",
  load: "Matrixblad laden / bijwerken",
  loading: "Bezig met laden…",
  loaded: (sheet) => `Matrixblad "${sheet}" is bijgewerkt.`,
};
