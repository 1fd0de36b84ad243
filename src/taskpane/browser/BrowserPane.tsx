import { useEffect, useMemo, useState } from "react";
import type { Language } from "../../domain";
import { Pane } from "../Pane";
import type { PaneExtraPanel } from "../Pane.types";
import { BrowserHost, type WorkerConnector } from "./BrowserHost";
import { BROWSER_TEXT } from "./browserText";
import { FileToolbar } from "./FileToolbar";
import { connectInventoryWorker } from "./inventoryWorkerConnector";
import { OpenInventory } from "./OpenInventory";
import { PreviewGrid } from "./PreviewGrid";

/**
 * The pane in a plain browser (no Excel): first "Open an inventory", then
 * the same pane as in Excel over the file held in the page, with the file's
 * toolbar (download) and a preview of the inventory and its results.
 */
export function BrowserPane(props: { language: Language }) {
  return <BrowserPaneOver language={props.language} connect={connectInventoryWorker} />;
}

/** BrowserPane with the worker it starts made by `connect` (tests connect an in-process worker). */
export function BrowserPaneOver({ language, connect }: { language: Language; connect: WorkerConnector }) {
  const [host, setHost] = useState<BrowserHost>();
  const [opening, setOpening] = useState<string>();
  const [problem, setProblem] = useState<string>();
  // Each file opened gets a fresh pane (its state belongs to the workbook it was opened on).
  const [generation, setGeneration] = useState(0);

  useEffect(() => () => host?.dispose(), [host]);

  const open = (file: File): void => {
    setOpening(file.name);
    setProblem(undefined);
    BrowserHost.open(file, file.name, language, connect).then(
      (opened) => {
        setOpening(undefined);
        setGeneration((n) => n + 1);
        setHost(opened);
      },
      (error: unknown) => {
        setOpening(undefined);
        setProblem(error instanceof Error ? error.message : String(error));
      },
    );
  };

  const extraPanels = useMemo<PaneExtraPanel[]>(
    () =>
      host
        ? [{ id: "preview", label: (l) => BROWSER_TEXT[l].preview, render: ({ language: l }) => <PreviewGrid host={host} language={l} /> }]
        : [],
    [host],
  );

  if (!host) return <OpenInventory language={language} opening={opening} problem={problem} onFile={open} />;
  return (
    <Pane
      key={generation}
      host={host}
      initialLanguage={language}
      header={(current) => <FileToolbar host={host} language={current} onOpenAnother={() => setHost(undefined)} />}
      extraPanels={extraPanels}
    />
  );
}
