import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { Blob as NodeBlob } from "buffer";
import * as fs from "fs";
import * as path from "path";
import { BrowserHost } from "../../../src/taskpane/browser/BrowserHost";
import { FileToolbar } from "../../../src/taskpane/browser/FileToolbar";
import { inProcessWorker } from "./inProcessWorker";

const SAMPLE = path.resolve(__dirname, "../../../samples/inventaris-ondersteuning-management.xlsx");

describe("FileToolbar", () => {
  it("names the file and offers the download once the inventory is evaluated", async () => {
    // Node's Blob: the one a MessagePort of this process can clone (jsdom's cannot cross).
    const file = new NodeBlob([fs.readFileSync(SAMPLE)]) as unknown as Blob;
    const host = await BrowserHost.open(file, "inventaris-ondersteuning-management.xlsx", "nl", inProcessWorker().connect);
    try {
      render(
        <FluentProvider theme={webLightTheme}>
          <FileToolbar host={host} language="nl" onOpenAnother={() => undefined} />
        </FluentProvider>,
      );
      const toolbar = screen.getByRole("toolbar", { name: "Geopend bestand" });
      expect(toolbar).toHaveTextContent("inventaris-ondersteuning-management.xlsx");
      const download = screen.getByRole("button", { name: "Geëvalueerde werkmap downloaden" });
      expect(download).toBeDisabled();
      await act(() => host.evaluate({ source: { sheet: "Inventaris" }, map: {}, language: "nl", mode: "values", validation: false }, () => undefined, new AbortController().signal));
      expect(download).toBeEnabled();
      expect(screen.getByRole("button", { name: "Ander bestand openen" })).toBeEnabled();
    } finally {
      host.dispose();
    }
  });
});
