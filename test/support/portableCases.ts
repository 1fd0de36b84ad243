import { LANGUAGES, ORDINAL_DESCRIPTORS, ROLE_WORDS, descriptorChoices } from "../../src/domain";
import type { OrdinalCriterionKey } from "../../src/domain/criteria";
import { descriptorForms } from "../../src/domain/parse/descriptor";
import { prng } from "./prng";

/**
 * Rows of the portable formulas' oracle test (test/cli/portableFormulas.test.ts):
 * staff, scope, advice, role, improvement, contacts, as cells hold them
 * (numbers, texts, booleans, error values, blanks). Each accepted or
 * rejected form stands in a row whose other inputs are ordinary, so a
 * difference points at that form.
 */
export type InputCell = string | number | boolean | null | { readonly error: string };
export type InputRow = readonly InputCell[];

const ORDINAL_COLUMN: Readonly<Record<OrdinalCriterionKey, number>> = { coordination: 1, advice: 2, improvement: 4, contacts: 5 };
const ORDINAL = ["coordination", "advice", "improvement", "contacts"] as const;
const BASE: InputRow = [500, 2, 1, "responsible", 2, 2];
const withCell = (column: number, value: InputCell): InputRow => BASE.map((v, i) => (i === column ? value : v));

/** The worked examples of evaluation-model.md §3 (role not given). */
export const WORKED_EXAMPLES: InputRow[] = [
  [150, 1, 1], [150, 2, 1], [50, 3, 1], [500, 3, 2], [500, 4, 2], [1500, 4, 2], [5000, 1, 1],
].map((r) => [...r, null, null, null]);

/** Each form in the spellings analysts type: as listed, upper case, padded, with no-break spaces and line breaks. */
function spellings(form: string): string[] {
  return [form, form.toUpperCase(), `  ${form} `, form.replace(/ /g, "\u00a0"), form.replace(/ /g, "\n"), form.replace(/ /g, "  ")];
}

/** Every form the engine accepts, for each input. */
export function acceptedRows(): InputRow[] {
  const rows: InputRow[] = [];
  for (const criterion of ORDINAL) {
    const column = ORDINAL_COLUMN[criterion];
    for (const form of descriptorForms(criterion).keys()) for (const s of spellings(form)) rows.push(withCell(column, s));
    for (const descriptor of ORDINAL_DESCRIPTORS[criterion]) {
      rows.push(withCell(column, descriptor.number));
      for (const language of LANGUAGES) {
        rows.push(withCell(column, descriptor.text[language]), withCell(column, descriptor.text[language].toUpperCase()));
        for (const keyword of descriptor.keywords[language]) rows.push(withCell(column, keyword));
      }
    }
    for (const language of LANGUAGES) {
      for (const choice of descriptorChoices(criterion, language)) {
        rows.push(withCell(column, choice), withCell(column, choice.replace(" – ", "-")), withCell(column, choice.replace(" – ", " : ")), withCell(column, choice.replace(" – ", ") ")));
      }
    }
  }
  const headcounts: InputCell[] = [1, 150, 199, 200, 201, 999, 1000, 1001, 1200, 5000, 9_007_199_254_740_991, "1200", "1 200", "1.200", "1,200", "1\u00a0200", "1\u202f200", " 1 200 ", "1.200.000", "1 200 000", "0200", "200", "1000", "1,000"];
  for (const h of headcounts) rows.push(withCell(0, h));
  for (const word of [...ROLE_WORDS.responsible, ...ROLE_WORDS.contributes]) rows.push(withCell(3, word), withCell(3, word.toUpperCase()), withCell(3, ` ${word} `));
  rows.push(withCell(3, null), withCell(4, null), withCell(5, null), [700, 3, 2, null, null, null]);
  return rows;
}

/** Forms the engine refuses: each must be an error in the formulas too, never a class. */
export function rejectedRows(): InputRow[] {
  const rows: InputRow[] = [];
  const badDescriptors: InputCell[] = ["5", 5, 0, "0", "A5", "A0", "abc", "*", "?", "~", "2.5", 2.5, "2 –", "2 - zzz", "12", "02", "a3x", "1 – 2", true, false, { error: "#N/A" }, { error: "#DIV/0!" }, "4.", "—", "A 2"];
  for (const criterion of ORDINAL) for (const value of badDescriptors) rows.push(withCell(ORDINAL_COLUMN[criterion], value));
  // A number followed by another descriptor's words.
  rows.push(withCell(1, `1 – ${ORDINAL_DESCRIPTORS.coordination[1].keywords.nl[0]}`));
  const badHeadcounts: InputCell[] = ["12,5", "12.5", "1.200,5", "1,2000", "1  200", "-3", -3, 0, "0", "000", "abc", "1 200\u00a0000", "1.200,000", 12.5, "1e3", "1E3", "１２", "+5", "1 2", ",200", "1.20", "12 345 67", true, { error: "#VALUE!" }, Number.MAX_SAFE_INTEGER + 2, "99999999999999999999"];
  for (const value of badHeadcounts) rows.push(withCell(0, value));
  for (const value of ["xyz", "1", 1, "respons", "r.", true] as InputCell[]) rows.push(withCell(3, value));
  // Blank required inputs, each alone.
  for (const column of [0, 1, 2]) rows.push(withCell(column, null), withCell(column, "   "));
  return rows;
}

/** A fixed-seed fuzz of `count` rows mixing accepted, rejected and blank inputs in every column. */
export function fuzzRows(count: number, seed = 12): InputRow[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  // Per column, the values its own rows vary (the other cells of those rows are BASE's).
  const pool = (rows: InputRow[], column: number): InputCell[] => rows.map((r) => r[column]).filter((v) => v !== BASE[column] && v !== null);
  const accepted = BASE.map((_, column) => [BASE[column], ...pool(acceptedRows(), column)]);
  const rejected = BASE.map((_, column) => pool(rejectedRows(), column));
  const rows: InputRow[] = [];
  for (let i = 0; i < count; i++) {
    if (random() < 0.01) {
      rows.push([null, null, null, null, null, null]);
      continue;
    }
    rows.push(
      Array.from({ length: 6 }, (_, column) => {
        const roll = random();
        if (roll < 0.06) return null;
        if (roll < 0.12) return pick(rejected[column]);
        return pick(accepted[column]);
      }),
    );
  }
  return rows;
}
