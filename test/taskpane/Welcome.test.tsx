import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { LANGUAGES, type Language, MATRIX_VERSION } from "../../src/domain";
import { Welcome } from "../../src/taskpane/components/Welcome";
import { PANE_TEXT } from "../../src/taskpane/paneText";

function renderWelcome(language: Language, problem?: string) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <Welcome language={language} problem={problem} />
    </FluentProvider>,
  );
}

describe("Welcome pane", () => {
  it.each(LANGUAGES.map((l) => [l]))("says what the add-in offers in %s", (language) => {
    renderWelcome(language);
    const text = PANE_TEXT[language];
    expect(screen.getByRole("heading", { level: 1, name: "AssistLevel" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: text.functionsHeading })).toBeInTheDocument();
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(5);
    for (const name of ["ASSISTLEVEL", "ASSISTDETAIL", "ASSISTEXPLAIN", "DESCRIPTOR", "MEETS"]) {
      expect(items.some((item) => item.textContent?.includes(`=HR.${name}(`))).toBe(true);
    }
    expect(screen.getByText(text.indicative)).toBeInTheDocument();
    expect(screen.getByText(text.version(MATRIX_VERSION))).toBeInTheDocument();
  });

  it("speaks the analyst's language, not always English", () => {
    renderWelcome("nl");
    expect(screen.getByText(PANE_TEXT.nl.intro)).toBeInTheDocument();
    expect(screen.queryByText(PANE_TEXT.en.intro)).not.toBeInTheDocument();
  });

  it("shows a startup problem as text in an error bar", () => {
    renderWelcome("en", "<b>refused</b>");
    expect(screen.getByText("<b>refused</b>")).toBeInTheDocument();
    expect(document.querySelector("b")).toBeNull();
  });

  it("shows no error bar without a problem", () => {
    renderWelcome("fr");
    expect(screen.queryByText(/refuse de charger/)).not.toBeInTheDocument();
  });
});
