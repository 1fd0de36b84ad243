import type { Language } from "../domain";
import type { LayoutMessages } from "../words/sections/layout";
import { wordsFor } from "../words/words";

export type { LayoutMessages } from "../words/sections/layout";

/** What the use cases say about an inventory's layout, in the analyst's language. */
export function layoutMessages(language: Language): LayoutMessages {
  return wordsFor(language).layout;
}
