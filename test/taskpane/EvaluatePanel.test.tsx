import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FORMS_SHEET } from "../../src/usecases/portable/formsSheet";
import { FIELD_OFFSETS } from "../../src/usecases/resultColumns";
import { ExcelJsWorkbook } from "../support/excelJs/ExcelJsWorkbook";
import { dutchInventory, snapshotCells } from "../usecases/inventoryFixtures";
import { excel } from "../../harness/officeRuns/followRun";
import { INVENTORY_ROWS, RecordingHost, chooseResultMode, evaluateAsValues, inventoryHost, mapped, renderPane } from "./paneHarness";

const VALUES = "Values";
const LIVE = "Live formulas (=HR.…)";
const PORTABLE = "Portable formulas (no add-in needed)";

describe("Evaluate & highlight panel", () => {
  it("offers three result modes with a hint each, live formulas by default in Excel", async () => {
    const { host } = inventoryHost();
    renderPane(host);
    await mapped();
    expect(screen.getByRole("radiogroup", { name: "Write results as" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: LIVE })).toBeChecked();
    expect(screen.getByRole("radio", { name: LIVE })).toHaveAccessibleDescription("Results recalculate when a cell changes.");
    expect(screen.getByRole("radio", { name: VALUES })).toHaveAccessibleDescription("Results are written as plain values.");
    expect(screen.getByRole("radio", { name: PORTABLE })).toHaveAccessibleDescription(
      "Results are native formulas that keep working in Excel, LibreOffice and Google Sheets without the add-in; the summary sheet counts as of this run.",
    );
    for (const name of [VALUES, LIVE, PORTABLE]) expect(screen.getByRole("radio", { name })).toBeEnabled();
  });

  it("writes values when Values is chosen, then shows the counts", async () => {
    const { host, workbook } = inventoryHost();
    renderPane(host);
    await evaluateAsValues();
    // Six rows: P-2's headcount "veel" cannot be read, the other five are evaluated.
    expect(screen.getByText("5 evaluated · 1 invalid · 0 blank")).toBeInTheDocument();
    // The run really wrote to the workbook: P-1 (150 staff, contributes, descriptors 1) is A1, as plain text.
    const sheet = workbook.getWorksheet("Posten");
    const header = (sheet?.getRow(1).values as unknown[]).indexOf("Indicative class");
    expect(header).toBeGreaterThan(7);
    expect(sheet?.getCell(2, header).value).toBe("A1");
  });

  it("does not offer live formulas where they cannot compute (a file in the browser): values by default, portable formulas offered", async () => {
    const { host } = inventoryHost(INVENTORY_ROWS, "browser");
    renderPane(host);
    await mapped();
    const live = screen.getByRole("radio", { name: LIVE });
    expect(live).not.toBeChecked();
    expect(live).toBeDisabled();
    expect(live).toHaveAccessibleDescription("Live formulas calculate only in Excel with the add-in; here, choose values or portable formulas.");
    expect(screen.getByRole("radio", { name: VALUES })).toBeChecked();
    expect(screen.getByRole("radio", { name: PORTABLE })).toBeEnabled();
  });

  it("sends portable formulas when that mode is chosen: Excel gets native formulas (no HR.*) and the hidden forms sheet", async () => {
    // The office.js host over the fake Excel (harness/excel/fakeExcel.ts): a six-post table Inventaris on Posten, a cell of it selected.
    const { fake, host } = excel(6);
    fake.selection = { sheet: "Posten", rect: { row: 3, column: 2, rows: 1, columns: 1 } };
    const evaluate = jest.spyOn(host, "evaluate");
    renderPane(host);
    await mapped();
    chooseResultMode(PORTABLE);
    expect(screen.getByRole("radio", { name: PORTABLE })).toBeChecked();
    fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    await screen.findByText(/evaluated · /);
    expect(evaluate).toHaveBeenCalledTimes(1);
    expect(evaluate.mock.calls[0][0]).toMatchObject({ source: { sheet: "Posten", table: "Inventaris" }, mode: "portable" });
    const evaluation = await evaluate.mock.results[0].value;
    expect(evaluation.mode).toBe("portable");
    const forms = fake.sheets.find((sheet) => sheet.name === FORMS_SHEET);
    expect(forms?.visibility).not.toBe("Visible");
    const posten = fake.sheets.find((sheet) => sheet.name === "Posten")!;
    for (let row = 2; row <= 7; row++) {
      for (const offset of FIELD_OFFSETS) {
        const cell = String(posten.get(row, evaluation.column + offset));
        expect(cell).toMatch(/^=/);
        expect(cell).not.toMatch(/HR\./);
      }
    }
  });

  it("shows progress while running, and a cancelled run says nothing was written and leaves the workbook as it was", async () => {
    const { workbook, port } = dutchInventory(INVENTORY_ROWS);
    let release = () => {};
    const gate = { hold: Promise.resolve() };
    const host = new RecordingHost(port, "excel", gate);
    renderPane(host);
    await mapped();
    chooseResultMode(VALUES);
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
    chooseResultMode(VALUES);
    fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    await screen.findByText("Writing results: 0 of 6");
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");
    release();
    expect(await screen.findByText("5 evaluated · 1 invalid · 0 blank")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("progressbar")).not.toBeInTheDocument());
  });
});
