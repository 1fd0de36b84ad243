import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";
import { dutchInventory, snapshotCells } from "../usecases/inventoryFixtures";
import { INVENTORY_ROWS, RecordingHost, evaluateAsValues, inventoryHost, mapped, renderPane } from "./paneHarness";

describe("Evaluate & highlight panel", () => {
  it("offers live formulas by default in Excel and writes values when switched off, then shows the counts", async () => {
    const { host, workbook } = inventoryHost();
    renderPane(host);
    await mapped();
    expect(screen.getByRole("switch", { name: "Live formulas (=HR.…)" })).toBeChecked();
    await evaluateAsValues();
    // Six rows: P-2's headcount "veel" cannot be read, the other five are evaluated.
    expect(screen.getByText("5 evaluated · 1 invalid · 0 blank")).toBeInTheDocument();
    // The run really wrote to the workbook: P-1 (150 staff, contributes, descriptors 1) is A1, as plain text.
    const sheet = workbook.getWorksheet("Posten");
    const header = (sheet?.getRow(1).values as unknown[]).indexOf("Indicative class");
    expect(header).toBeGreaterThan(7);
    expect(sheet?.getCell(2, header).value).toBe("A1");
  });

  it("does not offer live formulas where they cannot compute (a file in the browser)", async () => {
    const { host } = inventoryHost(INVENTORY_ROWS, "browser");
    renderPane(host);
    await mapped();
    const live = screen.getByRole("switch", { name: "Live formulas (=HR.…)" });
    expect(live).not.toBeChecked();
    expect(live).toBeDisabled();
  });

  it("shows progress while running, and a cancelled run says nothing was written and leaves the workbook as it was", async () => {
    const { workbook, port } = dutchInventory(INVENTORY_ROWS);
    let release = () => {};
    const gate = { hold: Promise.resolve() };
    const host = new RecordingHost(port, "excel", gate);
    renderPane(host);
    await mapped();
    fireEvent.click(screen.getByRole("switch", { name: "Live formulas (=HR.…)" }));
    const before = snapshotCells(workbook);
    // The workbook is busy (another job queued in Excel): the run waits its turn.
    gate.hold = new Promise<void>((resolve) => (release = resolve));
    fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Evaluate" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    release();
    const bar = await screen.findByRole("group", { name: "Warning" });
    expect(bar).toHaveTextContent("Cancelled: nothing of this run was written to the workbook.");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.queryByText(/evaluated · /)).not.toBeInTheDocument();
    expect(snapshotCells(workbook)).toEqual(before);
    expect(within(screen.getByRole("main")).getByRole("button", { name: "Evaluate" })).toBeEnabled();
  });

  it("shows the step and the rows done of a running evaluation", async () => {
    // A workbook slow to take the results: its first write waits until the test lets it go.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    class SlowWorkbook extends ExcelJsWorkbook {
      private writes = 0;
      override async write(...args: Parameters<ExcelJsWorkbook["write"]>): Promise<void> {
        if (this.writes++ === 0) await held;
        return super.write(...args);
      }
    }
    const { workbook } = dutchInventory(INVENTORY_ROWS);
    renderPane(new RecordingHost(new SlowWorkbook(workbook)));
    await mapped();
    fireEvent.click(screen.getByRole("switch", { name: "Live formulas (=HR.…)" }));
    fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    await screen.findByText("Writing results: 0 of 6");
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");
    release();
    expect(await screen.findByText("5 evaluated · 1 invalid · 0 blank")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("progressbar")).not.toBeInTheDocument());
  });
});
