import { type Language, LANGUAGES } from "../language";
import { normalizeText } from "../normalize";
import { type ArgumentKey, type Problem, showValue } from "../problem";
import { readCell } from "./cell";

const NAMES: Readonly<Record<string, Language>> = {
  nederlands: "nl", dutch: "nl", neerlandais: "nl",
  francais: "fr", french: "fr", frans: "fr",
  english: "en", engels: "en", anglais: "en",
};

/**
 * A language code `nl`, `fr`, `en`, a locale such as `nl-BE` or `fr_FR`, or the
 * language's name in NL/FR/EN. Returns `fallback` for a blank cell.
 */
export function parseLanguage(argument: ArgumentKey, value: unknown, fallback: Language): Language | Problem {
  const cell = readCell(argument, value);
  if (cell.kind === "blank") return fallback;
  if (cell.kind === "other") return cell.problem;
  if (cell.kind === "text") {
    const text = normalizeText(cell.text);
    const code = text.split(/[-_]/)[0];
    if ((LANGUAGES as readonly string[]).includes(code)) return code as Language;
    if (NAMES[text]) return NAMES[text];
  }
  return { code: "badLanguage", argument, value: showValue(value) };
}

/** The product language for an Office display language such as "nl-BE"; English otherwise. */
export function languageOfLocale(locale: string | undefined): Language {
  const code = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : "en";
}
