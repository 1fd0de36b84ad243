import type { BrowserText } from "../sections/browser";

export const BROWSER: BrowserText = {
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
};
