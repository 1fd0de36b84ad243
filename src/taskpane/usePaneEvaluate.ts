import { useCallback, useEffect, useRef, useState } from "react";
import type { EvaluateRequest, PaneEvaluation, Progress, ResultMode } from "../usecases/paneJobs.types";
import type { PaneHost } from "./host/PaneHost";

/** One Evaluate & highlight run at a time, with its progress and a Cancel that aborts it. */
export function usePaneEvaluate(host: PaneHost, report: (failure: unknown) => void, onEvaluated: (evaluation: PaneEvaluation) => void) {
  // Live formulas compute only where the HR.* functions run (Excel with the add-in): they are the default there, values elsewhere.
  const [resultMode, setResultMode] = useState<ResultMode>(host.kind === "excel" ? "formulas" : "values");
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress>();
  const [evaluation, setEvaluation] = useState<PaneEvaluation>();
  const controller = useRef<AbortController>();

  // Closing the pane mid-run cancels the run rather than leaving it half done.
  useEffect(() => () => controller.current?.abort(), []);

  const evaluate = useCallback(
    async (request: EvaluateRequest) => {
      const abort = new AbortController();
      controller.current = abort;
      setRunning(true);
      setProgress(undefined);
      try {
        const result = await host.evaluate(request, setProgress, abort.signal);
        setEvaluation(result);
        onEvaluated(result);
      } catch (failure) {
        report(failure);
      } finally {
        controller.current = undefined;
        setRunning(false);
        setProgress(undefined);
      }
    },
    [host, report, onEvaluated],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { resultMode, setResultMode, running, progress, evaluation, evaluate, cancel };
}

/** What the panels get of this hook. */
export type PaneEvaluate = ReturnType<typeof usePaneEvaluate>;
