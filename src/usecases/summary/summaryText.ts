import type { Language } from "../../domain";
import type { ThresholdName } from "./summaryTables";

/** The labels of the summary sheet in one language (flag names come from the domain's catalogue). */
export interface SummaryText {
  readonly title: (inventorySheet: string) => string;
  readonly note: (version: string, evaluated: number, invalid: number) => string;
  /** Said when the results are portable formulas: they follow edits, this sheet does not. */
  readonly portableNote: string;

  readonly perClass: string;
  readonly indicativeClass: string;
  readonly posts: string;
  readonly rowsInError: string;
  readonly blankRows: string;
  readonly chartNote: string;

  readonly currentVsIndicative: string;
  /** Top-left cell of the cross table: what its rows and columns are. */
  readonly crossCorner: string;
  readonly otherOrBlank: string;
  readonly total: string;
  readonly higher: string;
  readonly equal: string;
  readonly lower: string;
  readonly comparisonNote: string;

  readonly heatMap: string;
  readonly criterion: string;
  readonly heatMapNote: (evaluated: number) => string;

  readonly whatIf: string;
  readonly scenario: string;
  readonly lowerThreshold: string;
  readonly upperThreshold: string;
  readonly movedUp: string;
  readonly movedDown: string;
  readonly baseline: string;
  readonly moved: (threshold: ThresholdName, percent: number) => string;
  readonly whatIfNote: string;

  readonly flagged: string;
  readonly row: string;
  readonly postId: string;
  readonly flags: string;
  readonly problem: string;
  /** The flag shown for a row that could not be evaluated. */
  readonly error: string;
  readonly noneFlagged: string;
  readonly flaggedMore: (shown: number, total: number) => string;
}

/** "+10 %" / "−10 %" (a true minus sign; French and Dutch put a space before %). */
const signed = (percent: number, space: string): string => `${percent < 0 ? "−" : "+"}${Math.abs(percent)}${space}%`;

