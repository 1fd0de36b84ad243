import type { ValidationWords } from "../sections/validation";

export const VALIDATION: ValidationWords = {
  roleChoices: ["verantwoordelijk", "bijdragen"],
  dropdownHint: "Kies een descriptor uit de lijst; ook het nummer, A1–A4 of de trefwoorden in NL/FR/EN worden aanvaard.",
};
