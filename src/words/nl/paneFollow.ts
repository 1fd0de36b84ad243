import type { FollowText } from "../sections/paneFollow";

export const PANE_FOLLOW: FollowText = {
  heading: "Selectie volgen",
  follow: "Selectie volgen",
  hint: "Selecteer een rij van de inventaris: de descriptoren waaraan de post voldoet, lichten op het matrixblad op.",
  needMapping: "Kies eerst een inventaris met herkende kolommen.",
  outside: "De selectie ligt buiten de inventaris.",
  waiting: "Selecteer een rij van de inventaris.",
  row: (row) => `Rij ${row}`,
  postId: "Post-ID",
  indicativeClass: "Indicatieve klasse",
  noClass: "geen (rij in fout)",
  flags: "Signalen",
  grid: "Descriptoren waaraan de post voldoet",
  met: "voldaan",
  notMet: "niet voldaan",
};