/** Typed per language, so a missing translation is a compile error. */
export const SUMMARY_TEXT: Readonly<Record<Language, SummaryText>> = {
  nl: {
    title: (sheet) => `Overzicht van de indicatieve klassen — blad "${sheet}"`,
    note: (version, evaluated, invalid) =>
      `${evaluated} posten geëvalueerd, ${invalid} rijen in fout · matrix ${version} · De klasse is indicatief; het weegcomité legt de officiële klasse vast.`,
    portableNote:
      "De resultaatkolommen zijn formules: ze rekenen opnieuw wanneer een invoer wijzigt, ook zonder de invoegtoepassing. Dit overzicht telt de posten zoals ze waren bij de evaluatie; voer de evaluatie opnieuw uit om het bij te werken.",
    perClass: "Posten per indicatieve klasse",
    indicativeClass: "Indicatieve klasse",
    posts: "Posten",
    rowsInError: "Rijen in fout",
    blankRows: "Lege rijen",
    chartNote: "Excel kan van deze tabel een kolomdiagram maken: selecteer de klassen en hun aantallen en kies Invoegen > Kolomdiagram.",
    currentVsIndicative: "Huidige versus indicatieve klasse",
    crossCorner: "Huidig ↓ / indicatief →",
    otherOrBlank: "Andere of leeg",
    total: "Totaal",
    higher: "Indicatief hoger dan huidig",
    equal: "Indicatief gelijk aan huidig",
    lower: "Indicatief lager dan huidig",
    comparisonNote: "Alleen posten met een indicatieve klasse en een huidige klasse A1–A4 worden vergeleken.",
    heatMap: "Aantal posten dat elke descriptor vervult",
    criterion: "Criterium",
    heatMapNote: (evaluated) => `Hoe donkerder, hoe meer van de ${evaluated} geëvalueerde posten de descriptor vervullen (tot 25 %, 25–50 %, 50–75 %, vanaf 75 %).`,
    whatIf: "Wat als de drempels 200 / 1000 met 10 % verschuiven",
    scenario: "Scenario",
    lowerThreshold: "Ondergrens",
    upperThreshold: "Bovengrens",
    movedUp: "Naar hogere klasse",
    movedDown: "Naar lagere klasse",
    baseline: "Drempels van de matrix",
    moved: (threshold, percent) => `${threshold === "lower" ? "Ondergrens" : "Bovengrens"} ${signed(percent, " ")}`,
    whatIfNote: "Elke drempel wordt afzonderlijk verschoven; telt de geldige posten die van klasse veranderen en de nieuwe aantallen per klasse.",
    flagged: "Posten om na te kijken (spreiding, gelijkstand, grenswaarde of fout)",
    row: "Rij",
    postId: "Post-ID",
    flags: "Signalen",
    problem: "Probleem",
    error: "fout",
    noneFlagged: "Geen posten om na te kijken.",
    flaggedMore: (shown, total) => `De eerste ${shown} van ${total} posten om na te kijken; filter de kolom Signalen van de inventaris voor de andere.`,
  },
  fr: {
    title: (sheet) => `Synthèse des classes indicatives — feuille « ${sheet} »`,
    note: (version, evaluated, invalid) =>
      `${evaluated} postes évalués, ${invalid} lignes en erreur · matrice ${version} · La classe est indicative ; le comité de pondération fixe la classe officielle.`,
    portableNote:
      "Les colonnes de résultats sont des formules : elles se recalculent quand une entrée change, même sans le complément. Cette synthèse compte les postes tels qu'ils étaient lors de l'évaluation ; relancez l'évaluation pour la mettre à jour.",
    perClass: "Postes par classe indicative",
    indicativeClass: "Classe indicative",
    posts: "Postes",
    rowsInError: "Lignes en erreur",
    blankRows: "Lignes vides",
    chartNote: "Excel peut tracer un histogramme à partir de ce tableau : sélectionnez les classes et leurs nombres puis Insertion > Histogramme.",
    currentVsIndicative: "Classe actuelle et classe indicative",
    crossCorner: "Actuelle ↓ / indicative →",
    otherOrBlank: "Autre ou vide",
    total: "Total",
    higher: "Indicative supérieure à l'actuelle",
    equal: "Indicative égale à l'actuelle",
    lower: "Indicative inférieure à l'actuelle",
    comparisonNote: "Seuls les postes ayant une classe indicative et une classe actuelle A1–A4 sont comparés.",
    heatMap: "Nombre de postes qui remplissent chaque descripteur",
    criterion: "Critère",
    heatMapNote: (evaluated) => `Plus la couleur est foncée, plus les ${evaluated} postes évalués sont nombreux à remplir le descripteur (jusqu'à 25 %, 25–50 %, 50–75 %, à partir de 75 %).`,
    whatIf: "Et si les seuils 200 / 1000 variaient de 10 %",
    scenario: "Scénario",
    lowerThreshold: "Seuil inférieur",
    upperThreshold: "Seuil supérieur",
    movedUp: "Vers une classe supérieure",
    movedDown: "Vers une classe inférieure",
    baseline: "Seuils de la matrice",
    moved: (threshold, percent) => `${threshold === "lower" ? "Seuil inférieur" : "Seuil supérieur"} ${signed(percent, " ")}`,
    whatIfNote: "Chaque seuil est déplacé séparément ; compte les postes valides qui changent de classe et les nouveaux nombres par classe.",
    flagged: "Postes à revoir (dispersion, égalité, seuil ou erreur)",
    row: "Ligne",
    postId: "ID du poste",
    flags: "Signaux",
    problem: "Problème",
    error: "erreur",
    noneFlagged: "Aucun poste à revoir.",
    flaggedMore: (shown, total) => `Les ${shown} premiers des ${total} postes à revoir ; filtrez la colonne Signaux de l'inventaire pour les autres.`,
  },
  en: {
    title: (sheet) => `Summary of the indicative classes — sheet "${sheet}"`,
    note: (version, evaluated, invalid) =>
      `${evaluated} posts evaluated, ${invalid} rows in error · matrix ${version} · The class is indicative; the weighting committee sets the official class.`,
    portableNote:
      "The result columns are formulas: they recalculate when an input changes, with no add-in. This summary counts the posts as they were when evaluated; run the evaluation again to bring it up to date.",
    perClass: "Posts per indicative class",
    indicativeClass: "Indicative class",
    posts: "Posts",
    rowsInError: "Rows in error",
    blankRows: "Blank rows",
    chartNote: "Excel can draw a column chart from this table: select the classes and their counts and choose Insert > Column chart.",
    currentVsIndicative: "Current versus indicative class",
    crossCorner: "Current ↓ / indicative →",
    otherOrBlank: "Other or blank",
    total: "Total",
    higher: "Indicative higher than current",
    equal: "Indicative equal to current",
    lower: "Indicative lower than current",
    comparisonNote: "Only posts with an indicative class and a current class A1–A4 are compared.",
    heatMap: "Number of posts meeting each descriptor",
    criterion: "Criterion",
    heatMapNote: (evaluated) => `The darker the cell, the more of the ${evaluated} evaluated posts meet the descriptor (up to 25%, 25–50%, 50–75%, from 75%).`,
    whatIf: "What if the 200 / 1000 thresholds move by 10%",
    scenario: "Scenario",
    lowerThreshold: "Lower threshold",
    upperThreshold: "Upper threshold",
    movedUp: "To a higher class",
    movedDown: "To a lower class",
    baseline: "Thresholds of the matrix",
    moved: (threshold, percent) => `${threshold === "lower" ? "Lower threshold" : "Upper threshold"} ${signed(percent, "")}`,
    whatIfNote: "Each threshold is moved on its own; counts the valid posts that change class and the new counts per class.",
    flagged: "Posts to check (spread, tie, boundary or error)",
    row: "Row",
    postId: "Post ID",
    flags: "Flags",
    problem: "Problem",
    error: "error",
    noneFlagged: "No posts to check.",
    flaggedMore: (shown, total) => `The first ${shown} of ${total} posts to check; filter the inventory's Flags column for the others.`,
  },
};
