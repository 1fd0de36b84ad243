/**
 * Cell text the pane echoes in its message bars and problem list is shown
 * printably: a terminal escape or a bidi override from a header or a value
 * is a visible mark, never the raw character, and the rest of the text shows.
 * The real use cases run over an in-memory workbook (paneHarness).
 */
import { screen, within } from "@testing-library/react";
import { dutchInventory } from "../usecases/inventoryFixtures";
import { RecordingHost, evaluateAsValues, renderPane } from "./paneHarness";

const CLEAR_SCREEN = "\x1b[2J";
const RIGHT_TO_LEFT_OVERRIDE = "\u202E";
const HOSTILE = `${CLEAR_SCREEN}${RIGHT_TO_LEFT_OVERRIDE}`;
const SHOWN = "<ESC>[2J<U+202E>";

function expectNoRawCharacter(element: HTMLElement): void {
  expect(element.textContent).not.toContain("\x1b");
  expect(element.textContent).not.toContain(RIGHT_TO_LEFT_OVERRIDE);
}

describe("text from the workbook echoed by the pane", () => {
  it("shows a hostile value and post ID printably in the problem list and the summary's flagged posts", async () => {
    const { port } = dutchInventory(
      [
        ["P-1", "Assistent", 150, 1, 1, "bijdragen", "A1"],
        [`P-2${HOSTILE}`, "Adviseur", `veel${HOSTILE}mensen`, 2, 1, "verantwoordelijk", "A2"],
      ],
      ["Post-ID", `Titel${HOSTILE}`, "Personeel", "Coördinatie", "Advies", "Rol", "Huidige klasse"],
    );
    renderPane(new RecordingHost(port));
    await evaluateAsValues();
    const item = screen.getByRole("button", { name: "Posten!C3" }).closest("li") as HTMLElement;
    expect(item).toHaveTextContent(`"veel${SHOWN}mensen"`);
    expect(item).toHaveTextContent(/is not a headcount/);
    expectNoRawCharacter(item);
    // The summary's list of posts to check names the post by its ID, printably, with the same problem.
    const flagged = screen.getByRole("region", { name: "Posts to check (spread, tie, boundary or error)" });
    expect(flagged).toHaveTextContent(`Row 3 · P-2${SHOWN} · error`);
    expect(flagged).toHaveTextContent(`"veel${SHOWN}mensen"`);
    expectNoRawCharacter(flagged);
  });

  it("shows a hostile header printably in the message bar of a stopped mapping", async () => {
    // No staff column: the stop lists the headers found, one of them hostile.
    const { port } = dutchInventory([["P-1", 1, 1]], ["Post-ID", `Opmerking${HOSTILE}`, "Coördinatie", "Advies"]);
    renderPane(new RecordingHost(port));
    const bar = await screen.findByRole("group", { name: "Problem" });
    expect(bar).toHaveTextContent(`"Opmerking${SHOWN}"`);
    expect(within(bar).getByText(/Coördinatie/)).toBeInTheDocument();
    expectNoRawCharacter(bar);
  });
});
