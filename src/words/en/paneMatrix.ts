import type { MatrixText } from "../sections/paneMatrix";

export const PANE_MATRIX: MatrixText = {
  heading: "Matrix",
  intro: "A sheet with the 5 × 4 descriptors, the purpose, the result areas and the version. Loading it again updates it.",
  language: "Language of the matrix sheet",
  load: "Load / update the matrix sheet",
  loading: "Loading…",
  loaded: (sheet) => `Matrix sheet "${sheet}" is up to date.`,
};
