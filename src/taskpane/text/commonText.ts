import type { Language } from "../../domain";
import { byLanguage } from "../../words/words";
export type { CommonText } from "../../words/sections/paneCommon";

/** Each language named in itself, as language pickers do. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = byLanguage((words) => words.languageName);

/** Shared words per language. */
export const COMMON_TEXT = byLanguage((words) => words.paneCommon);
