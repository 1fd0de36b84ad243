import { type Language, printable } from "../domain";

/** The sentences a use case stops with, in the analyst's language. */
export interface StopMessages {
  noSheet: (sheet: string, sheets: string) => string;
  emptySheet: (sheet: string) => string;
  noHeader: (sheet: string, headers: string) => string;
  missingColumns: (sheet: string, missing: string, headers: string) => string;
  ambiguousColumn: (input: string, headers: string) => string;
  unknownMapping: (input: string, header: string, headers: string) => string;
  mapSameColumn: (column: string, first: string, second: string) => string;
  mapResultColumn: (input: string, column: string) => string;
  foreignCells: (sheet: string, cells: string) => string;
  foreignSheet: (sheet: string) => string;
  changedResults: (sheet: string, cell: string, expected: string, found: string) => string;
  editedResults: (sheet: string, columns: string) => string;
  noTable: (table: string) => string;
  tableHeaderTaken: (table: string, header: string, cell: string) => string;
  spillBlocked: (sheet: string, cell: string) => string;
  damagedState: (sheet: string, cell: string) => string;
  cancelled: () => string;
}

const q = (text: string): string => `"${text}"`;

const EN: StopMessages = {
  noSheet: (sheet, sheets) => `The workbook has no sheet ${q(sheet)}; its sheets are: ${sheets}.`,
  emptySheet: (sheet) => `Sheet ${q(sheet)} is empty: there is no inventory to evaluate.`,
  noHeader: (sheet, headers) => `No header row on sheet ${q(sheet)} names the staff, scope and advice columns. Headers found: ${headers}. Name the columns in the pane's Inventory panel, or with the batch tool's --map (e.g. --map staff=Headcount).`,
  missingColumns: (sheet, missing, headers) => `Sheet ${q(sheet)} has no column for ${missing}. Headers found: ${headers}. Name them in the pane's Inventory panel, or with the batch tool's --map (e.g. --map staff=Headcount).`,
  ambiguousColumn: (input, headers) => `Several columns could hold ${input}: ${headers}. Choose one in the pane's Inventory panel, or with the batch tool's --map ${input}=<header>.`,
  unknownMapping: (input, header, headers) => `--map ${input}=${header}: no column has that header or letter. Headers found: ${headers}.`,
  mapSameColumn: (column, first, second) => `Column ${column} was named for both ${first} and ${second}: each input needs a column of its own. Name another column for one of them (in the pane's Inventory panel, or with --map).`,
  mapResultColumn: (input, column) => `Column ${column}, named for ${input}, is not part of the inventory: it lies where AssistLevel writes its result columns. Name a column of the inventory (in the pane's Inventory panel, or with --map).`,
  foreignCells: (sheet, cells) => `Nothing was written: the result columns would cover cells the analyst filled on sheet ${q(sheet)} (${cells}). Move or clear them, or evaluate a copy.`,
  foreignSheet: (sheet) => `Nothing was written: a sheet named ${q(sheet)} already exists and was not made by AssistLevel. Rename it and run again.`,
  changedResults: (sheet, cell, expected, found) => `Nothing was written: on sheet ${q(sheet)} the result column at ${cell} was headed ${q(expected)} by AssistLevel but now holds ${q(found)}. Restore the header or delete the result columns.`,
  editedResults: (sheet, columns) => `Nothing was written: on sheet ${q(sheet)} cells of the result columns ${columns} were changed since AssistLevel wrote them. Copy your changes to a column of your own (or delete the result columns), then run again.`,
  noTable: (table) => `The workbook has no table ${q(table)}. Pick the inventory again.`,
  tableHeaderTaken: (table, header, cell) => `Nothing was written: table ${q(table)} already has a column named ${q(header)} (${cell}). Live formulas add their result columns to the table under their own names, and a table's column names must be unique. Rename that column, or write the results as values.`,
  spillBlocked: (sheet, cell) => `Nothing was written: on sheet ${q(sheet)} the live result formula at ${cell} cannot spill (#SPILL!) because a cell in its result columns was filled. Clear that cell, then run again.`,
  damagedState: (sheet, cell) =>
    `Nothing was written: AssistLevel's record of what it wrote (the very hidden sheet ${q(sheet)}, cell ${cell}) is damaged, so it cannot tell its result columns from yours. Evaluate the original inventory this workbook was made from, or copy only your inventory's columns into a new workbook and evaluate that.`,
  cancelled: () => "Cancelled: nothing of this run was written to the workbook.",
};

