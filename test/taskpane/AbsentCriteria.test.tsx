/**
 * The pane says, after an evaluation, each optional criterion the inventory
 * had no column for, in the words of the batch tool and the summary sheet;
 * and says nothing of the kind when every criterion has a column. The
 * mapping is the real one (the pane's host runs mapInventory).
 */
import { screen } from "@testing-library/react";
import { absentCriterionMessages } from "../../src/usecases/absentCriteria";
import { RecordingHost, evaluateAsValues, renderPane } from "./paneHarness";
import { dutchInventory } from "../usecases/inventoryFixtures";

const SIX = ["Post-ID", "Personeel", "Rol", "Coördinatie", "Advies", "Verbetering", "Contacten"];
const ROWS = [
  ["P-1", 150, "bijdragen", 1, 1, 1, 1],
  ["P-2", 1500, "verantwoordelijk", 4, 2, 3, 3],
];

describe("the pane after an evaluation", () => {
  it("shows a warning per criterion without a column (improvement and contacts here)", async () => {
    const { port } = dutchInventory(
      ROWS.map((row) => row.slice(0, 5)),
      SIX.slice(0, 5),
    );
    const host = new RecordingHost(port);
    renderPane(host);
    await evaluateAsValues();
    const mapping = await host.mapInventory({ sheet: "Posten" }, {}, "en");
    const said = absentCriterionMessages(mapping.absent, "en");
    expect(mapping.absent.map((a) => a.input)).toEqual(["improvement", "contacts"]);
    const bars = screen.getAllByRole("group", { name: "Warning" });
    expect(bars).toHaveLength(2);
    expect(bars[0]).toHaveTextContent(said[0]);
    expect(bars[1]).toHaveTextContent(said[1]);
    expect(bars[0]).toHaveTextContent(/^WarningNot evaluated: improvement \/ innovation — no column found/);
  });

  it("says nothing of absent criteria when all of them have a column", async () => {
    const { port } = dutchInventory(ROWS, SIX);
    renderPane(new RecordingHost(port));
    await evaluateAsValues();
    expect(screen.getByText("2 evaluated · 0 invalid · 0 blank")).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Warning" })).not.toBeInTheDocument();
    expect(screen.queryByText(/Not evaluated|Not read/)).not.toBeInTheDocument();
  });
});
