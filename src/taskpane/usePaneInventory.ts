import { useCallback, useEffect, useRef, useState } from "react";
import type { Language } from "../domain";
import type { InventoryInput } from "../usecases/inventoryHeaders";
import type { InventoryMapping } from "../usecases/mapInventory";
import type { EvaluateRequest, InventorySource, SourceChoice } from "../usecases/paneJobs.types";
import type { PaneHost } from "./host/PaneHost";

type Corrections = EvaluateRequest["map"];

const sameSource = (a: InventorySource, b: InventorySource): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The inventory the pane works on: the sources offered, the one chosen, the
 * recognised mapping and the analyst's corrections. A correction is kept only
 * once the host has mapped with it, so a refused correction leaves the last
 * good mapping on screen (and the refusal in a MessageBar).
 */
export function usePaneInventory(host: PaneHost, language: Language, report: (failure: unknown) => void) {
  const [choice, setChoice] = useState<SourceChoice>();
  const [source, setSource] = useState<InventorySource>();
  const [map, setMap] = useState<Corrections>({});
  const [mapping, setMapping] = useState<InventoryMapping>();
  const [pending, setPending] = useState(false);
  // The last mapping of the chosen source failed: the analyst names the columns by hand.
  const [unrecognised, setUnrecognised] = useState(false);
  const [validation, setValidation] = useState(true);
  // Only the latest request may set the mapping: an older answer arriving late is dropped.
  const latest = useRef(0);
  const languageRef = useRef(language);
  languageRef.current = language;

  const mapWith = useCallback(
    async (next: InventorySource, corrections: Corrections, keepOnFailure: boolean) => {
      const request = ++latest.current;
      setPending(true);
      try {
        const found = await host.mapInventory(next, corrections, languageRef.current);
        if (request !== latest.current) return;
        setMap(corrections);
        setMapping(found);
        setUnrecognised(false);
      } catch (failure) {
        if (request === latest.current && !keepOnFailure) {
          setMapping(undefined);
          setUnrecognised(true);
        }
        report(failure);
      } finally {
        if (request === latest.current) setPending(false);
      }
    },
    [host, report],
  );

  const choose = useCallback(
    (next: InventorySource) => {
      setSource(next);
      setMap({});
      setUnrecognised(false);
      void mapWith(next, {}, false);
    },
    [mapWith],
  );

  const refresh = useCallback(async () => {
    try {
      const found = await host.listSources();
      setChoice(found);
      const first = found.preferred ?? found.sources[0];
      if (first) choose(found.sources.find((s) => sameSource(s, first)) ?? first);
    } catch (failure) {
      report(failure);
    }
  }, [host, report, choose]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** Maps `input` to a column letter, or back to recognition with undefined. */
  const correct = useCallback(
    (input: InventoryInput, column: string | undefined) => {
      if (!source) return;
      const next: Partial<Record<InventoryInput, string>> = { ...map };
      if (column === undefined) delete next[input];
      else next[input] = column;
      void mapWith(source, next, true);
    },
    [source, map, mapWith],
  );

  /** Maps with columns the analyst named by hand (when recognition found none to offer). */
  const name = useCallback(
    (corrections: Corrections) => {
      if (source) void mapWith(source, corrections, false);
    },
    [source, mapWith],
  );

  return { choice, source, choose, refresh, map, correct, name, mapping, pending, unrecognised, validation, setValidation };
}

/** What the panels get of this hook. */
export type PaneInventory = ReturnType<typeof usePaneInventory>;
