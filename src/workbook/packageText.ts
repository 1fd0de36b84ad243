import type { Language } from "../domain";
import type { RefusalCode } from "./package/packageRefusal";

/** Why a workbook file is refused, in the analyst's words: what the file is and what to do. */
export type RefusalText = Readonly<Record<RefusalCode, (file: string, detail: string) => string>>;

const EN: RefusalText = {
  notZip: (file, detail) => `Cannot read ${file}: not an .xlsx workbook (the zip package cannot be read: ${detail}).`,
  notWorkbook: (file, detail) => `Cannot read ${file}: the package holds no Excel workbook (${detail}).`,
  encrypted: (file) => `Cannot read ${file}: its parts are encrypted. Save it in Excel without a password, then evaluate that copy.`,
  missingPart: (file, detail) => `Cannot read ${file}: the workbook is damaged: the part ${detail} is missing. Open and save it in Excel to repair it.`,
  damagedPart: (file, detail) => `Cannot read ${file}: the workbook is damaged: ${detail}. Open and save it in Excel to repair it.`,
  partTooLarge: (file, detail) =>
    `Cannot read ${file}: the part ${detail} unpacks to more than a workbook can hold (or to over 250 times its packed size), so it was refused before being unpacked.`,
  badXml: (file, detail) => `Cannot read ${file}: the workbook is damaged (${detail}). Open and save it in Excel to repair it.`,
  tooManyRows: (file, detail) => `Cannot read ${file}: ${detail} lies beyond Excel's grid of 1,048,576 rows and 16,384 columns.`,
  lockedStructure: (file) =>
    `Cannot evaluate ${file}: its structure is protected (Review › Protect Workbook), so the matrix, summary and log sheets cannot be added. Remove that protection, or evaluate a copy without it.`,
};

const NL: RefusalText = {
  notZip: (file, detail) => `Kan ${file} niet lezen: geen .xlsx-werkmap (het zip-pakket is onleesbaar: ${detail}).`,
  notWorkbook: (file, detail) => `Kan ${file} niet lezen: het pakket bevat geen Excel-werkmap (${detail}).`,
  encrypted: (file) => `Kan ${file} niet lezen: de onderdelen zijn versleuteld. Bewaar het in Excel zonder wachtwoord en evalueer die kopie.`,
  missingPart: (file, detail) => `Kan ${file} niet lezen: de werkmap is beschadigd: het onderdeel ${detail} ontbreekt. Open en bewaar het in Excel om het te herstellen.`,
  damagedPart: (file, detail) => `Kan ${file} niet lezen: de werkmap is beschadigd: ${detail}. Open en bewaar het in Excel om het te herstellen.`,
  partTooLarge: (file, detail) =>
    `Kan ${file} niet lezen: het onderdeel ${detail} pakt uit tot meer dan een werkmap kan bevatten (of tot meer dan 250 keer zijn gepakte grootte) en is geweigerd voor het uitpakken.`,
  badXml: (file, detail) => `Kan ${file} niet lezen: de werkmap is beschadigd (${detail}). Open en bewaar het in Excel om het te herstellen.`,
  tooManyRows: (file, detail) => `Kan ${file} niet lezen: ${detail} ligt buiten het raster van Excel (1.048.576 rijen en 16.384 kolommen).`,
  lockedStructure: (file) =>
    `Kan ${file} niet evalueren: de structuur is beveiligd (Controleren › Werkmap beveiligen), dus de bladen voor matrix, overzicht en logboek kunnen niet worden toegevoegd. Hef die beveiliging op, of evalueer een kopie zonder.`,
};

const FR: RefusalText = {
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
};

export function refusalText(language: Language): RefusalText {
  return language === "nl" ? NL : language === "fr" ? FR : EN;
}

/** Why a file picked as an inventory cannot be opened before its contents are read (both the batch tool and browser mode say these). */
export interface FileText {
  readonly wrongExtension: (path: string) => string;
  readonly notXlsx: (path: string) => string;
  readonly badCsv: (path: string, record: number, reason: string) => string;
}

export const FILE_TEXT: Readonly<Record<Language, FileText>> = {
  en: {
    wrongExtension: (path) => `Cannot read ${path}: AssistLevel reads .xlsx, .xlsm and .csv files (save .xls or .ods files as an .xlsx workbook first).`,
    notXlsx: (path) => `Cannot read ${path}: not an .xlsx file (zip signature missing).`,
    badCsv: (path, record, reason) => `Cannot read ${path}: malformed CSV at record ${record} (${reason}).`,
  },
  nl: {
    wrongExtension: (path) => `Kan ${path} niet lezen: AssistLevel leest .xlsx-, .xlsm- en .csv-bestanden (bewaar .xls of .ods eerst als .xlsx-werkmap).`,
    notXlsx: (path) => `Kan ${path} niet lezen: geen .xlsx-bestand (zip-handtekening ontbreekt).`,
    badCsv: (path, record, reason) => `Kan ${path} niet lezen: ongeldige CSV bij record ${record} (${reason}).`,
  },
  fr: {
    wrongExtension: (path) => `Impossible de lire ${path} : AssistLevel lit les fichiers .xlsx, .xlsm et .csv (enregistrez d'abord un .xls ou .ods comme classeur .xlsx).`,
    notXlsx: (path) => `Impossible de lire ${path} : ce n'est pas un fichier .xlsx (signature zip absente).`,
    badCsv: (path, record, reason) => `Impossible de lire ${path} : CSV mal formé à l'enregistrement ${record} (${reason}).`,
  },
};

/** The copy keeps the package's kind: macros stay in an .xlsm, and an .xlsm name needs macros. */
export const MACRO_EXTENSION: Readonly<Record<Language, (output: string, macros: boolean) => string>> = {
  en: (output, macros) => (macros ? `-o ${output}: the workbook holds macros, so its copy must end in .xlsm.` : `-o ${output}: the workbook holds no macros, so its copy must end in .xlsx.`),
  nl: (output, macros) => (macros ? `-o ${output}: de werkmap bevat macro's, dus de kopie moet eindigen op .xlsm.` : `-o ${output}: de werkmap bevat geen macro's, dus de kopie moet eindigen op .xlsx.`),
  fr: (output, macros) =>
    macros ? `-o ${output} : le classeur contient des macros, sa copie doit donc se terminer par .xlsm.` : `-o ${output} : le classeur ne contient pas de macros, sa copie doit donc se terminer par .xlsx.`,
};
