import type { Language } from "../domain";

/**
 * What the use cases say about an inventory's layout: two refusals (a merged
 * block where results go, no columns left for them) and one note (merged data
 * cells read as Excel reads them), in the analyst's language.
 */
export interface LayoutMessages {
  mergedResults: (sheet: string, areas: string, block: string) => string;
  noRoomForResults: (sheet: string, lastColumn: string, width: number) => string;
  mergedInputs: (areas: string, rows: string) => string;
}

const q = (text: string): string => `"${text}"`;

const EN: LayoutMessages = {
  mergedResults: (sheet, areas, block) =>
    `Nothing was written: on sheet ${q(sheet)} merged cells (${areas}) lie where the result columns go (${block}); results written there would show on the wrong rows. Unmerge them (Home › Merge & Center › Unmerge Cells) or move them, then run again.`,
  noRoomForResults: (sheet, lastColumn, width) =>
    `Nothing was written: on sheet ${q(sheet)} the inventory's cells run to column ${lastColumn}, and a sheet ends at column XFD: there is no room for the ${width} result columns after it. Clear or move the cells far to the right, or evaluate a copy with fewer columns.`,
  mergedInputs: (areas, rows) =>
    `Merged cells ${areas}: Excel keeps a merged block's value in its top-left cell only, so these rows were read with blank inputs there: ${rows}. Unmerge and fill each row if those posts share the value.`,
};

const NL: LayoutMessages = {
  mergedResults: (sheet, areas, block) =>
    `Er werd niets geschreven: op blad ${q(sheet)} liggen samengevoegde cellen (${areas}) waar de resultaatkolommen komen (${block}); resultaten daar zouden op de verkeerde rijen staan. Maak de samenvoeging ongedaan (Start › Samenvoegen en centreren › Samenvoeging van cellen opheffen) of verplaats ze, en probeer opnieuw.`,
  noRoomForResults: (sheet, lastColumn, width) =>
    `Er werd niets geschreven: op blad ${q(sheet)} lopen de cellen van de inventaris tot kolom ${lastColumn}, en een blad eindigt bij kolom XFD: er is geen plaats voor de ${width} resultaatkolommen erna. Wis of verplaats de cellen helemaal rechts, of evalueer een kopie met minder kolommen.`,
  mergedInputs: (areas, rows) =>
    `Samengevoegde cellen ${areas}: Excel bewaart de waarde van een samengevoegd blok alleen in de cel linksboven, dus deze rijen werden daar met lege invoer gelezen: ${rows}. Maak de samenvoeging ongedaan en vul elke rij in als die posten de waarde delen.`,
};

const FR: LayoutMessages = {
  mergedResults: (sheet, areas, block) =>
    `Rien n'a été écrit : sur la feuille « ${sheet} », des cellules fusionnées (${areas}) se trouvent là où vont les colonnes de résultats (${block}) ; des résultats écrits là s'afficheraient sur les mauvaises lignes. Annulez la fusion (Accueil › Fusionner et centrer › Annuler Fusionner cellules) ou déplacez-les, puis recommencez.`,
  noRoomForResults: (sheet, lastColumn, width) =>
    `Rien n'a été écrit : sur la feuille « ${sheet} », les cellules de l'inventaire vont jusqu'à la colonne ${lastColumn}, et une feuille s'arrête à la colonne XFD : il n'y a pas de place pour les ${width} colonnes de résultats après elle. Videz ou déplacez les cellules tout à droite, ou évaluez une copie avec moins de colonnes.`,
  mergedInputs: (areas, rows) =>
    `Cellules fusionnées ${areas} : Excel ne garde la valeur d'un bloc fusionné que dans sa cellule en haut à gauche, donc ces lignes ont été lues avec des entrées vides à cet endroit : ${rows}. Annulez la fusion et remplissez chaque ligne si ces postes partagent la valeur.`,
};

const CATALOGUE: Readonly<Record<Language, LayoutMessages>> = { nl: NL, fr: FR, en: EN };

export function layoutMessages(language: Language): LayoutMessages {
  return CATALOGUE[language];
}
