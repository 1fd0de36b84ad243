import { FluentProvider, MessageBar, MessageBarBody, Title3, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { type Language, languageOfLocale } from "../domain";
import { loadWithWorkbook } from "./officeStartup";
import { FormulasPanel } from "./panels/FormulasPanel/FormulasPanel";
import { COMMON_TEXT } from "./text/commonText";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");
const root = createRoot(container);

// Interim start-up page (the formulas) until the Excel and browser hosts land; then the full Pane.
function render(language: Language, problem?: string): void {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <main lang={language}>
        <Title3 as="h1">{COMMON_TEXT[language].title}</Title3>
        {problem && (
          <MessageBar intent="error">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        <FormulasPanel language={language} />
      </main>
    </FluentProvider>,
  );
}

Office.onReady((info) => {
  const language = languageOfLocale(info.host ? Office.context.displayLanguage : navigator.language);
  render(language);
  if (info.host === Office.HostType.Excel) {
    loadWithWorkbook().catch((failure: unknown) => render(language, COMMON_TEXT[language].startupFailed(failure instanceof Error ? failure.message : String(failure))));
  }
});
