import { CRITERIA, type CriterionKey, FLAG_CODES, type Language, LEVELS, type Level, SEED_THRESHOLDS, argumentLabel, levelCode, messagesFor } from "../../domain";
import type { ArgumentKey } from "../../domain/problem";
import type { OrdinalCriterionKey } from "../../domain/criteria";
import { THOUSANDS_SEPARATORS } from "../../domain/parse/headcount";
import { columnLetter } from "../../workbook/port";
import type { InventoryInput } from "../inventoryHeaders";
import type { InventoryMapping } from "../mapInventory";
import { ERROR_FLAG, RESULT_WIDTH, fieldOffset, invalidClassText } from "../resultColumns";
import { type FormsLayout, sizeSteps } from "./formsSheet";
import { quoted, substituteAll, template } from "./formulaText";

/**
 * The portable formulas: the class, the five bands, the misfit, the flags
 * and the rationale of a post as native formulas of its own row, which any
 * spreadsheet recalculates with no add-in (evaluation-model.md, written out
 * in functions Excel 2010+, Excel on the web, LibreOffice and Google Sheets
 * share). Each band cell reads its criterion's input and looks its forms up
 * on the forms sheet; the class, misfit and flags read the five band cells.
 * A form the formulas cannot read makes its band cell #N/A, and the row's
 * class the error text, as in values mode: it never gets a class.
 */

/** What normalizeText turns into a space, as far as a formula can: tab, line breaks, the two no-break spaces. */
const SPACES: readonly (readonly [string, string])[] = ["\t", "\n", "\r", "\u00a0", "\u202f"].map((c) => [c, " "]);
/** Accented letters (after LOWER) and combining marks dropped, as normalizeText drops them; any other one makes the form unreadable, never another form. */
const ACCENTS: readonly (readonly [string, string])[] = [
  ..."àâäçèéêëîïôöùûü".split("").map((c): [string, string] => [c, c.normalize("NFD").replace(/[\u0300-\u036f]/g, "")]),
  ...["\u0300", "\u0301", "\u0302", "\u0308", "\u0327"].map((c): [string, string] => [c, ""]),
];
/** Positions 1…24 of a typed headcount, checked one by one inside SUMPRODUCT. */
const SEQ = `{${Array.from({ length: 24 }, (_, i) => i + 1).join(",")}}`;
const DIGITS = quoted("0123456789");
/** Number.MAX_SAFE_INTEGER: the engine refuses larger headcounts. */
const MAX_HEADCOUNT = Number.MAX_SAFE_INTEGER;

const ORDINAL_INPUT: Readonly<Record<OrdinalCriterionKey, InventoryInput & ArgumentKey>> = { coordination: "scope", advice: "advice", improvement: "improvement", contacts: "contacts" };
const REQUIRED: ReadonlySet<InventoryInput> = new Set(["staff", "scope", "advice"]);

const spaced = (x: string): string => substituteAll(x, SPACES);
/** normalizeText as a formula: no-break spaces and line breaks as spaces, lower case, accents dropped, spaces trimmed and collapsed. */
export const normalized = (x: string): string => `TRIM(${substituteAll(`LOWER(${spaced(x)})`, ACCENTS)})`;
const isBlank = (x: string): string => `TRIM(${spaced(x)})=""`;
/** MATCH's wildcards taken literally: an input "*" must name nothing, not the first form. */
const literal = (key: string): string => substituteAll(key, [["~", "~~"], ["*", "~*"], ["?", "~?"]]);
/**
 * What a normalised key names in a list, 0 when nothing. An exact MATCH, not a
 * SUMPRODUCT of comparisons: spreadsheets cache a range's exact lookups
 * (LibreOffice's lookup cache), so a column of posts costs little more than one.
 */
const lookup = (forms: string, values: string, key: string): string => `IFERROR(INDEX(${values},MATCH(${literal(key)},${forms},0)),0)`;

