import { type Language, messagesFor, printable } from "../domain";
import type { AbsentCriterion } from "./mapInventory";

/**
 * The one sentence every surface shows for an optional criterion the
 * inventory has no column for: the batch tool's stderr, the pane's message
 * bar (in Excel and in the browser), the summary sheet. The run goes on
 * (a blank optional criterion does not vote), but the analyst is told which
 * criterion the classes were made without, the headers that came nearest,
 * and how to name its column.
 */
interface AbsentText {
  /** improvement / contacts: the criterion takes no part in the classes. */
  readonly notEvaluated: (name: string) => string;
  /** role: management support is still evaluated, with its wider band. */
  readonly roleNotRead: (name: string) => string;
  readonly nearest: (headers: string) => string;
  readonly roleConsequence: string;
  readonly remedy: (input: string, column: string) => string;
  /** What --map takes when no header came near. */
  readonly someColumn: string;
}

const TEXT: Readonly<Record<Language, AbsentText>> = {
  en: {
    notEvaluated: (name) => `Not evaluated: ${name} — no column found`,
    roleNotRead: (name) => `Not read: ${name} — no column found`,
    nearest: (headers) => ` (nearest headers: ${headers})`,
    roleConsequence: `; management support is evaluated with its wider band (flag "role unknown")`,
    remedy: (input, column) => `. Name its column in the pane's Inventory panel, or with --map ${input}=${column}.`,
    someColumn: "<column>",
  },
  nl: {
    notEvaluated: (name) => `Niet geëvalueerd: ${name} — geen kolom gevonden`,
    roleNotRead: (name) => `Niet gelezen: ${name} — geen kolom gevonden`,
    nearest: (headers) => ` (dichtstbijzijnde koppen: ${headers})`,
    roleConsequence: `; ondersteuning van het management wordt met de ruimere band geëvalueerd (signaal "rol onbekend")`,
    remedy: (input, column) => `. Duid de kolom aan in het paneel Inventaris, of met --map ${input}=${column}.`,
    someColumn: "<kolom>",
  },
  fr: {
    notEvaluated: (name) => `Non évalué : ${name} — aucune colonne trouvée`,
    roleNotRead: (name) => `Non lu : ${name} — aucune colonne trouvée`,
    nearest: (headers) => ` (en-têtes les plus proches : ${headers})`,
    roleConsequence: ` ; le soutien au management est évalué avec sa bande la plus large (signal « rôle inconnu »)`,
    remedy: (input, column) => `. Indiquez la colonne dans le panneau Inventaire, ou avec --map ${input}=${column}.`,
    someColumn: "<colonne>",
  },
};

/** The analyst's word for an optional input in `language` ("improvement / innovation", "rol in de ondersteuning"). */
export function absentCriterionName(input: AbsentCriterion["input"], language: Language): string {
  return messagesFor(language).argumentGloss[input];
}

/** The column letter of a nearest header written as `D "Niveau verbetering"`. */
function letterOf(nearest: string): string | undefined {
  return /^([A-Z]{1,3}) /.exec(nearest)?.[1];
}

/** The sentence for one optional criterion without a column, in `language`. */
export function absentCriterionMessage(absent: AbsentCriterion, language: Language): string {
  const say = TEXT[language];
  const name = absentCriterionName(absent.input, language);
  // The nearest headers are the analyst's cell text: quoted as they show, never as they would act.
  const nearest = absent.nearest.map(printable);
  const lead = absent.input === "role" ? say.roleNotRead(name) : say.notEvaluated(name);
  const near = nearest.length > 0 ? say.nearest(nearest.join(", ")) : "";
  const consequence = absent.input === "role" ? say.roleConsequence : "";
  const column = (nearest.length > 0 ? letterOf(nearest[0]) : undefined) ?? say.someColumn;
  return `${lead}${near}${consequence}${say.remedy(absent.input, column)}`;
}

/** One sentence per optional criterion without a column; none when every criterion has one. */
export function absentCriterionMessages(absent: readonly AbsentCriterion[], language: Language): string[] {
  return absent.map((criterion) => absentCriterionMessage(criterion, language));
}

/** The names of the criteria without a column, for one cell ("improvement / innovation, contacts"); null when none. */
export function absentCriterionNames(absent: readonly AbsentCriterion[], language: Language): string | null {
  return absent.length === 0 ? null : absent.map((criterion) => absentCriterionName(criterion.input, language)).join(", ");
}
