import { useCallback, useEffect, useState } from "react";
import type { Language } from "../../../domain";

/** The matrix sheet's language (the pane's until the analyst picks another) and one load at a time. */
export function useMatrixPanel(
  paneLanguage: Language,
  loadMatrix: (language: Language) => Promise<{ readonly sheet: string }>,
  report: (failure: unknown) => void,
) {
  const [sheetLanguage, setSheetLanguage] = useState<Language>(paneLanguage);
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState<string>();

  useEffect(() => setSheetLanguage(paneLanguage), [paneLanguage]);

  const load = useCallback(async () => {
    setLoading(true);
    setLoaded(undefined);
    try {
      setLoaded((await loadMatrix(sheetLanguage)).sheet);
    } catch (failure) {
      report(failure);
    } finally {
      setLoading(false);
    }
  }, [loadMatrix, sheetLanguage, report]);

  return { sheetLanguage, setSheetLanguage, loading, loaded, load };
}
