import type { Language } from "../../domain";

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
  readonly stamp: (version: string, rule: string) => string;
}

/** Typed per language, so a missing translation is a compile error. */
export const MATRIX_SHEET_TEXT: Readonly<Record<Language, MatrixSheetText>> = {
  nl: {
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
    stamp: (version, rule) =>
      `Matrixversie ${version} · regel: ${rule} · De klasse is indicatief; het weegcomité legt de officiële klasse vast.`,
  },
  fr: {
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
    stamp: (version, rule) =>
      `Version de la matrice ${version} · règle : ${rule} · La classe est indicative ; le comité de pondération fixe la classe officielle.`,
  },
  en: {
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
    stamp: (version, rule) =>
      `Matrix version ${version} · rule: ${rule} · The class is indicative; the weighting committee sets the official class.`,
  },
};
