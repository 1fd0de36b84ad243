import type { BrowserText } from "../sections/browser";

export const BROWSER: BrowserText = {
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
};
