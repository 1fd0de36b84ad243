import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { Blob as NodeBlob } from "buffer";
import * as fs from "fs";
import * as path from "path";
import { BrowserHost } from "../../../src/taskpane/browser/BrowserHost";
import { PreviewGrid } from "../../../src/taskpane/browser/PreviewGrid";
import { PREVIEW_ROW_HEIGHT } from "../../../src/taskpane/browser/usePreviewGridStyles.styles";
import { inProcessWorker } from "./inProcessWorker";

const SAMPLE = path.resolve(__dirname, "../../../samples/inventaris-ondersteuning-management.xlsx");

let host: BrowserHost;
beforeEach(async () => {
  // Node's Blob: the one a MessagePort of this process can clone (jsdom's cannot cross).
  const file = new NodeBlob([fs.readFileSync(SAMPLE)]) as unknown as Blob;
  host = await BrowserHost.open(file, "inventaris.xlsx", "en", inProcessWorker().connect);
});
afterEach(() => host.dispose());

const showGrid = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewGrid host={host} language="en" />
    </FluentProvider>,
  );

/** A rendered data row by its Excel row number, once its cells came from the worker. */
async function rowOf(row: number): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await waitFor(() => {
    found = screen.getAllByRole("row").find((r) => within(r).queryByRole("rowheader")?.textContent === String(row) && r.getAttribute("aria-busy") === "false");
    expect(found).toBeDefined();
  });
  return found!;
}

describe("PreviewGrid", () => {
  it("says to map an inventory before there is one", () => {
    showGrid();
    expect(screen.getByText("Map an inventory first (Inventory panel) to see it here.")).toBeInTheDocument();
  });

  it("shows the mapped inventory, a page of rows at a time, then its results and lit strip", async () => {
    showGrid();
    await act(() => host.mapInventory({ sheet: "Inventaris" }, {}, "en"));
    const grid = screen.getByRole("grid", { name: "Inventory Inventaris with results" });
    expect(grid).toHaveAttribute("aria-rowcount", "61");
    const first = await rowOf(4);
    expect(within(first).getAllByRole("gridcell")[0]).toHaveTextContent("DDV-1001");
    expect(within(grid).queryAllByRole("columnheader", { name: "Indicative class" })).toHaveLength(0);
    // jsdom lays nothing out: the grid draws the rows of its 420 px view and an overscan, not all 60.
    expect(within(grid).getAllByRole("row").length).toBeLessThan(61);

    const evaluation = await act(() =>
      host.evaluate({ source: { sheet: "Inventaris" }, map: {}, language: "en", mode: "values", validation: false }, () => undefined, new AbortController().signal),
    );
    const headers = within(grid).getAllByRole("columnheader").map((h) => h.getAttribute("title"));
    const classIndex = headers.indexOf("Indicative class");
    expect(classIndex).toBeGreaterThan(0);
    const row = await rowOf(4);
    await waitFor(() => expect(within(row).getAllByRole("gridcell")[classIndex - 1].textContent).toMatch(/^A[1-4]$/));
    const lit = within(row).getAllByRole("gridcell").filter((cell) => cell.getAttribute("data-lit") === "true");
    expect(lit.length).toBeGreaterThan(0);
    for (const cell of lit) expect(cell).toHaveAccessibleName(/: met$/);
    expect(evaluation.evaluated).toBeGreaterThan(0);
  });

  it("fetches the rows scrolled to, and selecting a row tells the pane which post it is", async () => {
    showGrid();
    await act(() => host.mapInventory({ sheet: "Inventaris" }, {}, "en"));
    const selected: (number | undefined)[] = [];
    await act(() => host.followSelection(host.snapshot().mapping!, "en", (post) => selected.push(post?.row)));
    const grid = screen.getByRole("grid");
    fireEvent.scroll(grid, { target: { scrollTop: 50 * PREVIEW_ROW_HEIGHT } });
    const last = await rowOf(63);
    expect(within(last).getAllByRole("gridcell")[0]).toHaveTextContent("DDV-1056");
    fireEvent.click(last);
    await waitFor(() => expect(selected).toEqual([63]));
    expect(last).toHaveAttribute("aria-selected", "true");
  });
});

describe("PreviewGrid with markup in a cell", () => {
  it("shows the cell's text as text", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Posten");
    sheet.addRow(["Post-ID", "Titel", "Personeel", "Coördinatie", "Advies"]);
    sheet.addRow(["P1", '<img src="x" onerror="alert(1)">', 40, 1, 1]);
    const file = new NodeBlob([new Uint8Array(await workbook.xlsx.writeBuffer())]) as unknown as Blob;
    const marked = await BrowserHost.open(file, "posten.xlsx", "en", inProcessWorker().connect);
    try {
      render(
        <FluentProvider theme={webLightTheme}>
          <PreviewGrid host={marked} language="en" />
        </FluentProvider>,
      );
      await act(() => marked.mapInventory({ sheet: "Posten" }, {}, "en"));
      await waitFor(() => expect(screen.getByText('<img src="x" onerror="alert(1)">')).toBeInTheDocument());
      expect(document.querySelector("img")).toBeNull();
    } finally {
      marked.dispose();
    }
  });
});