const NL: StopMessages = {
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

const FR: StopMessages = {
  noSheet: (sheet, sheets) => `Le classeur n'a pas de feuille « ${sheet} » ; ses feuilles sont : ${sheets}.`,
  emptySheet: (sheet) => `La feuille « ${sheet} » est vide : il n'y a pas d'inventaire à évaluer.`,
  noHeader: (sheet, headers) => `Aucune ligne d'en-tête de la feuille « ${sheet} » ne nomme les colonnes d'effectif (staff), de coordination (scope) et de conseil (advice). En-têtes trouvés : ${headers}. Indiquez les colonnes dans le panneau Inventaire, ou avec --map de l'outil de traitement par lots (p. ex. --map staff=Effectif).`,
  missingColumns: (sheet, missing, headers) => `La feuille « ${sheet} » n'a pas de colonne pour ${missing}. En-têtes trouvés : ${headers}. Indiquez-les dans le panneau Inventaire, ou avec --map de l'outil de traitement par lots (p. ex. --map staff=Effectif).`,
  ambiguousColumn: (input, headers) => `Plusieurs colonnes peuvent contenir ${input} : ${headers}. Choisissez-en une dans le panneau Inventaire, ou avec --map ${input}=<en-tête> de l'outil de traitement par lots.`,
  unknownMapping: (input, header, headers) => `--map ${input}=${header} : aucune colonne n'a cet en-tête ou cette lettre. En-têtes trouvés : ${headers}.`,
  mapSameColumn: (column, first, second) => `La colonne ${column} a été indiquée à la fois pour ${first} et pour ${second} : chaque donnée a besoin de sa propre colonne. Indiquez une autre colonne pour l'une des deux (dans le panneau Inventaire, ou avec --map).`,
  mapResultColumn: (input, column) => `La colonne ${column}, indiquée pour ${input}, ne fait pas partie de l'inventaire : AssistLevel y écrit ses colonnes de résultats. Indiquez une colonne de l'inventaire (dans le panneau Inventaire, ou avec --map).`,
  foreignCells: (sheet, cells) => `Rien n'a été écrit : les colonnes de résultats couvriraient des cellules remplies par l'analyste sur la feuille « ${sheet} » (${cells}). Déplacez-les ou videz-les, ou évaluez une copie.`,
  foreignSheet: (sheet) => `Rien n'a été écrit : une feuille « ${sheet} » existe déjà et n'a pas été créée par AssistLevel. Renommez-la et recommencez.`,
  changedResults: (sheet, cell, expected, found) => `Rien n'a été écrit : sur la feuille « ${sheet} », la colonne de résultats en ${cell} portait l'en-tête « ${expected} » d'AssistLevel mais contient maintenant « ${found} ». Rétablissez l'en-tête ou supprimez les colonnes de résultats.`,
  editedResults: (sheet, columns) => `Rien n'a été écrit : sur la feuille « ${sheet} », des cellules des colonnes de résultats ${columns} ont été modifiées depuis qu'AssistLevel les a écrites. Copiez vos modifications dans une colonne à vous (ou supprimez les colonnes de résultats) et recommencez.`,
  noTable: (table) => `Le classeur n'a pas de tableau « ${table} ». Choisissez de nouveau l'inventaire.`,
  tableHeaderTaken: (table, header, cell) => `Rien n'a été écrit : le tableau « ${table} » a déjà une colonne « ${header} » (${cell}). Les formules en direct ajoutent leurs colonnes de résultats au tableau sous leurs propres noms, et les noms de colonnes d'un tableau doivent être uniques. Renommez cette colonne, ou écrivez les résultats comme valeurs.`,
  spillBlocked: (sheet, cell) => `Rien n'a été écrit : sur la feuille « ${sheet} », la formule de résultats en ${cell} ne peut pas se propager (#PROPAGATION!) car une cellule des colonnes de résultats a été remplie. Videz cette cellule et recommencez.`,
  damagedState: (sheet, cell) =>
    `Rien n'a été écrit : le registre de ce qu'AssistLevel a écrit (la feuille très masquée « ${sheet} », cellule ${cell}) est endommagé ; il ne peut donc pas distinguer ses colonnes de résultats des vôtres. Évaluez l'inventaire d'origine dont ce classeur est issu, ou copiez uniquement les colonnes de votre inventaire dans un nouveau classeur et évaluez celui-ci.`,
  cancelled: () => "Annulé : rien de cette évaluation n'a été écrit dans le classeur.",
};

/**
 * Every argument of a stop message is text from the workbook (a sheet, table
 * or header name, a cell's text) or built from it: each is made printable
 * before it is quoted, so no control or bidi character in a cell acts on the
 * terminal or the pane's message line.
 */
function quotingPrintably(messages: StopMessages): StopMessages {
  const entries = Object.entries(messages).map(([name, say]) => [
    name,
    (...parts: unknown[]) => (say as (...parts: unknown[]) => string)(...parts.map((part) => (typeof part === "string" ? printable(part) : part))),
  ]);
  return Object.fromEntries(entries) as StopMessages;
}

const CATALOGUE: Readonly<Record<Language, StopMessages>> = { nl: quotingPrintably(NL), fr: quotingPrintably(FR), en: quotingPrintably(EN) };

export function stopMessages(language: Language): StopMessages {
  return CATALOGUE[language];
}
