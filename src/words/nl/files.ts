import type { FilesWords, RefusalText } from "../sections/files";

/** Why a workbook file is refused: what the file is and what to do. */
const REFUSALS: RefusalText = {
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

export const FILES: FilesWords = {
  refusals: REFUSALS,
  file: {
    wrongExtension: (path) => `Kan ${path} niet lezen: AssistLevel leest .xlsx-, .xlsm- en .csv-bestanden (bewaar .xls of .ods eerst als .xlsx-werkmap).`,
    notXlsx: (path) => REFUSALS.notXlsx(path, ""),
    badCsv: (path, record, reason) => `Kan ${path} niet lezen: ongeldige CSV bij record ${record} (${reason}).`,
  },
  macroExtension: (output, macros) => (macros ? `-o ${output}: de werkmap bevat macro's, dus de kopie moet eindigen op .xlsm.` : `-o ${output}: de werkmap bevat geen macro's, dus de kopie moet eindigen op .xlsx.`),
};
