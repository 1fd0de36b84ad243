import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import type * as React from "react";
import { createRoot } from "react-dom/client";
import { type Language, languageOfLocale } from "../domain";
import { BrowserPane } from "./browser/BrowserPane";
import { createExcelHost } from "./host/ExcelHost";
import type { PaneHost } from "./host/PaneHost";
import { loadWithWorkbook } from "./officeStartup";
import { Pane } from "./Pane";
import { COMMON_TEXT } from "./text/commonText";

const container = document.getElementById("container");
if (!container) throw new Error("the page has no #container element");
const root = createRoot(container);

function show(page: React.ReactNode): void {
  root.render(<FluentProvider theme={webLightTheme}>{page}</FluentProvider>);
}

/** In Excel: the pane over the open workbook, with a start-up failure (if any) above its panels. */
function showInExcel(language: Language, problem?: string): void {
  const header = problem
    ? () => (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )
    : undefined;
  show(<Pane host={excelHost} initialLanguage={language} header={header} />);
}

// One host for the pane's lifetime: re-rendering with a start-up problem must not lose the pane's state.
let excelHost: PaneHost;

if (typeof Office === "undefined") {
  // The browser-mode page loads no office.js: the pane works on a file opened in the page.
  show(<BrowserPane language={languageOfLocale(navigator.language)} />);
} else {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      // office.js outside Office (a plain browser): no host, so browser mode, in the browser's language.
      show(<BrowserPane language={languageOfLocale(navigator.language)} />);
      return;
    }
    const language = languageOfLocale(Office.context.displayLanguage);
    excelHost = createExcelHost();
    showInExcel(language);
    loadWithWorkbook().catch((failure: unknown) =>
      showInExcel(language, COMMON_TEXT[language].startupFailed(failure instanceof Error ? failure.message : String(failure))),
    );
  });
}
