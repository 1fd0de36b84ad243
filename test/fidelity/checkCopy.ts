import { type Finding, compareAppendOnly, describeFinding } from "./appendOnly";
import { compareCells, compareDefinedNames } from "./keptContent";
import { OpcPackage } from "./opcPackage";
import { compareNewParts, compareUntouchedParts, partsACopyMayChange } from "./packageRules";
import { type RecalculatedWorkbook, compareRecalculated, recalculateWorkbooks } from "./recalculation";

export { describeFinding, type Finding, recalculateWorkbooks, type RecalculatedWorkbook };

/** What the checker needs to know about a copy. */
export interface CheckOptions {
  /** The sheet the tool evaluated: the one original worksheet whose part may change. */
  readonly inventorySheet: string;
  /**
   * LibreOffice's recalculation of both files, when the caller ran it for
   * many files at once (recalculateWorkbooks); "skip" leaves LibreOffice out.
   * Without it, checkCopy runs LibreOffice on the two files itself.
   */
  readonly recalculated?: { readonly original: RecalculatedWorkbook | undefined; readonly copy: RecalculatedWorkbook | undefined } | "skip";
}

/**
 * Checks that an evaluated copy keeps the analyst's workbook (issue 9):
 * every original part is byte-identical, or one of the few parts a copy may
 * change and only appended to; every cell of the inventory sheet and every
 * defined name is kept; new parts are wired in; the copy opens in
 * LibreOffice and recalculates the analyst's formulas to the same values.
 * Returns what differs; an empty list is a lossless copy.
 */
export async function checkCopy(original: Uint8Array, copy: Uint8Array, options: CheckOptions): Promise<Finding[]> {
  const originalPackage = await OpcPackage.read(original);
  let copyPackage: OpcPackage;
  try {
    copyPackage = await OpcPackage.read(copy);
  } catch (error) {
    return [{ part: "(package)", path: "", problem: `the copy is not a readable zip package: ${(error as Error).message}` }];
  }
  const inventoryPart = await originalPackage.sheetPart(options.inventorySheet);
  const findings: Finding[] = [];
  if (!inventoryPart) findings.push({ part: "(package)", path: "", problem: `the original has no sheet "${options.inventorySheet}"` });

  const allowed = await partsACopyMayChange(originalPackage, options.inventorySheet);
  const untouched = await compareUntouchedParts(originalPackage, copyPackage, allowed);
  findings.push(...untouched.findings);
  const workbookPart = await originalPackage.workbookPart();
  for (const part of untouched.changed) {
    // Cells and names are compared by address and by name below, in the analyst's words.
    const checkedElsewhere = new Set(part === inventoryPart ? ["c"] : part === workbookPart ? ["definedName"] : []);
    findings.push(...(await appendOnlyPart(originalPackage, copyPackage, part, checkedElsewhere)));
  }
  if (inventoryPart && copyPackage.has(inventoryPart)) {
    findings.push(...(await guarded(inventoryPart, () => compareCells(originalPackage, copyPackage, options.inventorySheet, inventoryPart, inventoryPart))));
  }
  findings.push(...(await guarded(workbookPart ?? "xl/workbook.xml", () => compareDefinedNames(originalPackage, copyPackage))));
  findings.push(...(await guarded("(relationships)", () => compareNewParts(originalPackage, copyPackage))));

  if (options.recalculated !== "skip") {
    const recalculated = options.recalculated ?? (await recalculatePair(original, copy));
    findings.push(...(await compareRecalculated(originalPackage, recalculated.original, recalculated.copy)));
  }
  return findings;
}

async function appendOnlyPart(original: OpcPackage, copy: OpcPackage, part: string, checkedElsewhere: ReadonlySet<string>): Promise<Finding[]> {
  return guarded(part, async () => compareAppendOnly(part, await original.xml(part), await copy.xml(part), { checkedElsewhere }));
}

/** A part that does not parse is itself the finding, and the other checks go on. */
async function guarded(part: string, check: () => Promise<Finding[]>): Promise<Finding[]> {
  try {
    return await check();
  } catch (error) {
    return [{ part, path: "", problem: `could not be read as XML: ${(error as Error).message}` }];
  }
}

async function recalculatePair(original: Uint8Array, copy: Uint8Array) {
  const [recalculatedOriginal, recalculatedCopy] = await recalculateWorkbooks([original, copy]);
  return { original: recalculatedOriginal, copy: recalculatedCopy };
}
