import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen } from "@testing-library/react";
import type { Language } from "../../src/domain";
import type { InventoryMapping } from "../../src/usecases/mapInventory";
import type { SelectedPost } from "../../src/usecases/paneJobs.types";
import { Pane } from "../../src/taskpane/Pane";
import type { PaneExtraPanel } from "../../src/taskpane/Pane.types";
import type { PaneHost } from "../../src/taskpane/host/PaneHost";
import { PortHost } from "../../src/taskpane/host/PortHost";
import type { WorkbookPort } from "../../src/workbook/port";
import { COMMON_TEXT } from "../../src/taskpane/text/commonText";
import { dutchInventory } from "../usecases/inventoryFixtures";

// Each test runs the real use cases over ExcelJS; on a loaded 2-core machine a run
// can take longer than Testing Library's 1 s wait or jest's 5 s test limit. These are
// limits on waiting for the pane to settle, not assertions about speed.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

/**
 * Sheet "Posten": P-2's headcount (C3) cannot be read; by the matrix's rules the
 * others are P-1 A1, P-3 A3, P-4 A2 (headcount on the 200 boundary, role not
 * given), P-5 A4, P-6 A3.
 */
export const INVENTORY_ROWS: unknown[][] = [
  ["P-1", "Assistent", 150, 1, 1, "bijdragen", "A1"],
  ["P-2", "Bad value", "veel", 2, 1, "verantwoordelijk", "A2"],
  ["P-3", "Adviseur", 600, 3, 2, "verantwoordelijk", "A2"],
  ["P-4", "Grens", 200, 2, 1, "", "A2"],
  ["P-5", "Directie", 5000, 4, 2, "verantwoordelijk", "A4"],
  ["P-6", "Adviseur", 800, 3, 2, "verantwoordelijk", "A3"],
];

/**
 * The lead's PortHost over an in-memory ExcelJS workbook, so the pane runs the
 * real use cases; it records what Excel would be asked to select and lets a
 * test select an inventory row the way Excel's selection event would.
 * (It wraps PortHost rather than extending it: PortHost declares select() and
 * followSelection() without parameters, so an override taking them does not type-check.)
 */
export class RecordingHost implements PaneHost {
  readonly selected: [string, string][] = [];
  removed = 0;
  readonly kind: "excel" | "browser";
  private readonly ports: PortHost;
  private following?: { mapping: InventoryMapping; language: Language; onPost: (post: SelectedPost | null) => void };

  constructor(port: WorkbookPort, kind: "excel" | "browser" = "excel", gate: { hold: Promise<void> } = { hold: Promise.resolve() }) {
    this.kind = kind;
    this.ports = new PortHost(async (job) => {
      await gate.hold;
      return job(port);
    }, kind);
  }

  listSources: PaneHost["listSources"] = () => this.ports.listSources();
  mapInventory: PaneHost["mapInventory"] = (source, map, language) => this.ports.mapInventory(source, map, language);
  loadMatrix: PaneHost["loadMatrix"] = (language) => this.ports.loadMatrix(language);
  evaluate: PaneHost["evaluate"] = (request, onProgress, signal) => this.ports.evaluate(request, onProgress, signal);

  async select(sheet: string, cell: string): Promise<void> {
    this.selected.push([sheet, cell]);
  }

  async followSelection(mapping: InventoryMapping, language: Language, onPost: (post: SelectedPost | null) => void): Promise<() => Promise<void>> {
    this.following = { mapping, language, onPost };
    return async () => {
      this.removed++;
      this.following = undefined;
    };
  }

  get isFollowing(): boolean {
    return this.following !== undefined;
  }

  /** The analyst selects a row (null: a cell outside any inventory). */
  async selectRow(row: number | null): Promise<void> {
    const following = this.following;
    if (!following) throw new Error("the pane is not following the selection");
    following.onPost(await this.ports.followRow(following.mapping, row, following.language));
  }
}

/** A host over the standard Dutch inventory, with the workbook to inspect. */
export function inventoryHost(rows = INVENTORY_ROWS, kind: "excel" | "browser" = "excel", headers?: string[]) {
  const { workbook, port } = dutchInventory(rows, headers);
  return { workbook, port, host: new RecordingHost(port, kind) };
}

export function renderPane(host: PaneHost, language: Language = "en", extraPanels?: readonly PaneExtraPanel[]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Pane host={host} initialLanguage={language} extraPanels={extraPanels} />
    </FluentProvider>,
  );
}

/** Opens a collapsed panel by its header button. */
export function openPanel(name: string | RegExp): void {
  const header = screen.getByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") fireEvent.click(header);
}

/** Waits until the inventory's columns are recognised (the Staff dropdown shows a column). */
export async function mapped(language: Language = "en"): Promise<void> {
  await screen.findByRole("combobox", { name: COMMON_TEXT[language].inputs.staff });
}

/** Chooses how results are written, by the English name of the mode (the pane's default language in these tests). */
export function chooseResultMode(mode: "Values" | "Live formulas (=HR.…)" | "Portable formulas (no add-in needed)"): void {
  fireEvent.click(screen.getByRole("radio", { name: mode }));
}

/** Runs Evaluate & highlight with plain values (ExcelJS computes no HR.* formulas) and waits for the counts. */
export async function evaluateAsValues(): Promise<void> {
  await mapped();
  chooseResultMode("Values");
  fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
  await screen.findByText(/evaluated · /);
}
