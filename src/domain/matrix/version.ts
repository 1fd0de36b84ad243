import { FAMILY_TEXT } from "./familyText";
import type { Language } from "../language";
import { wordsFor } from "../../words/words";

/**
 * The matrix this code applies. Change the version (and its date) whenever a
 * descriptor text, a translation or the rule changes.
 */
export const MATRIX = {
  /** The version analysts and the weighting committee cite. */
  version: "2026.1",
  /** The day this version of the matrix was fixed in AssistLevel (ISO 8601). */
  date: "2026-11-28",
  /** The seed file the Dutch texts are taken from, verbatim (`docs/source/000_<seed>.txt`). */
  seed: "b3e58612e6259128",
} as const;

/**
 * The matrix as a machine identifies it, seed hash included. It is kept on the
 * state sheet (very hidden), where a later version of the tool can tell which
 * matrix wrote the results; no sheet a person reads shows it.
 */
export const MATRIX_VERSION = `management-support/${MATRIX.version} (seed ${MATRIX.seed})`;

/** The best-fit rule of evaluation-model.md, section 3, as a machine names it. */
export const RULE_ID = "best-fit misfit, ties to the lowest level";

/** Each language's edition, made once: the panels ask for it on every render. */
const EDITIONS = new Map<Language, string>();

/** "Management support function family, matrix 2026.1 of 28 November 2026": the family, the version and its date. */
export function matrixEdition(language: Language): string {
  let edition = EDITIONS.get(language);
  if (edition === undefined) {
    const words = wordsFor(language).engine;
    const date = new Intl.DateTimeFormat(words.locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${MATRIX.date}T00:00:00Z`));
    EDITIONS.set(language, (edition = words.matrixEdition(FAMILY_TEXT.familyName[language], MATRIX.version, date)));
  }
  return edition;
}

/** The edition and where its text comes from: the version stamp of every sheet and panel a person reads. */
export function matrixStamp(language: Language): string {
  return `${matrixEdition(language)} · ${wordsFor(language).engine.matrixSource}`;
}

/** The rule in words: "best fit (smallest misfit), ties to the lower class". */
export function ruleName(language: Language): string {
  return wordsFor(language).engine.rule;
}
