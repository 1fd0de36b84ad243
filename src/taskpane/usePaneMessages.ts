import { useCallback, useState } from "react";

/** A rejected host call waiting to be read; kept as thrown so its text follows the pane's language. */
export interface ReportedFailure {
  readonly id: number;
  readonly failure: unknown;
}

let nextId = 1;

/** The failures the pane shows in MessageBars until the analyst dismisses them: nothing is swallowed. */
export function usePaneMessages() {
  const [failures, setFailures] = useState<readonly ReportedFailure[]>([]);
  const report = useCallback((failure: unknown) => setFailures((shown) => [...shown, { id: nextId++, failure }]), []);
  const dismiss = useCallback((id: number) => setFailures((shown) => shown.filter((f) => f.id !== id)), []);
  return { failures, report, dismiss };
}
