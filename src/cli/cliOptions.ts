import { type Language, languageOfLocale } from "../domain";
import { INVENTORY_INPUTS, type InventoryInput } from "../usecases/inventoryHeaders";
import { cliText } from "./cliText";
import { UsageError } from "./exitCodes";

export type InventoryMap = Partial<Record<InventoryInput, string>>;

/**
 * The language when --lang is not given: the POSIX message locale
 * (LC_ALL, then LC_MESSAGES, then LANG, the first one set), English otherwise.
 */
export function languageOfEnvironment(env: NodeJS.ProcessEnv): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "");
  return languageOfLocale(locale);
}

/**
 * `--map staff=Headcount,scope=Coördinatie` (the option may also be repeated):
 * input name → header text or column letter, as mapInventory takes it. Input
 * names are those of INVENTORY_INPUTS, case ignored; anything else is a usage
 * error listing them. Header texts cannot contain a comma.
 */
export function parseMap(values: readonly string[], language: Language): InventoryMap {
  const say = cliText(language);
  const inputs = INVENTORY_INPUTS.join(", ");
  const map: InventoryMap = {};
  for (const pair of values.flatMap((value) => value.split(","))) {
    if (pair.trim() === "") continue;
    const equals = pair.indexOf("=");
    const name = equals < 0 ? "" : pair.slice(0, equals).trim();
    const header = equals < 0 ? "" : pair.slice(equals + 1).trim();
    if (name === "" || header === "") throw new UsageError(say.mapPair(pair.trim(), inputs));
    const input = INVENTORY_INPUTS.find((known) => known.toLowerCase() === name.toLowerCase());
    if (!input) throw new UsageError(say.mapInput(name, inputs));
    if (map[input] !== undefined) throw new UsageError(say.mapTwice(input));
    map[input] = header;
  }
  return map;
}
