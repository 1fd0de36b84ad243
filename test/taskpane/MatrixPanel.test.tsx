import { fireEvent, screen } from "@testing-library/react";
import { MATRIX_CELLS } from "../../src/domain";
import { inventoryHost, mapped, renderPane } from "./paneHarness";

describe("Matrix panel", () => {
  it("loads the matrix sheet in the chosen language and says which sheet", async () => {
    const { workbook, host } = inventoryHost();
    renderPane(host);
    await mapped();
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();
    fireEvent.click(screen.getByRole("radio", { name: "Français" }));
    fireEvent.click(screen.getByRole("button", { name: "Load / update the matrix sheet" }));
    const status = await screen.findByText(/^Matrix sheet ".+" is up to date\.$/);
    const sheet = /"(.+)"/.exec(status.textContent ?? "")?.[1] ?? "";
    const written = workbook.getWorksheet(sheet);
    expect(written).toBeDefined();
    // The sheet speaks French although the pane speaks English.
    const texts: string[] = [];
    written?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain(MATRIX_CELLS.coordination[0].fr);
    expect(texts).not.toContain(MATRIX_CELLS.coordination[0].en);
  });

  it("updates the sheet on a second load instead of adding another", async () => {
    const { workbook, host } = inventoryHost();
    renderPane(host);
    await mapped();
    const load = screen.getByRole("button", { name: "Load / update the matrix sheet" });
    fireEvent.click(load);
    await screen.findByText(/is up to date/);
    const sheets = workbook.worksheets.length;
    fireEvent.click(load);
    await screen.findByText(/is up to date/);
    expect(workbook.worksheets).toHaveLength(sheets);
  });
});
