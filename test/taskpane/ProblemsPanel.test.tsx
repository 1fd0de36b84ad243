import { fireEvent, screen } from "@testing-library/react";
import { INVENTORY_ROWS, evaluateAsValues, inventoryHost, mapped, openPanel, renderPane } from "./paneHarness";

describe("Problems panel", () => {
  it("says nothing was evaluated yet", async () => {
    const { host } = inventoryHost();
    renderPane(host);
    await mapped();
    openPanel("Problems (0)");
    expect(screen.getByText("Not evaluated yet.")).toBeInTheDocument();
  });

  it("lists each unreadable cell with its address and reason; a click selects the cell", async () => {
    const { host } = inventoryHost();
    renderPane(host);
    await evaluateAsValues();
    // A run with problems opens this panel by itself.
    expect(screen.getByRole("button", { name: "Problems (1)" })).toHaveAttribute("aria-expanded", "true");
    const cell = screen.getByRole("button", { name: "Posten!C3" });
    expect(cell.closest("li")).toHaveTextContent(/veel/);
    fireEvent.click(cell);
    expect(host.selected).toEqual([["Posten", "C3"]]);
  });

  it("says when every filled cell could be read", async () => {
    const { host } = inventoryHost(INVENTORY_ROWS.filter((row) => row[0] !== "P-2"));
    renderPane(host);
    await evaluateAsValues();
    openPanel("Problems (0)");
    expect(screen.getByText("Every filled cell could be read.")).toBeInTheDocument();
  });
});
