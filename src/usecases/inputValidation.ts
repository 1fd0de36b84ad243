import { type Language, type OrdinalCriterionKey, descriptorChoices } from "../domain";
import type { WorkbookPort } from "../workbook/port";
import type { InventoryInput } from "./inventoryHeaders";
import { type InventoryMapping, dataBlock } from "./mapInventory";

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

const ROLE_CHOICES: Readonly<Record<Language, readonly string[]>> = {
  nl: ["verantwoordelijk", "bijdragen"],
  fr: ["responsable", "contribue"],
  en: ["responsible", "contributes"],
};

const HINT: Readonly<Record<Language, string>> = {
  nl: "Kies een descriptor uit de lijst; ook het nummer, A1–A4 of de trefwoorden in NL/FR/EN worden aanvaard.",
  fr: "Choisissez un descripteur dans la liste ; le numéro, A1–A4 ou les mots-clés en NL/FR/EN sont aussi acceptés.",
  en: "Pick a descriptor from the list; its number, A1–A4 or key words in NL/FR/EN are accepted too.",
};

/**
 * Puts a dropdown of the accepted descriptors on each mapped input column
 * (information style: other accepted spellings still go in). A column that
 * already has validation the product did not put there keeps it untouched.
 */
export async function validateInputs(
  port: WorkbookPort,
  mapping: InventoryMapping,
  ownColumns: readonly number[],
  language: Language,
): Promise<ValidationNote[]> {
  const notes: ValidationNote[] = [];
  const lists: [InventoryInput, readonly string[]][] = ORDINAL_INPUTS.map(([input, criterion]) => [
    input,
    descriptorChoices(criterion, language),
  ]);
  lists.push(["role", ROLE_CHOICES[language]]);
  for (const [input, items] of lists) {
    const column = mapping.columns[input];
    if (column === undefined || mapping.lastRow < mapping.firstRow) continue;
    const block = dataBlock(mapping, column);
    if (!ownColumns.includes(column) && (await port.hasValidation(block))) {
      notes.push({ input, column, applied: false });
      continue;
    }
    await port.setListValidation(block, items, HINT[language]);
    notes.push({ input, column, applied: true });
  }
  return notes;
}
