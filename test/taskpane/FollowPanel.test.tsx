import { act, fireEvent, screen, within } from "@testing-library/react";
import { LEVEL_COLOURS } from "../../src/usecases/resultColumns";
import { inventoryHost, mapped, openPanel, renderPane } from "./paneHarness";

async function follow() {
  const { host } = inventoryHost();
  const view = renderPane(host);
  await mapped();
  openPanel("Follow the selection");
  const toggle = screen.getByRole("switch", { name: "Follow the selection" });
  fireEvent.click(toggle);
  await screen.findByText("Select a row of the inventory.");
  return { host, view, toggle };
}

describe("Follow the selection panel", () => {
  it("shows the selected post and lights the descriptors it meets in the level colours", async () => {
    const { host } = await follow();
    expect(host.isFollowing).toBe(true);
    await act(() => host.selectRow(2));
    expect(screen.getByRole("status")).toHaveTextContent("Row 2 · Post ID P-1 · Indicative class: A1");
    const grid = screen.getByRole("table", { name: "Descriptors the post meets" });
    // P-1: coordination 1 (A1), 150 staff contributing (A1), advice 1 (A1–A2); improvement and contacts not given.
    const met = within(grid).getAllByText("met").map((cell) => cell.closest("td"));
    expect(met).toHaveLength(4);
    const coordination = within(grid).getByRole("row", { name: /^Coordination/ });
    expect(within(coordination).getAllByRole("cell")[0]).toHaveStyle({ backgroundColor: `#${LEVEL_COLOURS[1]}` });
    expect(within(coordination).getAllByRole("cell")[1]).toHaveTextContent("not met");
  });

  it("says when the selection leaves the inventory, and shows a row that cannot be read", async () => {
    const { host } = await follow();
    await act(() => host.selectRow(null));
    expect(screen.getByRole("status")).toHaveTextContent("The selection is outside the inventory.");
    await act(() => host.selectRow(3));
    expect(screen.getByRole("status")).toHaveTextContent("Row 3 · Post ID P-2 · Indicative class: none (row in error)");
    expect(screen.getByText(/veel/)).toBeInTheDocument();
  });

  it("stops following when switched off", async () => {
    const { host, toggle } = await follow();
    fireEvent.click(toggle);
    await act(async () => {});
    expect(host.removed).toBe(1);
    expect(host.isFollowing).toBe(false);
  });

  it("stops following when the pane closes", async () => {
    const { host, view } = await follow();
    view.unmount();
    await act(async () => {});
    expect(host.removed).toBe(1);
  });
});
