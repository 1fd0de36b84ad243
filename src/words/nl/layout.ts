import { type LayoutMessages, q } from "../sections/layout";

export const LAYOUT: LayoutMessages = {
  mergedResults: (sheet, areas, block) =>
    `Er werd niets geschreven: op blad ${q(sheet)} liggen samengevoegde cellen (${areas}) waar de resultaatkolommen komen (${block}); resultaten daar zouden op de verkeerde rijen staan. Maak de samenvoeging ongedaan (Start › Samenvoegen en centreren › Samenvoeging van cellen opheffen) of verplaats ze, en probeer opnieuw.`,
  noRoomForResults: (sheet, lastColumn, width) =>
    `Er werd niets geschreven: op blad ${q(sheet)} lopen de cellen van de inventaris tot kolom ${lastColumn}, en een blad eindigt bij kolom XFD: er is geen plaats voor de ${width} resultaatkolommen erna. Wis of verplaats de cellen helemaal rechts, of evalueer een kopie met minder kolommen.`,
  mergedInputs: (areas, rows) =>
    `Samengevoegde cellen ${areas}: Excel bewaart de waarde van een samengevoegd blok alleen in de cel linksboven, dus deze rijen werden daar met lege invoer gelezen: ${rows}. Maak de samenvoeging ongedaan en vul elke rij in als die posten de waarde delen.`,
};
