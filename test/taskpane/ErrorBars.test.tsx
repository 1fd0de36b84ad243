import { fireEvent, screen, within } from "@testing-library/react";
import { mapSource } from "../../src/usecases/paneJobs";
import { Stop } from "../../src/usecases/stop";
import { PortHost } from "../../src/taskpane/host/PortHost";
import { dutchInventory } from "../usecases/inventoryFixtures";
import { RecordingHost, renderPane } from "./paneHarness";

const barOf = (text: HTMLElement) => text.closest(".fui-MessageBar") as HTMLElement;

describe("Error bars", () => {
  it("shows a Stop's message as it is, in an error bar", async () => {
    // Headers the product does not recognise: mapping stops and names what it found.
    const { port } = dutchInventory([["P-1", 150, 1, 1]], ["ID", "Mensen", "Niveau", "Raad"]);
    const expected = await mapSource(port, { sheet: "Posten" }, {}, "en").then(
      () => undefined,
      (stop: unknown) => stop,
    );
    expect(expected).toBeInstanceOf(Stop);
    renderPane(new RecordingHost(port));
    const bar = await screen.findByRole("group", { name: "Problem" });
    expect(bar).toHaveClass("fui-MessageBar");
    expect(within(bar).getByText((expected as Stop).message)).toBeInTheDocument();
  });

  it("shows any other failure as an unexpected problem, in the pane's language, until dismissed", async () => {
    const failing = new PortHost(() => Promise.reject(new Error("Excel is busy")), "excel");
    renderPane(failing);
    const text = await screen.findByText("Unexpected problem: Excel is busy");
    expect(screen.getByRole("group", { name: "Problem" })).toContainElement(text);
    fireEvent.change(screen.getByRole("combobox", { name: "Pane language" }), { target: { value: "fr" } });
    expect(screen.getByText("Problème inattendu : Excel is busy")).toBe(text);
    fireEvent.click(within(barOf(text)).getByRole("button", { name: "Fermer" }));
    expect(screen.queryByText(/Excel is busy/)).not.toBeInTheDocument();
  });

  it("shows a failing matrix load too: nothing is swallowed", async () => {
    const { workbook, port } = dutchInventory([["P-1", "", 150, 1, 1, "", ""]]);
    // A sheet of the analyst's own already bears the matrix sheet's name.
    workbook.addWorksheet("Matrix A1-A4").getCell("A1").value = "my own notes";
    renderPane(new RecordingHost(port));
    fireEvent.click(await screen.findByRole("button", { name: "Load / update the matrix sheet" }));
    const bar = await screen.findByRole("group", { name: "Problem" });
    expect(bar).toHaveTextContent(/Matrix A1-A4/);
    expect(bar).not.toHaveTextContent(/Unexpected problem/);
    expect(workbook.getWorksheet("Matrix A1-A4")?.getCell("A1").value).toBe("my own notes");
  });
});
