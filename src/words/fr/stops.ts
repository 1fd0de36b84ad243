import type { StopMessages } from "../sections/stops";

export const STOPS: StopMessages = {
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