/** The relative references of one row: `$E2`. */
interface RowRefs {
  input(input: InventoryInput): string | undefined;
  result(field: CriterionKey | "class" | "misfit" | "flags"): string;
  bands: string;
}

function rowRefs(mapping: InventoryMapping, first: number): RowRefs {
  const row = mapping.firstRow;
  const at = (column: number): string => `$${columnLetter(column)}${row}`;
  return {
    input: (input) => (mapping.columns[input] === undefined ? undefined : at(mapping.columns[input] as number)),
    result: (field) => at(first + fieldOffset(field)),
    bands: `${at(first + fieldOffset(CRITERIA[0]))}:${at(first + fieldOffset(CRITERIA[CRITERIA.length - 1]))}`,
  };
}

/** True when every input of the row is blank: the row is no post and gets no result. */
function blankRow(refs: RowRefs): string {
  const inputs = (["staff", "scope", "advice", "role", "improvement", "contacts"] as const).flatMap((i) => refs.input(i) ?? []);
  return `IFERROR(TRIM(${spaced(inputs.join("&"))})="",FALSE)`;
}

function ordinalBand(criterion: OrdinalCriterionKey, x: string, layout: FormsLayout, blank: string): string {
  const own = layout.descriptors[criterion];
  const required = REQUIRED.has(ORDINAL_INPUT[criterion]);
  // One lookup of the whole cell: the lists hold the numbered choices ("2 – dossiers plannen") beside the forms.
  const band = `INDEX(${own.bands},${lookup(own.forms, own.numbers, normalized(x))}+1)`;
  // A blank required input is an error unless the whole row is blank; the row is looked at only then.
  return `=IFERROR(IF(ISLOGICAL(${x}),NA(),IF(${isBlank(x)},${required ? `IF(${blank},"",NA())` : '""'},${band})),NA())`;
}

/**
 * A headcount as parseHeadcount reads it, or an error: a whole number ≥ 1,
 * or text of digits, plain or grouped by threes with one kind of separator.
 * Surrounding ordinary spaces are ignored; a run of spaces inside is not.
 */
export function headcount(x: string): string {
  const w = `TRIM(${x})`;
  const length = `LEN(${w})`;
  // Positions past the end are left out: LibreOffice's FIND of an empty text is an error, Excel's is 1.
  const digitsOnly = `SUMPRODUCT((${SEQ}<=${length})*ISERROR(FIND(MID(${w},${SEQ},1),${DIGITS})))=0`;
  const separator = `MID(${w},${length}-3,1)`;
  const grouped = [
    `MOD(${length},4)<>0`,
    `ISNUMBER(FIND(${separator},${quoted(THOUSANDS_SEPARATORS)}))`,
    `SUMPRODUCT((${SEQ}<=${length})*(MOD(${length}+1-${SEQ},4)=0)*(MID(${w},${SEQ},1)<>${separator}))=0`,
    `SUMPRODUCT((${SEQ}<=${length})*(MOD(${length}+1-${SEQ},4)<>0)*ISERROR(FIND(MID(${w},${SEQ},1),${DIGITS})))=0`,
  ];
  const text =
    `IF(OR(${length}>24,NOT(ISNUMBER(FIND(${w},${x})))),NA(),IF(${digitsOnly},VALUE(${w}),` +
    `IF(${length}<5,NA(),IF(AND(${grouped.join(",")}),VALUE(SUBSTITUTE(${w},${separator},"")),NA()))))`;
  return `IF(ISNUMBER(${x}),IF(AND(${x}=INT(${x}),${x}>=1),${x},NA()),${text})`;
}

/** The role code (0 not given, 1 contributes, 2 responsible), or an error. */
function roleCode(y: string | undefined, layout: FormsLayout): string {
  if (y === undefined) return "0";
  const found = lookup(layout.roles.forms, layout.roles.codes, normalized(y));
  return `IF(ISLOGICAL(${y}),NA(),IF(${isBlank(y)},0,INDEX(${layout.roles.roleOf},${found}+1)))`;
}

