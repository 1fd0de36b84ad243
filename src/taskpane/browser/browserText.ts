import type { Language } from "../../domain";

/** The words of the pane's browser mode (opening a file, the toolbar, the preview). */
export interface BrowserText {
  readonly openHeading: string;
  readonly openHint: string;
  readonly chooseFile: string;
  readonly dropHere: string;
  readonly privacy: string;
  readonly opening: (name: string) => string;
  readonly cannotOpen: string;
  readonly openedFile: string;
  readonly download: string;
  readonly downloading: string;
  readonly downloadFailed: (reason: string) => string;
  readonly openAnother: string;
  readonly preview: string;
  readonly previewLabel: (name: string) => string;
  readonly previewEmpty: string;
  readonly previewRows: (rows: number) => string;
  readonly row: string;
  readonly strip: string;
  readonly meets: string;
  readonly loadingRows: string;
}

export const BROWSER_TEXT: Readonly<Record<Language, BrowserText>> = {
  nl: {
    openHeading: "Open een inventaris (.xlsx, .xlsm of .csv)",
    openHint: "Kies een inventaris van functies ondersteuning van het management, of sleep het bestand hierheen.",
    chooseFile: "Bestand kiezen",
    dropHere: "Sleep een .xlsx-, .xlsm- of .csv-bestand hierheen",
    privacy: "Het bestand blijft in deze pagina: niets wordt verstuurd of opgeslagen buiten uw browser.",
    opening: (name) => `${name} openen…`,
    cannotOpen: "Kan het bestand niet openen",
    openedFile: "Geopend bestand",
    download: "Geëvalueerde werkmap downloaden",
    downloading: "Werkmap voorbereiden…",
    downloadFailed: (reason) => `De werkmap kon niet worden gemaakt: ${reason}`,
    openAnother: "Ander bestand openen",
    preview: "Voorbeeld",
    previewLabel: (name) => `Inventaris ${name} met resultaten`,
    previewEmpty: "Koppel eerst een inventaris (paneel Inventaris) om ze hier te zien.",
    previewRows: (rows) => `${rows.toLocaleString("nl-BE")} rijen`,
    row: "Rij",
    strip: "Descriptoren",
    meets: "voldaan",
    loadingRows: "Rijen laden…",
  },
  fr: {
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
  },
  en: {
    openHeading: "Open an inventory (.xlsx, .xlsm or .csv)",
    openHint: "Choose an inventory of management-support posts, or drop the file here.",
    chooseFile: "Choose a file",
    dropHere: "Drop an .xlsx, .xlsm or .csv file here",
    privacy: "The file stays in this page: nothing is sent or stored outside your browser.",
    opening: (name) => `Opening ${name}…`,
    cannotOpen: "Cannot open the file",
    openedFile: "Open file",
    download: "Download evaluated workbook",
    downloading: "Preparing the workbook…",
    downloadFailed: (reason) => `The workbook could not be made: ${reason}`,
    openAnother: "Open another file",
    preview: "Preview",
    previewLabel: (name) => `Inventory ${name} with results`,
    previewEmpty: "Map an inventory first (Inventory panel) to see it here.",
    previewRows: (rows) => `${rows.toLocaleString("en-GB")} rows`,
    row: "Row",
    strip: "Descriptors",
    meets: "met",
    loadingRows: "Loading rows…",
  },
};

/** The name of the evaluated copy: "inventory.xlsx" or "inventory.csv" → "inventory-evaluated.xlsx"; an .xlsm keeps its macros and its extension. */
export function evaluatedFileName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, "") || "inventory";
  return `${stem}-evaluated.${/\.xlsm$/i.test(name) ? "xlsm" : "xlsx"}`;
}
