/**
 * The pane's Office calls (one module per host, as in Microsoft's React template).
 *
 * Asks Excel to load the add-in's shared runtime whenever this workbook is
 * opened again, so the pane's code starts with it (Office.addin.
 * setStartupBehavior, SharedRuntime 1.1; "Run code in your Office Add-in when
 * the document opens"). Asked only when the workbook does not already say
 * so: the setting is kept in the document, and setting it again on every
 * opening of the pane would touch the analyst's workbook for nothing.
 * HR.* formulas are another matter: Microsoft documents custom functions as
 * registered for the user once the add-in has run, then available in all
 * workbooks ("Manually create JSON metadata for custom functions").
 */
export async function loadWithWorkbook(): Promise<void> {
  const behavior = await Office.addin.getStartupBehavior();
  if (behavior !== Office.StartupBehavior.load) await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
}
