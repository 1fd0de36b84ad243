import { type Language, type OrdinalCriterionKey, descriptorChoices } from "../domain";
import type { WorkbookPort } from "../workbook/port";
import type { InventoryInput } from "./inventoryHeaders";
import { type InventoryMapping, dataBlock } from "./mapInventory";
import { byLanguage } from "../words/words";

/** What happened to the dropdown of one input column. */
export interface ValidationNote {
  readonly input: InventoryInput;
  readonly column: number;
  /** False when the analyst's own validation was found there and kept. */
  readonly applied: boolean;
}

const ORDINAL_INPUTS: readonly [InventoryInput, OrdinalCriterionKey][] = [
  ["scope", "coordination"],
  ["advice", "advice"],
  ["improvement", "improvement"],
  ["contacts", "contacts"],
];

const ROLE_CHOICES = byLanguage((words) => words.validation.roleChoices);
const HINT = byLanguage((words) => words.validation.dropdownHint);

/** An input column to give a dropdown, and whether an analyst's own validation is there (then it is kept). */
export interface ValidationPlan {
  readonly input: InventoryInput;
  readonly column: number;
  readonly items: readonly string[];
  readonly foreign: boolean;
}

/**
 * Looks at each mapped input column's validation, all in one go (one
 * request for an office.js adapter): a column that already has validation
 * the product did not put there keeps it untouched.
 */
export async function planValidation(
  port: WorkbookPort,
  mapping: InventoryMapping,
  ownColumns: readonly number[],
  language: Language,
): Promise<ValidationPlan[]> {
  const lists: [InventoryInput, readonly string[]][] = ORDINAL_INPUTS.map(([input, criterion]) => [input, descriptorChoices(criterion, language)]);
  lists.push(["role", ROLE_CHOICES[language]]);
  const wanted = lists.flatMap(([input, items]) => {
    const column = mapping.columns[input];
    return column === undefined || mapping.lastRow < mapping.firstRow ? [] : [{ input, column, items }];
  });
  const found = await Promise.all(wanted.map(({ column }) => (ownColumns.includes(column) ? Promise.resolve(false) : port.hasValidation(dataBlock(mapping, column)))));
  return wanted.map((w, i) => ({ ...w, foreign: found[i] }));
}

/** Puts a dropdown of the accepted descriptors on each planned column (information style: other accepted spellings still go in). */
export async function applyValidation(port: WorkbookPort, mapping: InventoryMapping, plan: readonly ValidationPlan[], language: Language): Promise<ValidationNote[]> {
  for (const { column, items, foreign } of plan) if (!foreign) await port.setListValidation(dataBlock(mapping, column), items, HINT[language]);
  return plan.map(({ input, column, foreign }) => ({ input, column, applied: !foreign }));
}
