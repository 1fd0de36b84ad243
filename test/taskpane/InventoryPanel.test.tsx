import { fireEvent, screen, waitFor } from "@testing-library/react";
import { validationsOf } from "../support/excelJs/excelJsRules";
import { dutchInventory } from "../usecases/inventoryFixtures";
import { INVENTORY_ROWS, RecordingHost, chooseResultMode, inventoryHost, mapped, renderPane } from "./paneHarness";

const optionTexts = (select: HTMLElement) => Array.from((select as HTMLSelectElement).options).map((o) => o.text);
const shown = (select: HTMLElement) => (select as HTMLSelectElement).selectedOptions[0]?.text;

describe("Inventory panel", () => {
  it("lists the sheets, preselects the preferred one and shows the column found for each input", async () => {
    const { workbook, host } = inventoryHost();
    workbook.addWorksheet("Notities").getCell("A1").value = "to do";
    renderPane(host);
    await mapped();
    const source = screen.getByRole("combobox", { name: "Where is the inventory?" });
    expect(optionTexts(source)).toEqual(["Sheet Posten (used range)", "Sheet Notities (used range)"]);
    expect(shown(source)).toBe("Sheet Posten (used range)");
    expect(shown(screen.getByRole("combobox", { name: "Staff (headcount)" }))).toBe("C · Personeel");
    expect(shown(screen.getByRole("combobox", { name: "Coordination" }))).toBe("D · Coördinatie");
    expect(shown(screen.getByRole("combobox", { name: "Current class" }))).toBe("G · Huidige klasse");
    expect(shown(screen.getByRole("combobox", { name: "Improvement / Innovation" }))).toBe("not found");
    expect(screen.getByText("Sheet Posten: headers on row 1, posts on rows 2–7. Pick another column where needed.")).toBeInTheDocument();
  });

  it("says under each dropdown why the column was taken, and which criteria will not count", async () => {
    const headers = ["Post-ID", "Titel", "Aantal medewerkers", "Coördinatie", "Niveau advies", "Rol", "Huidige klasse", "Verbeteringsvoorstellen"];
    const { host } = inventoryHost(INVENTORY_ROWS.map((row) => [...row, "x"]), "excel", headers);
    renderPane(host);
    await mapped();
    expect(shown(screen.getByRole("combobox", { name: "Staff (headcount)" }))).toBe("C · Aantal medewerkers");
    expect(screen.getByText('key word "medewerkers"')).toBeInTheDocument();
    expect(screen.getAllByText("known header").length).toBeGreaterThan(0);
    expect(screen.getByText('No column: this criterion does not count. Nearest: H "Verbeteringsvoorstellen".')).toBeInTheDocument();
  });

  it("labels an Excel table as a table and offers it first", async () => {
    const { workbook, port } = dutchInventory([]);
    const sheet = workbook.addWorksheet("Tabelblad");
    sheet.addTable({
      name: "Inventaris",
      ref: "A1",
      columns: ["Post-ID", "Personeel", "Coördinatie", "Advies"].map((name) => ({ name })),
      rows: [["T-1", 300, 2, 1]],
    });
    renderPane(new RecordingHost(port));
    const source = await screen.findByRole("combobox", { name: "Where is the inventory?" });
    await waitFor(() => expect(shown(source)).toBe("Table Inventaris (sheet Tabelblad)"));
    await waitFor(() => expect(shown(screen.getByRole("combobox", { name: "Staff (headcount)" }))).toBe("B · Personeel"));
  });

  it("takes the analyst's correction of a column, and the run uses it", async () => {
    const headers = ["Post-ID", "Titel", "Personeel", "Coördinatie", "Advies", "Rol", "Huidige klasse", "Aantal medewerkers"];
    const rows = INVENTORY_ROWS.map((row, i) => [...row, 100 * (i + 1)]);
    const { host } = inventoryHost(rows, "excel", headers);
    renderPane(host);
    await mapped();
    const staff = screen.getByRole("combobox", { name: "Staff (headcount)" });
    expect(optionTexts(staff)).toContain("H · Aantal medewerkers");
    fireEvent.change(staff, { target: { value: "H" } });
    await waitFor(() => expect(shown(screen.getByRole("combobox", { name: "Staff (headcount)" }))).toBe("H · Aantal medewerkers"));
    chooseResultMode("Values");
    fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    // Column H holds a readable headcount on every row, so P-2 is no longer invalid.
    expect(await screen.findByText("6 evaluated · 0 invalid · 0 blank")).toBeInTheDocument();
  });

  it("adds dropdowns to the input columns only when the box is ticked", async () => {
    for (const ticked of [true, false]) {
      const { workbook, host } = inventoryHost();
      const { unmount } = renderPane(host);
      await mapped();
      const box = screen.getByRole("checkbox", { name: "Add dropdown validation to the input columns" });
      expect(box).toBeChecked();
      if (!ticked) fireEvent.click(box);
      chooseResultMode("Values");
      fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
      await screen.findByText(/evaluated · /);
      const sheet = workbook.getWorksheet("Posten");
      if (!sheet) throw new Error("no sheet Posten");
      // The coordination column (D) gets a list of its descriptors.
      const onCoordination = Object.entries(validationsOf(sheet).model).filter(([range]) => /^D2\b/.test(range));
      expect(onCoordination.some(([, rule]) => (rule as { type?: string }).type === "list")).toBe(ticked);
      unmount();
    }
  });
});

describe("Inventory panel, columns not recognised", () => {
  it("lets the analyst name the required columns by letter or header, then maps and evaluates with them", async () => {
    const { port } = dutchInventory(
      [
        ["P-1", 150, 1, 1],
        ["P-2", 600, 3, 2],
      ],
      ["ID", "Mensen", "Niveau", "Raad"],
    );
    renderPane(new RecordingHost(port));
    await screen.findByRole("group", { name: "Problem" });
    fireEvent.change(screen.getByRole("textbox", { name: "Staff (headcount)" }), { target: { value: "B" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Coordination" }), { target: { value: "niveau" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Advice" }), { target: { value: "D" } });
    fireEvent.click(screen.getByRole("button", { name: "Use these columns" }));
    await mapped();
    expect(shown(screen.getByRole("combobox", { name: "Staff (headcount)" }))).toBe("B · Mensen");
    expect(shown(screen.getByRole("combobox", { name: "Coordination" }))).toBe("C · Niveau");
    expect(screen.queryByRole("textbox", { name: "Staff (headcount)" })).not.toBeInTheDocument();
    chooseResultMode("Values");
    fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    expect(await screen.findByText("2 evaluated · 0 invalid · 0 blank")).toBeInTheDocument();
  });

  it("shows why a named column is refused and keeps the fields", async () => {
    const { port } = dutchInventory([["P-1", 150, 1, 1]], ["ID", "Mensen", "Niveau", "Raad"]);
    renderPane(new RecordingHost(port));
    await screen.findByRole("group", { name: "Problem" });
    fireEvent.change(screen.getByRole("textbox", { name: "Staff (headcount)" }), { target: { value: "Headcount" } });
    fireEvent.click(screen.getByRole("button", { name: "Use these columns" }));
    await waitFor(() => expect(screen.getAllByRole("group", { name: "Problem" })).toHaveLength(2));
    expect(screen.getAllByRole("group", { name: "Problem" })[1]).toHaveTextContent(/Headcount/);
    expect(screen.getByRole("textbox", { name: "Staff (headcount)" })).toHaveValue("Headcount");
  });
});
