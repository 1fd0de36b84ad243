import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { type Language, languageOfLocale } from "../domain";
import { Welcome } from "./components/Welcome";
import { loadWithWorkbook } from "./officeStartup";
import { PANE_TEXT } from "./paneText";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

function render(language: Language, problem?: string): void {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Welcome language={language} problem={problem} />
    </FluentProvider>,
  );
}

Office.onReady((info) => {
  // Outside Office (a plain browser) there is no host: use the browser's language.
  const language = languageOfLocale(info.host ? Office.context.displayLanguage : navigator.language);
  render(language);
  if (info.host === Office.HostType.Excel) {
    loadWithWorkbook().catch((failure: unknown) =>
      render(language, PANE_TEXT[language].startupFailed(failure instanceof Error ? failure.message : String(failure))),
    );
  }
});
