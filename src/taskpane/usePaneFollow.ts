import { useEffect, useState } from "react";
import type { Language } from "../domain";
import type { InventoryMapping } from "../usecases/mapInventory";
import type { SelectedPost } from "../usecases/paneJobs.types";
import type { PaneHost } from "./host/PaneHost";

/**
 * Follows the selection while `following` is on and a mapping is known. Kept
 * at the pane's level so collapsing the panel does not stop it; turning it
 * off, changing the mapping or language, or closing the pane calls the host's
 * remover.
 */
export function usePaneFollow(host: PaneHost, mapping: InventoryMapping | undefined, language: Language, report: (failure: unknown) => void) {
  const [following, setFollowing] = useState(false);
  const [post, setPost] = useState<SelectedPost | null>();

  useEffect(() => {
    if (!following || !mapping) return undefined;
    let stopped = false;
    let remove: (() => Promise<void>) | undefined;
    setPost(undefined);
    host
      .followSelection(
        mapping,
        language,
        (selected) => {
          if (!stopped) setPost(selected);
        },
        (failure) => {
          if (!stopped) report(failure);
        },
      )
      .then(
      (remover) => {
        if (stopped) remover().catch(report);
        else remove = remover;
      },
      (failure: unknown) => {
        report(failure);
        if (!stopped) setFollowing(false);
      },
    );
    return () => {
      stopped = true;
      remove?.().catch(report);
    };
  }, [host, following, mapping, language, report]);

  return { following, setFollowing, post };
}

/** What the panels get of this hook. */
export type PaneFollow = ReturnType<typeof usePaneFollow>;
