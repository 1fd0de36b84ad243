import type { FlagCode, Language } from "../domain";
import { FILE_TEXT } from "../workbook/packageText";

/** File-system refusals of a write that the batch tool explains in words (others show the system's message). */
export type WriteFailure = "ENOSPC" | "EDQUOT" | "EACCES" | "EPERM" | "EROFS" | "EISDIR" | "EIO" | "EFBIG";

/** Steps shown as progress: the use case's own steps plus reading and writing the files. */
export type ProgressStep = "read" | "map" | "evaluate" | "matrix" | "summary" | "audit" | "write";

/** What the batch tool says, in the user's language (commander's own usage errors stay English). */
export interface CliText {
  readonly mapPair: (pair: string, inputs: string) => string;
  readonly mapInput: (name: string, inputs: string) => string;
  readonly mapTwice: (name: string) => string;
  readonly noSuchFile: (path: string) => string;
  readonly notAFile: (path: string) => string;
  readonly unreadable: (path: string, reason: string) => string;
  readonly wrongExtension: (path: string) => string;
  readonly notXlsx: (path: string) => string;
  readonly corruptXlsx: (path: string, reason: string) => string;
  readonly badCsv: (path: string, record: number, reason: string) => string;
  readonly outputExists: (path: string) => string;
  readonly outputIsInput: (path: string) => string;
  readonly outputExtension: (path: string) => string;
  readonly csvButXlsx: (path: string) => string;
  readonly portableNeedsXlsx: string;
  readonly outputDirectory: (directory: string) => string;
  readonly outputNotFile: (path: string) => string;
  readonly cannotWrite: (path: string, reason: string) => string;
  readonly writeFailure: Readonly<Record<WriteFailure, string>>;
  readonly outputAppeared: (path: string) => string;
  readonly noLinks: (path: string) => string;
  readonly interrupted: (signal: string, path: string) => string;
  readonly interruptedAfter: (signal: string, path: string) => string;
  readonly temporaryLeft: (path: string) => string;
  readonly cannotReport: (stream: string, reason: string) => string;
  readonly step: Readonly<Record<ProgressStep, string>>;
  readonly written: (path: string, sheet: string, columns: string) => string;
  readonly addedSheets: (sheets: string) => string;
  readonly csvHolds: string;
  readonly portableWritten: string;
  readonly evaluated: (count: number, classes: string) => string;
  readonly invalid: (count: number) => string;
  readonly blank: (count: number) => string;
  readonly flagged: (flags: string) => string;
  readonly none: string;
  readonly flagName: Readonly<Record<FlagCode, string>>;
  readonly problemsHeader: (rows: number) => string;
  readonly more: (count: number) => string;
}

