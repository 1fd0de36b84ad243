import type { FilesWords, RefusalText } from "../sections/files";

/** Why a workbook file is refused: what the file is and what to do. */
const REFUSALS: RefusalText = {
  notZip: (file, detail) => `Impossible de lire ${file} : ce n'est pas un classeur .xlsx (paquet zip illisible : ${detail}).`,
  notWorkbook: (file, detail) => `Impossible de lire ${file} : le paquet ne contient pas de classeur Excel (${detail}).`,
  encrypted: (file) => `Impossible de lire ${file} : ses parties sont chiffrées. Enregistrez-le dans Excel sans mot de passe, puis évaluez cette copie.`,
  missingPart: (file, detail) => `Impossible de lire ${file} : le classeur est endommagé : la partie ${detail} manque. Ouvrez-le et enregistrez-le dans Excel pour le réparer.`,
  damagedPart: (file, detail) => `Impossible de lire ${file} : le classeur est endommagé : ${detail}. Ouvrez-le et enregistrez-le dans Excel pour le réparer.`,
  partTooLarge: (file, detail) =>
    `Impossible de lire ${file} : la partie ${detail} se décompresse au-delà de ce qu'un classeur peut contenir (ou à plus de 250 fois sa taille compressée) ; elle a été refusée avant décompression.`,
  badXml: (file, detail) => `Impossible de lire ${file} : le classeur est endommagé (${detail}). Ouvrez-le et enregistrez-le dans Excel pour le réparer.`,
  tooManyRows: (file, detail) => `Impossible de lire ${file} : ${detail} dépasse la grille d'Excel (1 048 576 lignes et 16 384 colonnes).`,
  lockedStructure: (file) =>
    `Impossible d'évaluer ${file} : sa structure est protégée (Révision › Protéger le classeur) ; les feuilles de la matrice, du résumé et du journal ne peuvent pas être ajoutées. Retirez cette protection ou évaluez une copie sans elle.`,
  emptyFile: (file) => `Impossible de lire ${file} : le fichier est vide (0 octet). Choisissez le fichier qui contient l'inventaire, ou enregistrez-le de nouveau depuis Excel.`,
  notXlsx: (file) =>
    `Impossible de lire ${file} : ce n'est pas un fichier .xlsx (signature zip absente). S'il contient du texte CSV, donnez-lui l'extension .csv ; sinon enregistrez-le depuis Excel comme classeur .xlsx.`,
  legacyXls: (file) =>
    `Impossible de lire ${file} : c'est un classeur Excel 97-2003 (.xls, format BIFF), qu'AssistLevel ne lit pas. Ouvrez-le dans Excel, enregistrez-le comme « Classeur Excel (*.xlsx) », puis évaluez ce fichier.`,
  passwordProtected: (file) =>
    `Impossible de lire ${file} : c'est un classeur protégé par mot de passe (chiffré). Ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe, videz le mot de passe), enregistrez-le, puis évaluez ce fichier.`,
  ods: (file) =>
    `Impossible de lire ${file} : c'est une feuille de calcul OpenDocument (.ods), qu'AssistLevel ne lit pas. Enregistrez-la dans LibreOffice Calc au format « Excel 2007-365 (.xlsx) » (ou dans Excel comme classeur .xlsx), puis évaluez ce fichier.`,
  otherDocument: (file, detail) => `Impossible de lire ${file} : c'est un document (${detail}), pas un classeur. Choisissez le fichier .xlsx, .xlsm ou .csv de l'inventaire.`,
  compoundFile: (file) => `Impossible de lire ${file} : c'est un fichier composé OLE (un ancien format Office) sans classeur Excel. Choisissez le fichier .xlsx, .xlsm ou .csv de l'inventaire.`,
  plainZip: (file) => `Impossible de lire ${file} : c'est une archive zip sans classeur Excel (pas de xl/workbook.xml). Si l'inventaire s'y trouve, décompressez-la et choisissez le fichier .xlsx.`,
  utf16Text: (file, detail) =>
    `Impossible de lire ${file} : c'est du texte UTF-16 (${detail}, « Texte Unicode » d'Excel). Dans Excel, enregistrez-le au format « CSV UTF-8 (délimité par des virgules) (*.csv) », puis évaluez ce fichier.`,
  notText: (file, detail) =>
    `Impossible de lire ${file} : ce n'est pas un fichier CSV mais des données binaires (l'octet ${detail} est un caractère de contrôle qu'aucun texte ne contient). Choisissez le fichier .csv, .xlsx ou .xlsm de l'inventaire.`,
};

export const FILES: FilesWords = {
  refusals: REFUSALS,
  file: {
    wrongExtension: (path) => `Impossible de lire ${path} : AssistLevel lit les fichiers .xlsx, .xlsm et .csv (enregistrez d'abord un .xls ou .ods comme classeur .xlsx).`,
    notXlsx: (path) => REFUSALS.notXlsx(path, ""),
    badCsv: (path, record, reason) => `Impossible de lire ${path} : CSV mal formé à l'enregistrement ${record} (${reason}).`,
  },
  macroExtension: (output, macros) =>
    macros ? `-o ${output} : le classeur contient des macros, sa copie doit donc se terminer par .xlsm.` : `-o ${output} : le classeur ne contient pas de macros, sa copie doit donc se terminer par .xlsx.`,
};
