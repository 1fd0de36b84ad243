import type { BrowserText } from "../sections/browser";

export const BROWSER: BrowserText = {
  openHeading: "Ouvrir un inventaire (.xlsx, .xlsm ou .csv)",
  openHint: "Choisissez un inventaire des fonctions de soutien au management, ou déposez le fichier ici.",
  chooseFile: "Choisir un fichier",
  dropHere: "Déposez un fichier .xlsx, .xlsm ou .csv ici",
  privacy: "Le fichier reste dans cette page : rien n'est envoyé ni enregistré hors de votre navigateur.",
  opening: (name) => `Ouverture de ${name}…`,
  cannotOpen: "Impossible d'ouvrir le fichier",
  openedFile: "Fichier ouvert",
  download: "Télécharger le classeur évalué",
  downloading: "Préparation du classeur…",
  downloadFailed: (reason) => `Le classeur n'a pas pu être créé : ${reason}`,
  openAnother: "Ouvrir un autre fichier",
  preview: "Aperçu",
  previewLabel: (name) => `Inventaire ${name} avec résultats`,
  previewEmpty: "Associez d'abord un inventaire (volet Inventaire) pour le voir ici.",
  previewRows: (rows) => `${rows.toLocaleString("fr-BE")} lignes`,
  row: "Ligne",
  strip: "Descripteurs",
  meets: "satisfait",
  loadingRows: "Chargement des lignes…",
};
