import { type Language, printable } from "../domain";
import type { StopMessages } from "../words/sections/stops";
import { byLanguage } from "../words/words";

export type { StopMessages } from "../words/sections/stops";

/**
 * Every argument of a stop message is text from the workbook (a sheet, table
 * or header name, a cell's text) or built from it: each is made printable
 * before it is quoted, so no control or bidi character in a cell acts on the
 * terminal or the pane's message line.
 */
function quotingPrintably(messages: StopMessages): StopMessages {
  const entries = Object.entries(messages).map(([name, say]) => [
    name,
    (...parts: unknown[]) => (say as (...parts: unknown[]) => string)(...parts.map((part) => (typeof part === "string" ? printable(part) : part))),
  ]);
  return Object.fromEntries(entries) as StopMessages;
}

const CATALOGUE: Readonly<Record<Language, StopMessages>> = byLanguage((words) => quotingPrintably(words.stops));

export function stopMessages(language: Language): StopMessages {
  return CATALOGUE[language];
}
