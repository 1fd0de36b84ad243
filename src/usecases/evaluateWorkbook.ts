import { type Language, matrixEdition, ruleName } from "../domain";
import type { WorkbookPort } from "../workbook/port";
import { appendAudit } from "./audit/appendAudit";
import { type EvaluateInventoryOptions, type EvaluationReport, evaluateInventory } from "./evaluateInventory";
import type { InventoryInput } from "./inventoryHeaders";
import { mapInventory } from "./mapInventory";
import { loadMatrix } from "./matrixSheet/loadMatrix";
import { type OwnedSheetRole, type Ownership, readOwnership, writeOwnership } from "./ownership";
import type { InventorySource } from "./run.types";
import { SHEET_NAMES, sheetCalled } from "./sheetNames";
import { Stop } from "./stop";
import { stopMessages } from "./stopMessages";
import { writeSummary } from "./summary/writeSummary";

export interface EvaluateWorkbookOptions extends EvaluateInventoryOptions {
  readonly language: Language;
  readonly sheet?: string;
  /** The table or block the pane chose; without it, `sheet` or the first sheet with an inventory. */
  readonly source?: InventorySource;
  readonly map?: Readonly<Partial<Record<InventoryInput, string>>>;
  /** When the run happens (the audit row); injectable for tests. */
  readonly now?: Date;
  /** Called as each step starts, for progress on long runs. */
  readonly onStep?: (step: "map" | "evaluate" | "matrix" | "summary" | "audit") => void;
}

export interface WorkbookEvaluation {
  readonly report: EvaluationReport;
  readonly sheets: Readonly<Record<OwnedSheetRole, string>>;
}

/**
 * The whole job on one workbook, the same for the batch tool and the pane:
 * map the inventory, evaluate and highlight it, load the matrix sheet, write
 * the summary and an audit row. Every check that can stop the run happens
 * before the first write, so a stopped run leaves the workbook as it was.
 */
export async function evaluateWorkbook(port: WorkbookPort, options: EvaluateWorkbookOptions): Promise<WorkbookEvaluation> {
  const { language } = options;
  let ownership = await readOwnership(port, language);
  options.onStep?.("map");
  const mapping = await mapInventory(port, ownership, options);
  await checkOwnSheetsAreFree(port, ownership, language);

  options.onStep?.("evaluate");
  const report = await evaluateInventory(port, mapping, ownership, language, options);
  ownership = report.ownership;

  options.onStep?.("matrix");
  const matrix = await loadMatrix(port, ownership, language);
  ownership = matrix.ownership;

  options.onStep?.("summary");
  const summary = await writeSummary(port, ownership, report);
  ownership = summary.ownership;

  options.onStep?.("audit");
  const audit = await appendAudit(
    port,
    ownership,
    {
      date: options.now ?? new Date(),
      matrixVersion: matrixEdition(language),
      rule: ruleName(language),
      sheet: mapping.sheet,
      evaluated: report.evaluated,
      invalid: report.invalid,
      absent: mapping.absent,
    },
    language,
  );
  ownership = audit.ownership;
  await writeOwnership(port, ownership);
  await port.flush();
  return { report, sheets: { matrix: matrix.sheet, summary: summary.sheet, audit: audit.sheet } };
}

/** A sheet with the name the product would add, not made by it, stops the run before any write. */
async function checkOwnSheetsAreFree(port: WorkbookPort, ownership: Ownership, language: Language): Promise<void> {
  const sheets = await port.sheetNames();
  for (const role of ["matrix", "summary", "audit"] as const) {
    const owned = ownership.sheets[role];
    if (owned && sheets.includes(owned)) continue;
    const taken = sheetCalled(sheets, SHEET_NAMES[language][role]);
    if (taken !== undefined) throw new Stop("foreignSheet", stopMessages(language).foreignSheet(taken));
  }
}
