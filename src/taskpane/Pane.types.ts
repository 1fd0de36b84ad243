import type * as React from "react";
import type { Language } from "../domain";
import type { PaneEvaluation } from "../usecases/paneJobs.types";
import type { PaneHost } from "./host/PaneHost";

/** A panel a surface adds to the pane (the browser page adds a Preview of the file). */
export type PaneExtraPanel = {
  id: string;
  label: (language: Language) => string;
  render: (state: { evaluation?: PaneEvaluation; language: Language }) => React.ReactNode;
};

/** What a surface gives the pane: its host, the language to start in, and optional header and panels. */
export type PaneProps = {
  /** The workbook the pane works on; the pane never touches Excel.* itself. */
  host: PaneHost;
  initialLanguage: Language;
  /** Shown under the title (the browser page's file toolbar), given the pane's current language. */
  header?: (language: Language) => React.ReactNode;
  extraPanels?: readonly PaneExtraPanel[];
};
