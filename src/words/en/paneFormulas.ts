import { type FormulasText, FORMULAS } from "../sections/paneFormulas";

export const PANE_FORMULAS: FormulasText = {
  intro: "Gives the indicative class (A1–A4) of management-support posts from the five distinguishing criteria, and says why.",
  functionsHeading: "Formulas",
  functions: [
    { formula: FORMULAS.level, what: "class per post; a range spills one class per row" },
    { formula: FORMULAS.detail, what: "class, band of each criterion, misfit, flags" },
    { formula: FORMULAS.explain, what: "a sentence quoting the descriptors met" },
    { formula: FORMULAS.descriptor, what: "the matrix text of a criterion at a class" },
    { formula: FORMULAS.meets, what: "TRUE when a value meets a descriptor" },
  ],
};
