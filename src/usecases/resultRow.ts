import { type Assessment, CRITERIA, type Language, flagCodes, formatBand, levelCode, rationale } from "../domain";
import type { CellContent } from "../workbook/port";
import { ERROR_FLAG, invalidClassText } from "./resultColumns";

/** The flags cell for each of the 16 flag sets, made once (a million rows share them). */
const FLAG_TEXTS: readonly (string | null)[] = Array.from({ length: 16 }, (_, flags) => flagCodes(flags).join(", ") || null);

/** A valid post's result cells in RESULT_FIELDS order: class, the five bands, misfit, flags, rationale. */
export function assessedRow(a: Assessment, language: Language): CellContent[] {
  return [
    levelCode(a.level),
    ...CRITERIA.map((c) => formatBand(a.bands[c]) || null),
    a.misfit,
    FLAG_TEXTS[a.flags] ?? (flagCodes(a.flags).join(", ") || null),
    rationale(a, language),
  ];
}

/** The result cells of a row that could not be evaluated: the error word, the error flag and why. */
export function invalidRow(problems: readonly string[], language: Language): CellContent[] {
  return [invalidClassText(language), ...CRITERIA.map(() => null), null, ERROR_FLAG, problems.join(" ")];
}
