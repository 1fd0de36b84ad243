import type { ValidationWords } from "../sections/validation";

export const VALIDATION: ValidationWords = {
  roleChoices: ["responsable", "contribue"],
  dropdownHint: "Choisissez un descripteur dans la liste ; le numéro, A1–A4 ou les mots-clés en NL/FR/EN sont aussi acceptés.",
};
