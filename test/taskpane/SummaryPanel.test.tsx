import { fireEvent, screen, within } from "@testing-library/react";
import { evaluateAsValues, inventoryHost, mapped, openPanel, renderPane } from "./paneHarness";

describe("Summary panel", () => {
  it("asks for an evaluation before there is one", async () => {
    const { host } = inventoryHost();
    renderPane(host);
    await mapped();
    openPanel("Summary");
    expect(screen.getByText("Evaluate the inventory to see the summary.")).toBeInTheDocument();
  });

  it("draws posts per class as an image whose name states every count", async () => {
    const { host } = inventoryHost();
    renderPane(host);
    await evaluateAsValues();
    // The summary opens by itself after a run.
    expect(screen.getByRole("button", { name: "Summary" })).toHaveAttribute("aria-expanded", "true");
    const chart = screen.getByRole("img", { name: /^Posts per indicative class/ });
    expect(chart).toHaveAccessibleName("Posts per indicative class: A1 1, A2 1, A3 2, A4 1; rows in error: 1; blank rows: 0");
    // Bars are drawn to scale: A3 (2 posts) is the tallest, twice A1.
    const heights = Array.from(chart.querySelectorAll("rect")).map((bar) => Number(bar.getAttribute("height")));
    expect(heights[2]).toBe(2 * heights[0]);
  });

  it("lists flagged posts, and a click selects the post's row", async () => {
    const { host } = inventoryHost();
    renderPane(host);
    await evaluateAsValues();
    const flagged = screen.getByRole("region", { name: "Posts to check (spread, tie, boundary or error)" });
    const items = within(flagged).getAllByRole("button");
    // P-2 (row 3) could not be read; P-4 (row 5) has its headcount on the 200 boundary.
    expect(items.map((item) => item.textContent)).toEqual(["Row 3 · P-2 · error", "Row 5 · P-4 · A2 · boundary, role unknown"]);
    fireEvent.click(items[1]);
    expect(host.selected).toEqual([["Posten", "A5"]]);
  });

  it("shows current vs indicative class, the descriptor heat map and the what-if", async () => {
    const { host } = inventoryHost();
    renderPane(host);
    await evaluateAsValues();
    const cross = screen.getByRole("table", { name: "Current versus indicative class" });
    // Current A2 (P-3 → A3, P-4 → A2): one equal, one higher.
    const a2 = within(cross).getByRole("row", { name: /^A2 / });
    expect(within(a2).getAllByRole("cell").map((c) => c.textContent)).toEqual(["0", "1", "1", "0", "2"]);
    expect(within(cross).getByRole("row", { name: /Indicative higher than current/ })).toHaveTextContent("1");

    const heat = screen.getByRole("table", { name: "Number of posts meeting each descriptor" });
    const coordination = within(heat).getByRole("row", { name: /^Coordination/ });
    // Coordination 1, 2, 3, 3, 4 among the five evaluated posts.
    expect(within(coordination).getAllByRole("cell").map((c) => c.textContent)).toEqual(["1", "1", "2", "1"]);

    const whatIf = screen.getByRole("table", { name: "What if the 200 / 1000 thresholds move by 10%" });
    const scenarios = within(whatIf).getAllByRole("rowheader").map((h) => h.textContent);
    expect(scenarios).toEqual([
      "Thresholds of the matrix (200 / 1000)",
      "Lower threshold −10% (180 / 1000)",
      "Lower threshold +10% (220 / 1000)",
      "Upper threshold −10% (200 / 900)",
      "Upper threshold +10% (200 / 1100)",
    ]);
  });
});
