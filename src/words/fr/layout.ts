import type { LayoutMessages } from "../sections/layout";

export const LAYOUT: LayoutMessages = {
  mergedResults: (sheet, areas, block) =>
    `Rien n'a été écrit : sur la feuille « ${sheet} », des cellules fusionnées (${areas}) se trouvent là où vont les colonnes de résultats (${block}) ; des résultats écrits là s'afficheraient sur les mauvaises lignes. Annulez la fusion (Accueil › Fusionner et centrer › Annuler Fusionner cellules) ou déplacez-les, puis recommencez.`,
  noRoomForResults: (sheet, lastColumn, width) =>
    `Rien n'a été écrit : sur la feuille « ${sheet} », les cellules de l'inventaire vont jusqu'à la colonne ${lastColumn}, et une feuille s'arrête à la colonne XFD : il n'y a pas de place pour les ${width} colonnes de résultats après elle. Videz ou déplacez les cellules tout à droite, ou évaluez une copie avec moins de colonnes.`,
  mergedInputs: (areas, rows) =>
    `Cellules fusionnées ${areas} : Excel ne garde la valeur d'un bloc fusionné que dans sa cellule en haut à gauche, donc ces lignes ont été lues avec des entrées vides à cet endroit : ${rows}. Annulez la fusion et remplissez chaque ligne si ces postes partagent la valeur.`,
};
