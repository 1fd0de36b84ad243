import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createEvent, fireEvent, render, screen } from "@testing-library/react";
import { OpenInventory } from "../../../src/taskpane/browser/OpenInventory";

const inProvider = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

describe("OpenInventory", () => {
  it("asks for an .xlsx, .xlsm or .csv inventory and says nothing leaves the page", () => {
    inProvider(<OpenInventory language="en" onFile={() => undefined} />);
    expect(screen.getByRole("heading", { name: "Open an inventory (.xlsx, .xlsm or .csv)" })).toBeInTheDocument();
    expect(screen.getByText(/nothing is sent or stored outside your browser/)).toBeInTheDocument();
    expect(screen.getByLabelText("Choose a file")).toHaveAttribute("accept", expect.stringContaining(".xlsx,.xlsm,.csv"));
  });

  it.each([
    ["nl", "Open een inventaris (.xlsx, .xlsm of .csv)"],
    ["fr", "Ouvrir un inventaire (.xlsx, .xlsm ou .csv)"],
  ] as const)("speaks %s", (language, heading) => {
    inProvider(<OpenInventory language={language} onFile={() => undefined} />);
    expect(screen.getByRole("heading", { name: heading })).toBeInTheDocument();
  });

  it("hands over a picked file", () => {
    const picked: File[] = [];
    inProvider(<OpenInventory language="en" onFile={(file) => picked.push(file)} />);
    const file = new File(["x"], "inventaris.xlsx");
    fireEvent.change(screen.getByLabelText("Choose a file"), { target: { files: [file] } });
    expect(picked).toEqual([file]);
  });

  it("hands over a dropped file", () => {
    const picked: File[] = [];
    inProvider(<OpenInventory language="en" onFile={(file) => picked.push(file)} />);
    const file = new File(["x"], "inventaris.csv");
    const zone = screen.getByText("Drop an .xlsx, .xlsm or .csv file here").parentElement!;
    const drop = createEvent.drop(zone);
    Object.defineProperty(drop, "dataTransfer", { value: { files: [file] } });
    fireEvent(zone, drop);
    expect(picked).toEqual([file]);
  });

  it("shows the file being opened, and why a file could not be opened", () => {
    inProvider(<OpenInventory language="en" opening="groot.xlsx" problem="Cannot read groot.xlsx: not an .xlsx file." onFile={() => undefined} />);
    expect(screen.getByText("Opening groot.xlsx…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Choose a file" })).toBeDisabled();
    expect(screen.getByText("Cannot open the file")).toBeInTheDocument();
    expect(screen.getByText("Cannot read groot.xlsx: not an .xlsx file.")).toBeInTheDocument();
  });
});
