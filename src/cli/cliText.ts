import type { Language } from "../domain";
import { wordsFor } from "../words/words";
import type { CliText } from "../words/sections/cli";

export type { WriteFailure, ProgressStep, CliText } from "../words/sections/cli";

/** What the batch tool says, in the user's language (commander's own usage errors stay English). */
export function cliText(language: Language): CliText {
  return wordsFor(language).cli;
}
