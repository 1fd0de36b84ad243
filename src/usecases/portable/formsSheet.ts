import {
  CRITERIA,
  ORDINAL_DESCRIPTORS,
  ROLE_CONTRIBUTES,
  ROLE_RESPONSIBLE,
  ROLE_UNKNOWN,
  SEED_THRESHOLDS,
  SUPPORT_BANDS,
  formatBand,
  type Role,
} from "../../domain";
import type { OrdinalCriterionKey } from "../../domain/criteria";
import { descriptorForms, numberedForms } from "../../domain/parse/descriptor";
import { roleForms } from "../../domain/parse/role";
import { type CellValue, columnLetter } from "../../workbook/port";

/**
 * The product's sheet of accepted forms, which the portable formulas look
 * up: made from the engine's own parse tables (descriptorForms, roleForms,
 * SUPPORT_BANDS), so the formulas accept what the engine accepts and no
 * list is typed twice. Hidden, not very hidden: an analyst may unhide it to
 * see what the formulas read. Its name starts with "AssistLevel." so no run
 * takes it for an inventory.
 */
export const FORMS_SHEET = "AssistLevel.forms";

/**
 * What a whole cell may read as for a criterion: its forms and its numbered
 * choices. A spelling that named two numbers would make the lookup guess:
 * none does (checked here, where the lists are made).
 */
function readings(criterion: OrdinalCriterionKey): ReadonlyMap<string, number> {
  const all = new Map(descriptorForms(criterion));
  for (const [form, number] of numberedForms(criterion)) {
    const known = all.get(form);
    if (known !== undefined && known !== number) throw new Error(`"${form}" reads as ${criterion} descriptor ${known} and ${number}`);
    all.set(form, number);
  }
  return all;
}

const ORDINALS = CRITERIA.filter((c): c is OrdinalCriterionKey => c !== "support");

/** Where each table of the forms sheet is, as absolute references the formulas use. */
export interface FormsLayout {
  /** Per ordinal criterion: its normalised forms, the descriptor number of each, and its bands by number + 1 (#N/A first, for "not found"). */
  readonly descriptors: Readonly<Record<OrdinalCriterionKey, { readonly forms: string; readonly numbers: string; readonly bands: string }>>;
  /** Role words and their role codes; roleCodes maps code + 1 to the code (#N/A first, for "not found"). */
  readonly roles: { readonly forms: string; readonly codes: string; readonly roleOf: string };
  /** 3 × 3: rows role unknown, contributes, responsible; columns headcount below 200, 200–1000, above 1000. */
  readonly supportBands: string;
}

export interface FormsSheet {
  readonly rows: readonly (readonly CellValue[])[];
  readonly layout: FormsLayout;
}

/** Quoted always: the name holds a dot, which not every spreadsheet reads bare in a reference. */
const QUOTED = `'${FORMS_SHEET}'`;
const NOT_FOUND: CellValue = { code: "#N/A" };
const WIDTH = 12;

/** The forms sheet's cells from A1, and where its tables are: made once (it follows from the engine's constant tables). */
export function formsSheet(): FormsSheet {
  made ??= makeFormsSheet();
  return made;
}

let made: FormsSheet | undefined;

function makeFormsSheet(): FormsSheet {
  const grid: CellValue[][] = [];
  const put = (row: number, column: number, value: CellValue): void => {
    while (grid.length < row) grid.push(new Array<CellValue>(WIDTH).fill(null));
    grid[row - 1][column - 1] = value;
  };
  const range = (column: number, first: number, last: number, lastColumn = column): string =>
    `${QUOTED}!$${columnLetter(column)}$${first}:$${columnLetter(lastColumn)}$${last}`;

  // A–C: every form, the list it belongs to and what it names.
  ["List", "Form", "Value"].forEach((h, i) => put(1, i + 1, h));
  let row = 2;
  const list = (name: string, forms: ReadonlyMap<string, number>): { forms: string; numbers: string } => {
    const first = row;
    for (const [form, value] of forms) {
      put(row, 1, name);
      put(row, 2, form);
      put(row, 3, value);
      row++;
    }
    return { forms: range(2, first, row - 1), numbers: range(3, first, row - 1) };
  };
  // E–G: what a number names, with #N/A for 0 (a form not found).
  ["List", "Number", "Names"].forEach((h, i) => put(1, i + 5, h));
  let named = 2;
  const names = (name: string, values: readonly CellValue[]): string => {
    const first = named;
    [NOT_FOUND, ...values].forEach((value, i) => {
      put(named, 5, name);
      put(named, 6, i);
      put(named, 7, value);
      named++;
    });
    return range(7, first, named - 1);
  };

  const descriptors = {} as Record<OrdinalCriterionKey, { forms: string; numbers: string; bands: string }>;
  for (const criterion of ORDINALS) {
    const forms = list(criterion, readings(criterion));
    descriptors[criterion] = { ...forms, bands: names(criterion, ORDINAL_DESCRIPTORS[criterion].map((d) => formatBand(d.band))) };
  }
  const roles = list("role", roleForms());
  const roleOf = names("role", [ROLE_CONTRIBUTES, ROLE_RESPONSIBLE]);

  // I–L: the management-support bands by role and headcount.
  const { lower, upper } = SEED_THRESHOLDS;
  ["Role \\ headcount", `< ${lower}`, `${lower}–${upper}`, `> ${upper}`].forEach((h, i) => put(1, i + 9, h));
  const roleRows: readonly [Role, string][] = [[ROLE_UNKNOWN, "not given"], [ROLE_CONTRIBUTES, "contributes"], [ROLE_RESPONSIBLE, "responsible"]];
  roleRows.forEach(([role, label], i) => {
    put(2 + i, 9, label);
    SUPPORT_BANDS[role].forEach((band, size) => put(2 + i, 10 + size, formatBand(band)));
  });
  return {
    rows: grid,
    layout: { descriptors, roles: { forms: roles.forms, codes: roles.numbers, roleOf }, supportBands: range(10, 2, 4, 12) },
  };
}

/**
 * Headcount sizes as MATCH reads them: below the lower threshold, up to the
 * upper one, above it (whole numbers); and a fourth step past `largest`, a
 * column the 3-column support table lacks, so a larger headcount is an error.
 */
export function sizeSteps(largest: number): string {
  const { lower, upper } = SEED_THRESHOLDS;
  return `{1,${lower},${upper + 1},${largest + 1}}`;
}
