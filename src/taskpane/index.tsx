import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { languageOfLocale } from "../domain";
import { Welcome } from "./components/Welcome";

function render(locale: string | undefined): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Welcome language={languageOfLocale(locale)} />
    </FluentProvider>,
  );
}

// Outside Office (a plain browser) onReady resolves with no host: show the pane in the browser's language.
Office.onReady((info) => render(info.host ? Office.context.displayLanguage : navigator.language));
