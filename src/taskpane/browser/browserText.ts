import { byLanguage } from "../../words/words";
export type { BrowserText } from "../../words/sections/browser";

/** Browser mode's words per language. */
export const BROWSER_TEXT = byLanguage((words) => words.browser);

/** The name of the evaluated copy: "inventory.xlsx" or "inventory.csv" → "inventory-evaluated.xlsx"; an .xlsm keeps its macros and its extension. */
export function evaluatedFileName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, "") || "inventory";
  return `${stem}-evaluated.${/\.xlsm$/i.test(name) ? "xlsm" : "xlsx"}`;
}
