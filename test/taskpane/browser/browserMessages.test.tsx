/**
 * Browser mode: the same pane over a file held by the inventory worker (its
 * real code over a MessageChannel, as in a Web Worker). After an evaluation
 * it names each optional criterion without a column, in the words every
 * surface uses, and nothing when all have one; a hostile cell is echoed
 * printably in the problem list. Portable formulas are offered there, live ones not.
 * (An .xlsx rather than a CSV: a CSV's copy is built with the page's Response, which jsdom lacks.)
 */
import { fireEvent, screen } from "@testing-library/react";
import { Blob as NodeBlob } from "buffer";
import ExcelJS from "exceljs";
import { BrowserHost } from "../../../src/taskpane/browser/BrowserHost";
import { absentCriterionMessages } from "../../../src/usecases/absentCriteria";
import { chooseResultMode, evaluateAsValues, mapped, renderPane } from "../paneHarness";
import { inProcessWorker } from "./inProcessWorker";

const hosts: BrowserHost[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.dispose();
});

/**
 * An .xlsx with sheet "posten" holding `rows` (";"-separated, numbers as numbers), opened as browser
 * mode opens a dropped file (Node's Blob: the one a MessagePort can clone).
 */
async function openInventory(lines: readonly string[]): Promise<BrowserHost> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("posten");
  for (const line of lines) sheet.addRow(line.split(";").map((field) => (/^\d+$/.test(field) ? Number(field) : field)));
  const file = new NodeBlob([new Uint8Array(await workbook.xlsx.writeBuffer())]) as unknown as Blob;
  const host = await BrowserHost.open(file, "posten.xlsx", "en", inProcessWorker().connect);
  hosts.push(host);
  return host;
}

describe("browser mode after an evaluation", () => {
  it("warns of each criterion without a column (improvement and contacts)", async () => {
    const host = await openInventory(["Post-ID;Personeel;Rol;Coördinatie;Advies", "P1;150;bijdragen;1;1", "P2;1500;verantwoordelijk;4;2"]);
    renderPane(host);
    await evaluateAsValues();
    const mapping = await host.mapInventory({ sheet: "posten" }, {}, "en");
    expect(mapping.absent.map((a) => a.input)).toEqual(["improvement", "contacts"]);
    const said = absentCriterionMessages(mapping.absent, "en");
    const bars = screen.getAllByRole("group", { name: "Warning" });
    expect(bars.map((bar) => bar.textContent)).toEqual(said.map((line) => `Warning${line}`));
  });

  it("says nothing of absent criteria when all of them have a column", async () => {
    const host = await openInventory([
      "Post-ID;Personeel;Rol;Coördinatie;Advies;Verbetering;Contacten",
      "P1;150;bijdragen;1;1;1;1",
      "P2;1500;verantwoordelijk;4;2;3;3",
    ]);
    renderPane(host);
    await evaluateAsValues();
    expect(screen.getByText("2 evaluated · 0 invalid · 0 blank")).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Warning" })).not.toBeInTheDocument();
  });

  it("echoes a hostile value printably in the problem list", async () => {
    // An .xlsx cannot hold ESC (XML 1.0 has no such character); C1's CSI (U+009B) is ESC [ in one character, and it can.
    const host = await openInventory(["Post-ID;Personeel;Coördinatie;Advies;Verbetering;Contacten;Rol", "P1;veel\u009B2J\u202Emensen;1;1;1;1;bijdragen"]);
    renderPane(host);
    await evaluateAsValues();
    const item = screen.getByRole("button", { name: "posten!B2" }).closest("li") as HTMLElement;
    expect(item).toHaveTextContent('"veel<U+009B>2J<U+202E>mensen"');
    expect(item.textContent).not.toContain("\u009B");
    expect(item.textContent).not.toContain("\u202E");
  });
});

describe("browser mode with portable formulas", () => {
  // What the download then holds (formulas in the result columns, the forms sheet) is in browserHost.test.ts:
  // the worker here runs in jsdom, whose Blob cannot give the package's bytes back.
  it("offers them beside values (live formulas disabled) and asks the worker for them", async () => {
    const host = await openInventory(["Post-ID;Personeel;Rol;Coördinatie;Advies", "P1;150;bijdragen;1;1", "P2;1500;verantwoordelijk;4;2"]);
    const evaluate = jest.spyOn(host, "evaluate");
    renderPane(host);
    await mapped();
    expect(screen.getByRole("radio", { name: "Live formulas (=HR.…)" })).toBeDisabled();
    expect(screen.getByRole("radio", { name: "Values" })).toBeChecked();
    chooseResultMode("Portable formulas (no add-in needed)");
    fireEvent.click(screen.getByRole("button", { name: "Evaluate" }));
    expect(await screen.findByText("2 evaluated · 0 invalid · 0 blank")).toBeInTheDocument();
    expect(evaluate.mock.calls[0][0]).toMatchObject({ mode: "portable" });
    expect((await evaluate.mock.results[0].value).mode).toBe("portable");
    expect(host.snapshot().evaluation?.mode).toBe("portable");
  });
});
