/**
 * The pane's Office calls (one module per host, as in Microsoft's React template).
 *
 * Asks Excel to load the add-in's shared runtime whenever this workbook is
 * opened again, so HR.* formulas saved in it recalculate without the analyst
 * opening the pane first (Office.addin.setStartupBehavior, SharedRuntime 1.1).
 */
export async function loadWithWorkbook(): Promise<void> {
  await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
}
