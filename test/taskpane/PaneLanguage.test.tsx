import { fireEvent, screen, within } from "@testing-library/react";
import { LANGUAGES } from "../../src/domain";
import { FORMULAS_TEXT } from "../../src/taskpane/text/formulasText";
import { evaluateAsValues, inventoryHost, mapped, openPanel, renderPane } from "./paneHarness";

const headings = () => screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);

describe("The pane's language", () => {
  it("follows the initial language and switches in the pane", async () => {
    const { host } = inventoryHost();
    renderPane(host, "nl");
    await screen.findByRole("combobox", { name: "Personeel (aantal)" });
    expect(headings()).toEqual(["Matrix", "Inventaris", "Evalueren en markeren", "Selectie volgen", "Overzicht", "Problemen (0)", "Formules"]);
    expect(screen.getByText("De klasse is indicatief: de officiële klasse wordt door het wegingscomité vastgesteld.")).toBeInTheDocument();
    fireEvent.change(screen.getByRole("combobox", { name: "Taal van het deelvenster" }), { target: { value: "fr" } });
    expect(headings()).toEqual(["Matrice", "Inventaire", "Évaluer et surligner", "Suivre la sélection", "Synthèse", "Problèmes (0)", "Formules"]);
    expect(screen.getByRole("combobox", { name: "Effectif" })).toBeInTheDocument();
    expect(screen.queryByText("Inventaris")).not.toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("lang", "fr");
  });

  it("says indicative class in every language", async () => {
    for (const language of LANGUAGES) {
      const { host } = inventoryHost();
      const { unmount } = renderPane(host, language);
      await mapped(language);
      expect(screen.getByRole("main")).toHaveTextContent(/\bindicati(ef|ve)\b/i);
      unmount();
    }
  });

  it("switches the results' words too", async () => {
    const { host } = inventoryHost();
    renderPane(host, "en");
    await evaluateAsValues();
    fireEvent.change(screen.getByRole("combobox", { name: "Pane language" }), { target: { value: "nl" } });
    expect(screen.getByText("5 geëvalueerd · 1 ongeldig · 0 leeg")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: /^Posten per indicatieve klasse: A1 1, A2 1, A3 2, A4 1/ })).toBeInTheDocument();
  });
});

describe("Formulas panel", () => {
  it("lists the five HR formulas", async () => {
    const { host } = inventoryHost();
    renderPane(host, "fr");
    await mapped("fr");
    openPanel(FORMULAS_TEXT.fr.functionsHeading);
    const list = screen.getAllByRole("list").find((l) => l.textContent?.includes("=HR."));
    if (!list) throw new Error("no list of formulas");
    const items = within(list).getAllByRole("listitem").map((item) => item.textContent ?? "");
    expect(items).toHaveLength(5);
    for (const name of ["ASSISTLEVEL", "ASSISTDETAIL", "ASSISTEXPLAIN", "DESCRIPTOR", "MEETS"]) {
      expect(items.some((item) => item.includes(`=HR.${name}(`))).toBe(true);
    }
  });
});

describe("Extra panels", () => {
  it("shows a surface's own panel with the run's evaluation", async () => {
    const { host } = inventoryHost();
    renderPane(host, "en", [
      {
        id: "preview",
        label: (language) => (language === "nl" ? "Voorbeeld" : "Preview"),
        render: ({ evaluation, language }) => <p>{evaluation ? `${language}: ${evaluation.evaluated} rows` : `${language}: nothing yet`}</p>,
      },
    ]);
    await mapped();
    openPanel("Preview");
    expect(screen.getByText("en: nothing yet")).toBeInTheDocument();
    await evaluateAsValues();
    expect(screen.getByText("en: 5 rows")).toBeInTheDocument();
  });
});
