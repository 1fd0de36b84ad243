import type { Language } from "../../domain";

/** The Matrix panel's words. */
export interface MatrixText {
  readonly heading: string;
  readonly intro: string;
  readonly language: string;
  readonly load: string;
  readonly loading: string;
  readonly loaded: (sheet: string) => string;
}

/** The Matrix panel's words per language. */
export const MATRIX_TEXT: Readonly<Record<Language, MatrixText>> = {
  nl: {
    heading: "Matrix",
    intro: "Een blad met de 5 × 4 descriptoren, het doel, de resultaatgebieden en de versie. Opnieuw laden werkt het blad bij.",
    language: "Taal van het matrixblad",
    load: "Matrixblad laden / bijwerken",
    loading: "Bezig met laden…",
    loaded: (sheet) => `Matrixblad "${sheet}" is bijgewerkt.`,
  },
  fr: {
    heading: "Matrice",
    intro: "Une feuille avec les 5 × 4 descripteurs, la finalité, les domaines de résultats et la version. La recharger la met à jour.",
    language: "Langue de la feuille matrice",
    load: "Charger / mettre à jour la feuille matrice",
    loading: "Chargement…",
    loaded: (sheet) => `La feuille matrice « ${sheet} » est à jour.`,
  },
  en: {
    heading: "Matrix",
    intro: "A sheet with the 5 × 4 descriptors, the purpose, the result areas and the version. Loading it again updates it.",
    language: "Language of the matrix sheet",
    load: "Load / update the matrix sheet",
    loading: "Loading…",
    loaded: (sheet) => `Matrix sheet "${sheet}" is up to date.`,
  },
};