function supportBand(x: string, y: string | undefined, layout: FormsLayout, blank: string): string {
  // A headcount above MAX_HEADCOUNT matches the fourth step: #REF! from INDEX, so an error.
  const band = `INDEX(${layout.supportBands},${roleCode(y, layout)}+1,MATCH(${headcount(x)},${sizeSteps(MAX_HEADCOUNT)}))`;
  return `=IFERROR(IF(ISLOGICAL(${x}),NA(),IF(${isBlank(x)},IF(${blank},"",NA()),${band})),NA())`;
}

/** The lowest and highest level of a band cell ("A2–A4" → 2 and 4); a blank band reads 0 and 9, so it is off by nothing. */
const low = (band: string): string => `VALUE(MID(${band}&"A0",2,1))`;
const high = (band: string): string => `VALUE(RIGHT("A9"&${band},1))`;
/** How far a level lies from a band cell's nearest level. */
const distance = (band: string, level: string | number): string => `MAX(0,${low(band)}-${level},${level}-${high(band)})`;
/**
 * The misfit at a level: the summed distance of each band to it, as five
 * plain terms rather than one array: a spreadsheet works a scalar sum out far
 * faster than the arrays an array expression makes for every row.
 */
const misfitAt = (refs: RowRefs, level: Level): string => `(${CRITERIA.map((c) => distance(refs.result(c), level)).join("+")})`;

/** The typed headcount's value, once the row is known to be valid. */
function headcountValue(x: string): string {
  const plain = substituteAll(`TRIM(${x})`, [...THOUSANDS_SEPARATORS].map((s): [string, string] => [s, ""]));
  return `IF(ISNUMBER(${x}),${x},VALUE(${plain}))`;
}

function flags(refs: RowRefs, blank: string, invalid: string): string {
  const misfit = refs.result("misfit");
  const level = `VALUE(RIGHT(${refs.result("class")},1))`;
  const staff = refs.input("staff") ?? '""';
  const role = refs.input("role");
  const { lower, upper } = SEED_THRESHOLDS;
  const tests: Record<(typeof FLAG_CODES)[number], string> = {
    tie: `${LEVELS.map((l) => `(${misfitAt(refs, l)}=${misfit})`).join("+")}>1`,
    spread: `OR(${CRITERIA.map((c) => `${distance(refs.result(c), level)}>=2`).join(",")})`,
    boundary: `ISNUMBER(MATCH(${headcountValue(staff)},{${lower},${upper}},0))`,
    "role-unknown": role === undefined ? "TRUE" : isBlank(role),
  };
  const words = FLAG_CODES.map((code) => {
    if (/\s/.test(code)) throw new Error(`A flag code with a space cannot be joined by the flags formula: "${code}"`);
    return `IF(${tests[code]},${quoted(`${code} `)},"")`;
  }).join("&");
  return `=IF(${blank},"",IF(${invalid},${quoted(ERROR_FLAG)},SUBSTITUTE(TRIM(${words})," ",", ")))`;
}

