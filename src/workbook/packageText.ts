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
  emptyFile: (file) => `Cannot read ${file}: the file is empty (0 bytes). Pick the file that holds the inventory, or save it again from Excel.`,
  notXlsx: (file) => `Cannot read ${file}: not an .xlsx file (zip signature missing). If it holds CSV text, name it .csv; otherwise save it from Excel as an .xlsx workbook.`,
  legacyXls: (file) =>
    `Cannot read ${file}: it is an Excel 97–2003 workbook (.xls, BIFF format), which AssistLevel does not read. Open it in Excel and save it as "Excel Workbook (*.xlsx)", then evaluate that file.`,
  passwordProtected: (file) =>
    `Cannot read ${file}: it is a password-protected (encrypted) workbook. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, empty the password), save it, then evaluate that file.`,
  ods: (file) =>
    `Cannot read ${file}: it is an OpenDocument spreadsheet (.ods), which AssistLevel does not read. Save it in LibreOffice Calc as "Excel 2007-365 (.xlsx)" (or in Excel as an .xlsx workbook), then evaluate that file.`,
  otherDocument: (file, detail) => `Cannot read ${file}: it is a document (${detail}), not a workbook. Pick the inventory's .xlsx, .xlsm or .csv file.`,
  compoundFile: (file) => `Cannot read ${file}: it is an OLE compound file (an older Office format) without an Excel workbook in it. Pick the inventory's .xlsx, .xlsm or .csv file.`,
  plainZip: (file) => `Cannot read ${file}: it is a zip archive without an Excel workbook in it (no xl/workbook.xml). If the inventory is inside, unzip it and pick the .xlsx file.`,
  utf16Text: (file, detail) => `Cannot read ${file}: it is UTF-16 text (${detail}, Excel's "Unicode Text"). In Excel, save it as "CSV UTF-8 (Comma delimited) (*.csv)", then evaluate that file.`,
  notText: (file, detail) =>
    `Cannot read ${file}: it is not a CSV file but binary data (byte ${detail} is a control character no text holds). Pick the inventory's .csv, .xlsx or .xlsm file.`,
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
  emptyFile: (file) => `Kan ${file} niet lezen: het bestand is leeg (0 bytes). Kies het bestand met de inventaris, of bewaar het opnieuw vanuit Excel.`,
  notXlsx: (file) => `Kan ${file} niet lezen: geen .xlsx-bestand (zip-handtekening ontbreekt). Bevat het CSV-tekst, geef het dan de extensie .csv; bewaar het anders vanuit Excel als .xlsx-werkmap.`,
  legacyXls: (file) =>
    `Kan ${file} niet lezen: het is een Excel 97-2003-werkmap (.xls, BIFF-indeling), die AssistLevel niet leest. Open het in Excel, sla het op als "Excel-werkmap (*.xlsx)" en evalueer dat bestand.`,
  passwordProtected: (file) =>
    `Kan ${file} niet lezen: het is een met een wachtwoord beveiligde (versleutelde) werkmap. Open het in Excel, verwijder het wachtwoord (Bestand › Info › Werkmap beveiligen › Versleutelen met wachtwoord, wachtwoord leegmaken), sla het op en evalueer dat bestand.`,
  ods: (file) =>
    `Kan ${file} niet lezen: het is een OpenDocument-rekenblad (.ods), dat AssistLevel niet leest. Sla het in LibreOffice Calc op als "Excel 2007-365 (.xlsx)" (of in Excel als .xlsx-werkmap) en evalueer dat bestand.`,
  otherDocument: (file, detail) => `Kan ${file} niet lezen: het is een document (${detail}), geen werkmap. Kies het .xlsx-, .xlsm- of .csv-bestand van de inventaris.`,
  compoundFile: (file) => `Kan ${file} niet lezen: het is een OLE-samengesteld bestand (een oudere Office-indeling) zonder Excel-werkmap. Kies het .xlsx-, .xlsm- of .csv-bestand van de inventaris.`,
  plainZip: (file) => `Kan ${file} niet lezen: het is een zip-archief zonder Excel-werkmap (geen xl/workbook.xml). Zit de inventaris erin, pak het dan uit en kies het .xlsx-bestand.`,
  utf16Text: (file, detail) => `Kan ${file} niet lezen: het is UTF-16-tekst (${detail}, "Unicode-tekst" van Excel). Sla het in Excel op als "CSV UTF-8 (door komma's gescheiden) (*.csv)" en evalueer dat bestand.`,
  notText: (file, detail) =>
    `Kan ${file} niet lezen: het is geen CSV-bestand maar binaire gegevens (byte ${detail} is een stuurteken dat in geen tekst staat). Kies het .csv-, .xlsx- of .xlsm-bestand van de inventaris.`,
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
    notXlsx: (path) => EN.notXlsx(path, ""),
    badCsv: (path, record, reason) => `Cannot read ${path}: malformed CSV at record ${record} (${reason}).`,
  },
  nl: {
    wrongExtension: (path) => `Kan ${path} niet lezen: AssistLevel leest .xlsx-, .xlsm- en .csv-bestanden (bewaar .xls of .ods eerst als .xlsx-werkmap).`,
    notXlsx: (path) => NL.notXlsx(path, ""),
    badCsv: (path, record, reason) => `Kan ${path} niet lezen: ongeldige CSV bij record ${record} (${reason}).`,
  },
  fr: {
    wrongExtension: (path) => `Impossible de lire ${path} : AssistLevel lit les fichiers .xlsx, .xlsm et .csv (enregistrez d'abord un .xls ou .ods comme classeur .xlsx).`,
    notXlsx: (path) => FR.notXlsx(path, ""),
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
