import type { Language } from "../domain/language";
import { EN } from "./en";
import { FR } from "./fr";
import { NL } from "./nl";
import type { Words } from "./words.types";

export type { Words } from "./words.types";

/**
 * The catalogue of user-facing words, one per language. It is the bottom of
 * the layers: it imports no value of ours (types only), and every room may
 * read it. See docs/architecture.md.
 */
export const CATALOGUES: Readonly<Record<Language, Words>> = { nl: NL, fr: FR, en: EN };

export function wordsFor(language: Language): Words {
  return CATALOGUES[language];
}

/** One section of the catalogue in every language: `byLanguage((words) => words.summary).fr`. */
export function byLanguage<T>(pick: (words: Words) => T): Readonly<Record<Language, T>> {
  return { nl: pick(NL), fr: pick(FR), en: pick(EN) };
}