const EN: CliText = {
  mapPair: (pair, inputs) => `--map: "${pair}" is not input=Header. Inputs: ${inputs}.`,
  mapInput: (name, inputs) => `--map: "${name}" is not an input AssistLevel reads. Inputs: ${inputs}.`,
  mapTwice: (name) => `--map names ${name} twice.`,
  noSuchFile: (path) => `Cannot read ${path}: no such file.`,
  notAFile: (path) => `Cannot read ${path}: it is not a file.`,
  unreadable: (path, reason) => `Cannot read ${path}: ${reason}.`,
  wrongExtension: FILE_TEXT.en.wrongExtension,
  notXlsx: FILE_TEXT.en.notXlsx,
  corruptXlsx: (path, reason) => `Cannot read ${path}: not a readable .xlsx workbook (${reason}).`,
  badCsv: FILE_TEXT.en.badCsv,
  outputExists: (path) => `${path} already exists: nothing was written. Add --force to overwrite it, or choose another file with -o.`,
  outputIsInput: (path) => `The output ${path} is the input file: AssistLevel never changes its input. Choose another file with -o.`,
  outputExtension: (path) => `-o ${path}: the output must end in .xlsx, .xlsm or .csv.`,
  csvButXlsx: (path) => `--csv asks for CSV output but -o ${path} names an .xlsx file.`,
  portableNeedsXlsx: "--formulas portable writes formulas into a workbook; a CSV holds only values. Leave out --csv, or use --formulas values.",
  outputDirectory: (directory) => `Cannot write into ${directory}: no such folder.`,
  outputNotFile: (path) => `Cannot write ${path}: it is a folder.`,
  cannotWrite: (path, reason) => `Cannot write ${path}: ${reason}.`,
  writeFailure: { ENOSPC: "the disk is full", EDQUOT: "your disk quota is used up", EACCES: "no permission to write there", EPERM: "the file system does not permit it", EROFS: "the folder is on a read-only file system", EISDIR: "it is a folder", EIO: "the disk reported an input/output error", EFBIG: "the file is too large for this file system" },
  outputAppeared: (path) => `${path} appeared while the copy was being written: it was left as it is and nothing was written. Add --force to overwrite it, or choose another file with -o.`,
  noLinks: (path) => `Cannot write ${path} without --force: the folder's file system has no hard links, which AssistLevel needs to be sure it never replaces a file that appears meanwhile. Nothing was written. Add --force, or choose a folder on another disk with -o.`,
  interrupted: (signal, path) => `Interrupted (${signal}): nothing was written to ${path}.`,
  interruptedAfter: (signal, path) => `Interrupted (${signal}) after ${path} was written.`,
  temporaryLeft: (path) => `The temporary file ${path} could not be removed: delete it by hand.`,
  cannotReport: (stream, reason) => `Cannot write to ${stream}: ${reason}.`,
  step: { read: "reading the inventory", map: "finding the inventory columns", evaluate: "evaluating the posts", matrix: "writing the matrix sheet", summary: "writing the summary", audit: "writing the log row", write: "writing the output file" },
  written: (path, sheet, columns) => `Written: ${path} (sheet "${sheet}", result columns ${columns})`,
  portableWritten: "The result columns are portable formulas: they recalculate when an input changes, in Excel, LibreOffice or Google Sheets, with no add-in. The summary sheet counts the posts as of this run.",
  addedSheets: (sheets) => `Sheets added or updated: ${sheets}`,
  csvHolds: "The CSV holds the inventory sheet and its result values; the highlighting, matrix, summary and log need the .xlsx output.",
  evaluated: (count, classes) => `Posts evaluated: ${count} (${classes})`,
  invalid: (count) => `Rows in error:   ${count}`,
  blank: (count) => `Blank rows:      ${count}`,
  flagged: (flags) => `Flagged:         ${flags}`,
  none: "none",
  flagName: { tie: "tie", spread: "spread", boundary: "boundary", "role-unknown": "role unknown" },
  problemsHeader: (rows) => `${rows} ${rows === 1 ? "row" : "rows"} could not be evaluated:`,
  more: (count) => `… and ${count} more`,
};

