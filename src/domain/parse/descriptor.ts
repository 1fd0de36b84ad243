import { ORDINAL_CRITERIA, type OrdinalCriterionKey } from "../criteria";
import { type Language, LANGUAGES } from "../language";
import { LEVELS, bandHas, levelCode } from "../level";
import { ORDINAL_DESCRIPTORS } from "../matrix/ordinalDescriptors";
import { normalizeText } from "../normalize";
import { type ArgumentKey, type Problem, showValue } from "../problem";
import { readCell } from "./cell";

/**
 * Every text form that names a descriptor of the criterion: its number, the
 * level code of each level whose cell carries it (`A3` for advice is
 * descriptor 2), its key words and its full text in NL/FR/EN.
 */
function buildLookup(criterion: OrdinalCriterionKey): ReadonlyMap<string, number> {
  const lookup = new Map<string, number>();
  const add = (form: string, number: number): void => {
    const key = normalizeText(form);
    const known = lookup.get(key);
    if (known !== undefined && known !== number) {
      throw new Error(`"${form}" names two ${criterion} descriptors (${known} and ${number})`);
    }
    lookup.set(key, number);
    if (key.endsWith(".")) lookup.set(key.slice(0, -1), number);
  };
  for (const descriptor of ORDINAL_DESCRIPTORS[criterion]) {
    add(String(descriptor.number), descriptor.number);
    for (const level of LEVELS) {
      if (bandHas(descriptor.band, level)) add(levelCode(level), descriptor.number);
    }
    for (const language of LANGUAGES) {
      for (const keyword of descriptor.keywords[language]) add(keyword, descriptor.number);
      add(descriptor.text[language], descriptor.number);
    }
  }
  return lookup;
}

const LOOKUPS = Object.fromEntries(
  ORDINAL_CRITERIA.map((criterion) => [criterion, buildLookup(criterion)]),
) as Record<OrdinalCriterionKey, ReadonlyMap<string, number>>;

/**
 * Parses the recorded value of an ordinal criterion into its descriptor
 * number (1…count). Returns 0 for a blank cell.
 */
export function parseDescriptor(
  criterion: OrdinalCriterionKey,
  argument: ArgumentKey,
  value: unknown,
): number | Problem {
  const count = ORDINAL_DESCRIPTORS[criterion].length;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= count) return value;
  const cell = readCell(argument, value);
  if (cell.kind === "blank") return 0;
  if (cell.kind === "other") return cell.problem;
  if (cell.kind === "text") {
    const lookup = LOOKUPS[criterion];
    const number = lookup.get(normalizeText(cell.text));
    if (number !== undefined) return number;
    // "2 – dossiers plannen", as the dropdown offers it: the number and the words must agree.
    const choice = CHOICE.exec(cell.text);
    if (choice && lookup.get(normalizeText(choice[2])) === Number(choice[1])) return Number(choice[1]);
  }
  return { code: "unknownDescriptor", argument, value: showValue(value), criterion };
}

/** What may stand between a descriptor's number and its words in "2 – dossiers plannen". */
export const CHOICE_SEPARATORS = "-–—:.)";
// The words may run over lines ("s"): a line break counts as a space, as everywhere else.
const CHOICE = new RegExp(`^\\s*([1-4])\\s*[${CHOICE_SEPARATORS.replace(/[-\]\\^]/g, "\\$&")}]\\s*(.+)$`, "s");

/**
 * Every normalised text form of a criterion's descriptors and the number it
 * names: the table parseDescriptor looks up, for the portable formulas' lists.
 */
export function descriptorForms(criterion: OrdinalCriterionKey): ReadonlyMap<string, number> {
  return LOOKUPS[criterion];
}

/**
 * Every numbered choice parseDescriptor reads ("2 – dossiers plannen"), as
 * normalizeText leaves the whole cell: the number, a separator with or
 * without a space on either side, and a form naming that number. For the
 * portable formulas, which look a cell up whole rather than take it apart.
 */
export function numberedForms(criterion: OrdinalCriterionKey): ReadonlyMap<string, number> {
  const forms = new Map<string, number>();
  for (const [form, number] of LOOKUPS[criterion]) {
    for (const separator of CHOICE_SEPARATORS) {
      for (const [before, after] of [["", ""], [" ", ""], ["", " "], [" ", " "]]) forms.set(`${number}${before}${separator}${after}${form}`, number);
    }
  }
  return forms;
}

/** The dropdown choices of a criterion: "1 – opvolgen", "2 – dossiers plannen", … */
export function descriptorChoices(criterion: OrdinalCriterionKey, language: Language): string[] {
  return ORDINAL_DESCRIPTORS[criterion].map((d) => `${d.number} – ${d.keywords[language][0]}`);
}
