import { CRITERIA, type Language } from "../domain";
import { columnLetter } from "../workbook/port";
import type { InventoryInput } from "./inventoryHeaders";
import type { InventoryMapping } from "./mapInventory";
import { RESULT_WIDTH, fieldOffset } from "./resultColumns";

/** The post arguments of HR.ASSISTLEVEL/ASSISTDETAIL/ASSISTEXPLAIN, in order. */
const POST_ARGUMENTS: readonly InventoryInput[] = ["staff", "scope", "advice", "role", "improvement", "contacts"];

/** Arguments joined, an unmapped optional one left empty, trailing empty ones dropped: "$E$2:$E$9,$F$2:$F$9,,$H$2:$H$9". */
function argumentList(reference: (column: number) => string, mapping: InventoryMapping, pad: boolean): string {
  const args = POST_ARGUMENTS.map((input) => {
    const column = mapping.columns[input];
    return column === undefined ? "" : reference(column);
  });
  while (!pad && args.length > 3 && args[args.length - 1] === "") args.pop();
  return args.join(",");
}

const rangeReference = (mapping: InventoryMapping) => (column: number): string => {
  const letter = columnLetter(column);
  return `$${letter}$${mapping.firstRow}:$${letter}$${mapping.lastRow}`;
};

/**
 * Structured reference to a table column on the same row: `[@[Staff]]`.
 * Inside a column name ' [ ] # are escaped with a leading '.
 */
export function tableReference(mapping: InventoryMapping): (column: number) => string {
  return (column) => `[@[${mapping.headers[column - 1].replace(/(['[\]#])/g, "'$1")}]]`;
}

/**
 * Live formulas of a plain range: one HR.ASSISTDETAIL in the class column's
 * first data cell that spills class, the five bands, misfit and flags over the
 * inventory's rows, and one HR.ASSISTEXPLAIN in the rationale column. Excel
 * recalculates them when an input cell changes; the strip's rules read the
 * spilled band cells, so the highlight follows.
 */
export function spillFormulas(mapping: InventoryMapping, language: Language): { readonly detail: string; readonly explain: string } {
  const reference = rangeReference(mapping);
  return {
    detail: `=HR.ASSISTDETAIL(${argumentList(reference, mapping, false)})`,
    explain: `=HR.ASSISTEXPLAIN(${argumentList(reference, mapping, true)},"${language}")`,
  };
}

/**
 * Calculated-column formulas of a table (tables cannot hold spilled arrays),
 * one per result column in column order; null for the strip (empty cells that
 * only carry the conditional formats).
 */
export function calculatedColumnFormulas(mapping: InventoryMapping, language: Language): (string | null)[] {
  const args = argumentList(tableReference(mapping), mapping, false);
  const formulas: (string | null)[] = new Array(RESULT_WIDTH).fill(null);
  formulas[fieldOffset("class")] = `=HR.ASSISTLEVEL(${args})`;
  CRITERIA.forEach((criterion, i) => (formulas[fieldOffset(criterion)] = `=INDEX(HR.ASSISTDETAIL(${args}),1,${i + 2})`));
  formulas[fieldOffset("misfit")] = `=INDEX(HR.ASSISTDETAIL(${args}),1,${CRITERIA.length + 2})`;
  formulas[fieldOffset("flags")] = `=INDEX(HR.ASSISTDETAIL(${args}),1,${CRITERIA.length + 3})`;
  formulas[fieldOffset("rationale")] = `=HR.ASSISTEXPLAIN(${argumentList(tableReference(mapping), mapping, true)},"${language}")`;
  return formulas;
}

/** The formulas of the first data row as written, in column order (null where the cell is not a formula anchor). */
export function anchorFormulas(mapping: InventoryMapping, language: Language): (string | null)[] {
  if (mapping.table !== undefined) return calculatedColumnFormulas(mapping, language);
  const { detail, explain } = spillFormulas(mapping, language);
  const formulas: (string | null)[] = new Array(RESULT_WIDTH).fill(null);
  formulas[0] = detail;
  formulas[fieldOffset("rationale")] = explain;
  return formulas;
}

/** A this-row reference with its inner brackets, `[@[Header]]` (' escapes inside the header). */
const BRACKETED_THIS_ROW = /\[@\[((?:[^[\]']|'.)*)\]\]/g;

/**
 * Formulas compared as Excel may give them back: without spaces, `$`, case,
 * or the _xldudf_ prefix of add-in functions, and with this-row references in
 * one form. Excel keeps `[@[Header]]`'s inner brackets only when the header
 * holds a special character ("Using structured references with Excel tables":
 * `[@[Sales Amount]]` but `[@Price]`), so `[@[Personeel]]` comes back as
 * `[@Personeel]`; both forms name the same column, so both compare equal.
 */
export function sameFormula(a: string | null, b: string | null): boolean {
  const key = (f: string | null): string =>
    (f ?? "")
      .replace(/_xldudf_/gi, "")
      .replace(BRACKETED_THIS_ROW, "[@$1]")
      .replace(/[\s$]/g, "")
      .toUpperCase();
  return key(a) === key(b);
}