const NL: CliText = {
  mapPair: (pair, inputs) => `--map: "${pair}" is geen invoer=Kolomkop. Invoer: ${inputs}.`,
  mapInput: (name, inputs) => `--map: "${name}" is geen invoer die AssistLevel leest. Invoer: ${inputs}.`,
  mapTwice: (name) => `--map noemt ${name} twee keer.`,
  noSuchFile: (path) => `Kan ${path} niet lezen: dat bestand bestaat niet.`,
  notAFile: (path) => `Kan ${path} niet lezen: het is geen bestand.`,
  unreadable: (path, reason) => `Kan ${path} niet lezen: ${reason}.`,
  wrongExtension: FILE_TEXT.nl.wrongExtension,
  notXlsx: FILE_TEXT.nl.notXlsx,
  corruptXlsx: (path, reason) => `Kan ${path} niet lezen: geen leesbare .xlsx-werkmap (${reason}).`,
  badCsv: FILE_TEXT.nl.badCsv,
  outputExists: (path) => `${path} bestaat al: er werd niets geschreven. Voeg --force toe om het te overschrijven, of kies een ander bestand met -o.`,
  outputIsInput: (path) => `De uitvoer ${path} is het invoerbestand: AssistLevel wijzigt zijn invoer nooit. Kies een ander bestand met -o.`,
  outputExtension: (path) => `-o ${path}: de uitvoer moet eindigen op .xlsx, .xlsm of .csv.`,
  csvButXlsx: (path) => `--csv vraagt CSV-uitvoer, maar -o ${path} is een .xlsx-bestand.`,
  portableNeedsXlsx: "--formulas portable schrijft formules in een werkmap; een CSV bevat alleen waarden. Laat --csv weg, of gebruik --formulas values.",
  outputDirectory: (directory) => `Kan niet schrijven in ${directory}: die map bestaat niet.`,
  outputNotFile: (path) => `Kan ${path} niet schrijven: het is een map.`,
  cannotWrite: (path, reason) => `Kan ${path} niet schrijven: ${reason}.`,
  writeFailure: { ENOSPC: "de schijf is vol", EDQUOT: "uw schijfquotum is opgebruikt", EACCES: "geen toestemming om daar te schrijven", EPERM: "het bestandssysteem staat het niet toe", EROFS: "de map staat op een alleen-lezen bestandssysteem", EISDIR: "het is een map", EIO: "de schijf meldde een invoer-/uitvoerfout", EFBIG: "het bestand is te groot voor dit bestandssysteem" },
  outputAppeared: (path) => `${path} is verschenen terwijl de kopie geschreven werd: het bleef ongewijzigd en er werd niets geschreven. Voeg --force toe om het te overschrijven, of kies een ander bestand met -o.`,
  noLinks: (path) => `Kan ${path} niet schrijven zonder --force: het bestandssysteem van de map kent geen harde koppelingen, en die heeft AssistLevel nodig om zeker nooit een bestand te vervangen dat intussen verschijnt. Er werd niets geschreven. Voeg --force toe, of kies met -o een map op een andere schijf.`,
  interrupted: (signal, path) => `Onderbroken (${signal}): er werd niets naar ${path} geschreven.`,
  interruptedAfter: (signal, path) => `Onderbroken (${signal}) nadat ${path} geschreven was.`,
  temporaryLeft: (path) => `Het tijdelijke bestand ${path} kon niet verwijderd worden: verwijder het zelf.`,
  cannotReport: (stream, reason) => `Kan niet schrijven naar ${stream}: ${reason}.`,
  step: { read: "inventaris lezen", map: "kolommen van de inventaris zoeken", evaluate: "posten evalueren", matrix: "matrixblad schrijven", summary: "overzicht schrijven", audit: "logboekregel schrijven", write: "uitvoerbestand schrijven" },
  written: (path, sheet, columns) => `Geschreven: ${path} (blad "${sheet}", resultaatkolommen ${columns})`,
  portableWritten: "De resultaatkolommen zijn draagbare formules: ze rekenen opnieuw wanneer een invoer wijzigt, in Excel, LibreOffice of Google Sheets, zonder invoegtoepassing. Het overzichtsblad telt de posten zoals bij deze evaluatie.",
  addedSheets: (sheets) => `Bladen toegevoegd of bijgewerkt: ${sheets}`,
  csvHolds: "De CSV bevat het inventarisblad en de resultaatwaarden; de markering, de matrix, het overzicht en het logboek vragen .xlsx-uitvoer.",
  evaluated: (count, classes) => `Geëvalueerde posten: ${count} (${classes})`,
  invalid: (count) => `Rijen met fouten:    ${count}`,
  blank: (count) => `Lege rijen:          ${count}`,
  flagged: (flags) => `Signalen:            ${flags}`,
  none: "geen",
  flagName: { tie: "gelijkstand", spread: "spreiding", boundary: "grenswaarde", "role-unknown": "rol onbekend" },
  problemsHeader: (rows) => `${rows} ${rows === 1 ? "rij kon" : "rijen konden"} niet geëvalueerd worden:`,
  more: (count) => `… en nog ${count}`,
};

