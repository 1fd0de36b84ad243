import type { FollowText } from "../sections/paneFollow";

export const PANE_FOLLOW: FollowText = {
  heading: "Suivre la sélection",
  follow: "Suivre la sélection",
  hint: "Sélectionnez une ligne de l'inventaire : les descripteurs que le poste remplit s'allument sur la feuille matrice.",
  needMapping: "Choisissez d'abord un inventaire dont les colonnes sont reconnues.",
  outside: "La sélection est hors de l'inventaire.",
  waiting: "Sélectionnez une ligne de l'inventaire.",
  row: (row) => `Ligne ${row}`,
  postId: "ID du poste",
  indicativeClass: "Classe indicative",
  noClass: "aucune (ligne en erreur)",
  flags: "Signaux",
  grid: "Descripteurs remplis par le poste",
  met: "rempli",
  notMet: "non rempli",
};