function rationale(refs: RowRefs, blank: string, invalid: string, layout: FormsLayout, language: Language): string {
  const m = messagesFor(language);
  const misfits = LEVELS.map((l) => `${quoted(`${levelCode(l)} `)}&${misfitAt(refs, l)}`).join(`&${quoted(" · ")}&`);
  const bandList = `MID(${CRITERIA.map((c) => `IF(${refs.result(c)}="","",${quoted(`, ${m.criterionShort[c]} `)}&${refs.result(c)})`).join("&")},3,999)`;
  const flagsCell = refs.result("flags");
  const flagList = `MID(${FLAG_CODES.map((f) => `IF(ISNUMBER(FIND(${quoted(f)},${flagsCell})),${quoted(`, ${m.flagName[f]}`)},"")`).join("&")},3,999)`;
  const valid =
    `${template(m.rationale.bestFit, [refs.result("class"), misfits])}&" "&${template(m.rationale.bands, [bandList])}` +
    `&IF(${flagsCell}="",""," "&${template(m.rationale.check, [flagList])})`;
  const label = (argument: ArgumentKey): string => quoted(argumentLabel(argument, language));
  const shown = (x: string): string => `IFERROR(${x}&"","?")`;
  const problems: string[] = [];
  for (const criterion of CRITERIA) {
    const band = refs.result(criterion);
    if (criterion === "support") {
      const x = refs.input("staff") ?? '""';
      const y = refs.input("role");
      const badHeadcount = template(m.problem.badHeadcount, [label("staff"), shown(x)]);
      // The role is looked at (a short lookup) rather than the headcount again: whichever of the two is not readable is named.
      const roleUnread = y === undefined ? "FALSE" : `AND(NOT(${isBlank(y)}),ISERROR(MATCH(${literal(normalized(y))},${layout.roles.forms},0)))`;
      const which = `IF(${isBlank(x)},${template(m.problem.blank, [label("staff")])},IF(${roleUnread},${template(m.problem.badRole, [label("role"), shown(y ?? '""')])},${badHeadcount}))`;
      problems.push(`IF(ISERROR(${band}),"  "&${which},"")`);
      continue;
    }
    const x = refs.input(ORDINAL_INPUT[criterion]);
    if (x === undefined) continue;
    const argument = ORDINAL_INPUT[criterion];
    problems.push(`IF(ISERROR(${band}),"  "&IF(${isBlank(x)},${template(m.problem.blank, [label(argument)])},${template(m.problem.unknownDescriptor, [label(argument), shown(x)])}),"")`);
  }
  return `=IF(${blank},"",IF(${invalid},MID(${problems.join("&")},3,9999),${valid}))`;
}

/**
 * The formulas of the first data row, in result-column order (null for the
 * strip, whose cells stay empty and carry the highlight rules).
 * Filled down the inventory, each row reads its own inputs.
 */
export function portableRowFormulas(mapping: InventoryMapping, first: number, layout: FormsLayout, language: Language): (string | null)[] {
  const refs = rowRefs(mapping, first);
  const blankInputs = blankRow(refs);
  // Every band cell of a row is "" exactly when its inputs are all blank (a non-blank row has a required input, or an error for it).
  const blank = `IFERROR(${CRITERIA.map((c) => refs.result(c)).join("&")}="",FALSE)`;
  const invalid = `ISERROR(SUM(${refs.bands}))`;
  const formulas: (string | null)[] = new Array(RESULT_WIDTH).fill(null);
  for (const criterion of CRITERIA) {
    if (criterion === "support") {
      formulas[fieldOffset(criterion)] = supportBand(refs.input("staff") ?? '""', refs.input("role"), layout, blankInputs);
      continue;
    }
    const x = refs.input(ORDINAL_INPUT[criterion]);
    if (x !== undefined) formulas[fieldOffset(criterion)] = ordinalBand(criterion, x, layout, blankInputs);
    // A criterion without a column does not vote; its cell still holds a formula, so a value typed there is noticed on a re-run.
    else formulas[fieldOffset(criterion)] = REQUIRED.has(ORDINAL_INPUT[criterion]) ? "=NA()" : '=""';
  }
  const misfit = refs.result("misfit");
  const chosen = LEVELS.slice(0, -1).reduceRight(
    (otherwise, level) => `IF(${misfitAt(refs, level)}=${misfit},${quoted(levelCode(level))},${otherwise})`,
    quoted(levelCode(LEVELS[LEVELS.length - 1])),
  );
  formulas[fieldOffset("class")] = `=IF(${blank},"",IF(${invalid},${quoted(invalidClassText(language))},${chosen}))`;
  formulas[fieldOffset("misfit")] = `=IF(${blank},"",IF(${invalid},"",MIN(${LEVELS.map((l) => misfitAt(refs, l)).join(",")})))`;
  formulas[fieldOffset("flags")] = flags(refs, blank, invalid);
  formulas[fieldOffset("rationale")] = rationale(refs, blank, invalid, layout, language);
  return formulas;
}
