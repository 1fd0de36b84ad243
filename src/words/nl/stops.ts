import { type StopMessages, q } from "../sections/stops";

export const STOPS: StopMessages = {
  noSheet: (sheet, sheets) => `De werkmap heeft geen blad ${q(sheet)}; de bladen zijn: ${sheets}.`,
  emptySheet: (sheet) => `Blad ${q(sheet)} is leeg: er is geen inventaris om te evalueren.`,
  noHeader: (sheet, headers) => `Geen kopregel op blad ${q(sheet)} noemt de kolommen voor personeel (staff), coördinatie (scope) en advies. Gevonden koppen: ${headers}. Duid de kolommen aan in het paneel Inventaris, of met --map van het batchprogramma (bv. --map staff=Personeel).`,
  missingColumns: (sheet, missing, headers) => `Blad ${q(sheet)} heeft geen kolom voor ${missing}. Gevonden koppen: ${headers}. Duid ze aan in het paneel Inventaris, of met --map van het batchprogramma (bv. --map staff=Personeel).`,
  ambiguousColumn: (input, headers) => `Meerdere kolommen kunnen ${input} bevatten: ${headers}. Kies er één in het paneel Inventaris, of met --map ${input}=<kop> van het batchprogramma.`,
  unknownMapping: (input, header, headers) => `--map ${input}=${header}: geen kolom heeft die kop of letter. Gevonden koppen: ${headers}.`,
  mapSameColumn: (column, first, second) => `Kolom ${column} werd aangeduid voor zowel ${first} als ${second}: elk gegeven heeft een eigen kolom nodig. Duid voor één van beide een andere kolom aan (in het paneel Inventaris, of met --map).`,
  mapResultColumn: (input, column) => `Kolom ${column}, aangeduid voor ${input}, hoort niet bij de inventaris: daar schrijft AssistLevel zijn resultaatkolommen. Duid een kolom van de inventaris aan (in het paneel Inventaris, of met --map).`,
  foreignCells: (sheet, cells) => `Er werd niets geschreven: de resultaatkolommen zouden cellen bedekken die de analist op blad ${q(sheet)} invulde (${cells}). Verplaats of wis ze, of evalueer een kopie.`,
  foreignSheet: (sheet) => `Er werd niets geschreven: er bestaat al een blad ${q(sheet)} dat niet door AssistLevel gemaakt werd. Geef het een andere naam en probeer opnieuw.`,
  changedResults: (sheet, cell, expected, found) => `Er werd niets geschreven: op blad ${q(sheet)} had de resultaatkolom in ${cell} de kop ${q(expected)} van AssistLevel, maar nu staat er ${q(found)}. Herstel de kop of verwijder de resultaatkolommen.`,
  editedResults: (sheet, columns) => `Er werd niets geschreven: op blad ${q(sheet)} werden cellen van de resultaatkolommen ${columns} gewijzigd nadat AssistLevel ze schreef. Kopieer uw wijzigingen naar een eigen kolom (of verwijder de resultaatkolommen) en probeer opnieuw.`,
  noTable: (table) => `De werkmap heeft geen tabel ${q(table)}. Kies de inventaris opnieuw.`,
  tableHeaderTaken: (table, header, cell) => `Er werd niets geschreven: tabel ${q(table)} heeft al een kolom ${q(header)} (${cell}). Live formules voegen hun resultaatkolommen met hun eigen namen aan de tabel toe, en de kolomnamen van een tabel moeten uniek zijn. Geef die kolom een andere naam, of schrijf de resultaten als waarden.`,
  spillBlocked: (sheet, cell) => `Er werd niets geschreven: op blad ${q(sheet)} kan de live resultaatformule in ${cell} niet overlopen (#OVERLOOP!) omdat een cel in de resultaatkolommen ingevuld werd. Wis die cel en probeer opnieuw.`,
  damagedState: (sheet, cell) =>
    `Er werd niets geschreven: wat AssistLevel bijhoudt over wat het schreef (het zeer verborgen blad ${q(sheet)}, cel ${cell}) is beschadigd, dus het kan zijn resultaatkolommen niet van de uwe onderscheiden. Evalueer de oorspronkelijke inventaris waaruit deze werkmap gemaakt werd, of kopieer alleen de kolommen van uw inventaris naar een nieuwe werkmap en evalueer die.`,
  cancelled: () => "Geannuleerd: niets van deze evaluatie werd in de werkmap geschreven.",
};
