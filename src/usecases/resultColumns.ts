import { CRITERIA, type CriterionKey, type Language, LEVELS, type Level, messagesFor } from "../domain";
import { type Block, type ConditionalFormat, columnLetter } from "../workbook/port";
import { byLanguage } from "../words/words";

/** The result columns, in order: the values written for each post. */
export const RESULT_FIELDS = ["class", ...CRITERIA, "misfit", "flags", "rationale"] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];

/** The 20-cell strip after the results: one cell per criterion and level, lit where the post meets it. */
export const STRIP: readonly { readonly criterion: CriterionKey; readonly level: Level }[] = CRITERIA.flatMap((criterion) =>
  LEVELS.map((level) => ({ criterion, level })),
);

export const RESULT_WIDTH = RESULT_FIELDS.length + STRIP.length;

/** Offset of the strip from the first result column: after class, the five bands, misfit and flags. */
export const STRIP_OFFSET = RESULT_FIELDS.indexOf("rationale");

/**
 * Offset of a field from the first result column. The rationale comes last,
 * after the strip, so its long text runs into empty cells rather than over
 * the strip.
 */
export function fieldOffset(field: ResultField): number {
  const index = RESULT_FIELDS.indexOf(field);
  return field === "rationale" ? STRIP_OFFSET + STRIP.length : index;
}

/** Offsets of the value fields in RESULT_FIELDS order. */
export const FIELD_OFFSETS: readonly number[] = RESULT_FIELDS.map(fieldOffset);

/** Fill of each level, in the strip, the class cell and the legends ("RRGGBB"). */
export const LEVEL_COLOURS: Readonly<Record<Level, string>> = { 1: "A6CEE3", 2: "B2DF8A", 3: "FDBF6F", 4: "CAB2D6" };
export const ERROR_COLOUR = "F4B6B6";
export const HEADER_COLOUR = "D9D9D9";
/** Text written in the flags column of a row that could not be evaluated. */
export const ERROR_FLAG = "error";

const FIELD_HEADERS = byLanguage((words) => words.resultColumns.fieldHeaders);
const BAND_WORD = byLanguage((words) => words.resultColumns.band);
const INVALID = byLanguage((words) => words.resultColumns.invalid);

/** The text of the class cell of a row that could not be evaluated. */
export function invalidClassText(language: Language): string {
  return INVALID[language];
}

/** Headers of the 29 result columns in the language, in column order. */
export function resultHeaders(language: Language): string[] {
  const m = messagesFor(language);
  const fields = RESULT_FIELDS.map((field) =>
    (CRITERIA as readonly string[]).includes(field)
      ? `${BAND_WORD[language]} ${m.criterionShort[field as CriterionKey]}`
      : FIELD_HEADERS[language][field as Exclude<ResultField, CriterionKey>],
  );
  const strip = STRIP.map(({ criterion, level }) => `${abbreviate(m.criterionShort[criterion])} A${level}`);
  return [...fields.slice(0, STRIP_OFFSET), ...strip, ...fields.slice(STRIP_OFFSET)];
}

/** Four letters name a criterion in the narrow strip header: "coör A1", "onde A3". */
const abbreviate = (word: string): string => word.slice(0, 4);

/** Column of a result field, given the first result column. */
export function fieldColumn(first: number, field: ResultField): number {
  return first + fieldOffset(field);
}

/**
 * The 20 strip rules and the class-cell rules, over the data rows. Each strip
 * rule reads the criterion's band cell ("A2" or "A2–A4") and lights its level
 * when it lies between the band's first and last level, so a three-level band
 * lights the middle level too. A fixed number of rules, whatever the row count.
 */
export function highlightRules(sheet: string, first: number, firstRow: number, rows: number): ConditionalFormat[] {
  const column = (c: number): Block => ({ sheet, row: firstRow, column: c, rows, columns: 1 });
  const rules: ConditionalFormat[] = [];
  const classCell = `$${columnLetter(fieldColumn(first, "class"))}${firstRow}`;
  const flagsCell = `$${columnLetter(fieldColumn(first, "flags"))}${firstRow}`;
  for (const level of LEVELS) {
    rules.push({ block: column(fieldColumn(first, "class")), formula: `${classCell}="A${level}"`, fill: LEVEL_COLOURS[level] });
  }
  // Values mode writes "error" in the flags cell; live formulas show #VALUE! there.
  rules.push({ block: column(fieldColumn(first, "class")), formula: `IFERROR(${flagsCell}="${ERROR_FLAG}",TRUE)`, fill: ERROR_COLOUR });
  STRIP.forEach(({ criterion, level }, i) => {
    const band = `$${columnLetter(fieldColumn(first, criterion))}${firstRow}`;
    rules.push({
      block: column(first + STRIP_OFFSET + i),
      formula: `IFERROR(AND(LEN(${band})>1,VALUE(MID(${band},2,1))<=${level},VALUE(RIGHT(${band},1))>=${level}),FALSE)`,
      fill: LEVEL_COLOURS[level],
    });
  });
  return rules;
}

/**
 * Widths of the 29 result columns (characters), in column order: wide enough
 * for each header on one line (headers do not wrap: the header row is the
 * analyst's and keeps its height), the rationale wide, the strip narrow.
 */
export function resultWidths(headers: readonly string[]): number[] {
  return headers.map((header, offset) => {
    if (offset === fieldOffset("rationale")) return 90;
    if (offset >= STRIP_OFFSET && offset < STRIP_OFFSET + STRIP.length) return Math.max(7, header.length + 1);
    return Math.max(10, header.length + 2);
  });
}
