import { type Language, languageOfLocale } from "../domain";

let current: Language = "en";

/** Called once Office is ready, with Office.context.displayLanguage. */
export function setDisplayLanguage(locale: string | undefined): void {
  current = languageOfLocale(locale);
}

/** The language results and messages use when no language argument is given. */
export function displayLanguage(): Language {
  return current;
}
