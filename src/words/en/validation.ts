import type { ValidationWords } from "../sections/validation";

export const VALIDATION: ValidationWords = {
  roleChoices: ["responsible", "contributes"],
  dropdownHint: "Pick a descriptor from the list; its number, A1–A4 or key words in NL/FR/EN are accepted too.",
};