const FR: CliText = {
  mapPair: (pair, inputs) => `--map : « ${pair} » n'est pas de la forme entrée=En-tête. Entrées : ${inputs}.`,
  mapInput: (name, inputs) => `--map : « ${name} » n'est pas une entrée lue par AssistLevel. Entrées : ${inputs}.`,
  mapTwice: (name) => `--map cite ${name} deux fois.`,
  noSuchFile: (path) => `Impossible de lire ${path} : ce fichier n'existe pas.`,
  notAFile: (path) => `Impossible de lire ${path} : ce n'est pas un fichier.`,
  unreadable: (path, reason) => `Impossible de lire ${path} : ${reason}.`,
  wrongExtension: FILE_TEXT.fr.wrongExtension,
  notXlsx: FILE_TEXT.fr.notXlsx,
  corruptXlsx: (path, reason) => `Impossible de lire ${path} : classeur .xlsx illisible (${reason}).`,
  badCsv: FILE_TEXT.fr.badCsv,
  outputExists: (path) => `${path} existe déjà : rien n'a été écrit. Ajoutez --force pour le remplacer, ou choisissez un autre fichier avec -o.`,
  outputIsInput: (path) => `La sortie ${path} est le fichier d'entrée : AssistLevel ne modifie jamais son entrée. Choisissez un autre fichier avec -o.`,
  outputExtension: (path) => `-o ${path} : la sortie doit se terminer par .xlsx, .xlsm ou .csv.`,
  csvButXlsx: (path) => `--csv demande une sortie CSV mais -o ${path} désigne un fichier .xlsx.`,
  portableNeedsXlsx: "--formulas portable écrit des formules dans un classeur ; un CSV ne contient que des valeurs. Retirez --csv, ou utilisez --formulas values.",
  outputDirectory: (directory) => `Impossible d'écrire dans ${directory} : ce dossier n'existe pas.`,
  outputNotFile: (path) => `Impossible d'écrire ${path} : c'est un dossier.`,
  cannotWrite: (path, reason) => `Impossible d'écrire ${path} : ${reason}.`,
  writeFailure: { ENOSPC: "le disque est plein", EDQUOT: "votre quota disque est épuisé", EACCES: "pas d'autorisation d'écrire à cet endroit", EPERM: "le système de fichiers ne le permet pas", EROFS: "le dossier est sur un système de fichiers en lecture seule", EISDIR: "c'est un dossier", EIO: "le disque a signalé une erreur d'entrée/sortie", EFBIG: "le fichier est trop grand pour ce système de fichiers" },
  outputAppeared: (path) => `${path} est apparu pendant l'écriture de la copie : il a été laissé tel quel et rien n'a été écrit. Ajoutez --force pour le remplacer, ou choisissez un autre fichier avec -o.`,
  noLinks: (path) => `Impossible d'écrire ${path} sans --force : le système de fichiers du dossier n'a pas de liens physiques, dont AssistLevel a besoin pour être sûr de ne jamais remplacer un fichier apparu entre-temps. Rien n'a été écrit. Ajoutez --force, ou choisissez avec -o un dossier sur un autre disque.`,
  interrupted: (signal, path) => `Interrompu (${signal}) : rien n'a été écrit dans ${path}.`,
  interruptedAfter: (signal, path) => `Interrompu (${signal}) après l'écriture de ${path}.`,
  temporaryLeft: (path) => `Le fichier temporaire ${path} n'a pas pu être supprimé : supprimez-le vous-même.`,
  cannotReport: (stream, reason) => `Impossible d'écrire sur ${stream} : ${reason}.`,
  step: { read: "lecture de l'inventaire", map: "recherche des colonnes de l'inventaire", evaluate: "évaluation des postes", matrix: "écriture de la feuille matrice", summary: "écriture de la synthèse", audit: "écriture de la ligne de journal", write: "écriture du fichier de sortie" },
  written: (path, sheet, columns) => `Écrit : ${path} (feuille « ${sheet} », colonnes de résultats ${columns})`,
  portableWritten: "Les colonnes de résultats sont des formules portables : elles se recalculent quand une entrée change, dans Excel, LibreOffice ou Google Sheets, sans complément. La feuille de synthèse compte les postes tels que lors de cette évaluation.",
  addedSheets: (sheets) => `Feuilles ajoutées ou mises à jour : ${sheets}`,
  csvHolds: "Le CSV contient la feuille d'inventaire et les valeurs des résultats ; la mise en évidence, la matrice, la synthèse et le journal demandent la sortie .xlsx.",
  evaluated: (count, classes) => `Postes évalués :       ${count} (${classes})`,
  invalid: (count) => `Lignes en erreur :     ${count}`,
  blank: (count) => `Lignes vides :         ${count}`,
  flagged: (flags) => `Signaux :              ${flags}`,
  none: "aucun",
  flagName: { tie: "égalité", spread: "dispersion", boundary: "valeur limite", "role-unknown": "rôle inconnu" },
  problemsHeader: (rows) => `${rows} ${rows === 1 ? "ligne n'a pu être évaluée" : "lignes n'ont pu être évaluées"} :`,
  more: (count) => `… et ${count} de plus`,
};

const TEXTS: Readonly<Record<Language, CliText>> = { nl: NL, fr: FR, en: EN };

export function cliText(language: Language): CliText {
  return TEXTS[language];
}
