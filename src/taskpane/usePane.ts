import { useCallback, useState } from "react";
import type { Language } from "../domain";
import type { CellProblem, PaneEvaluation } from "../usecases/paneJobs.types";
import type { PaneHost } from "./host/PaneHost";
import { usePaneEvaluate } from "./usePaneEvaluate";
import { usePaneFollow } from "./usePaneFollow";
import { usePaneInventory } from "./usePaneInventory";
import { usePaneMessages } from "./usePaneMessages";

/** The panels open when the pane starts: the path from matrix to evaluation. */
const FIRST_OPEN = ["matrix", "inventory", "evaluate"];

/** The pane's state: language, failures, inventory, the run, following, and which panels are open. */
export function usePane(host: PaneHost, initialLanguage: Language) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [openItems, setOpenItems] = useState<readonly string[]>(FIRST_OPEN);
  const { failures, report, dismiss } = usePaneMessages();
  const inventory = usePaneInventory(host, language, report);

  // A finished run opens its summary, and its problems when there are some.
  const onEvaluated = useCallback((evaluation: PaneEvaluation) => {
    const wanted = evaluation.problems.length > 0 ? ["summary", "problems"] : ["summary"];
    setOpenItems((open) => [...open, ...wanted.filter((item) => !open.includes(item))]);
  }, []);
  const run = usePaneEvaluate(host, report, onEvaluated);
  const follow = usePaneFollow(host, inventory.mapping, language, report);

  const loadMatrix = useCallback((sheetLanguage: Language) => host.loadMatrix(sheetLanguage), [host]);
  const selectRow = useCallback(
    (row: number) => {
      if (run.evaluation) host.select(run.evaluation.mapping.sheet, `A${row}`).catch(report);
    },
    [host, run.evaluation, report],
  );
  const selectCell = useCallback((problem: CellProblem) => host.select(problem.sheet, problem.cell).catch(report), [host, report]);

  return { language, setLanguage, openItems, setOpenItems, failures, report, dismiss, inventory, run, follow, loadMatrix, selectRow, selectCell };
}
