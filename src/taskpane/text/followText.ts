import type { Language } from "../../domain";

/** The Follow the selection panel's words. */
export interface FollowText {
  readonly heading: string;
  readonly follow: string;
  readonly hint: string;
  readonly needMapping: string;
  readonly outside: string;
  readonly waiting: string;
  readonly row: (row: number) => string;
  readonly postId: string;
  readonly indicativeClass: string;
  readonly noClass: string;
  readonly flags: string;
  readonly grid: string;
  readonly met: string;
  readonly notMet: string;
}

/** The Follow the selection panel's words per language. */
export const FOLLOW_TEXT: Readonly<Record<Language, FollowText>> = {
  nl: {
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
  },
  fr: {
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
  },
  en: {
    heading: "Follow the selection",
    follow: "Follow the selection",
    hint: "Select a row of the inventory: the descriptors the post meets light up on the matrix sheet.",
    needMapping: "First pick an inventory whose columns are recognised.",
    outside: "The selection is outside the inventory.",
    waiting: "Select a row of the inventory.",
    row: (row) => `Row ${row}`,
    postId: "Post ID",
    indicativeClass: "Indicative class",
    noClass: "none (row in error)",
    flags: "Flags",
    grid: "Descriptors the post meets",
    met: "met",
    notMet: "not met",
  },
};
