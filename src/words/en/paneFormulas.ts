import type { FormulasText } from "../sections/paneFormulas";

export const PANE_FORMULAS: FormulasText = {
  intro: "Gives the indicative class (A1–A4) of management-support posts from the five distinguishing criteria, and says why.",
  functionsHeading: "Formulas",
  functions: {
    level: "class per post; a range spills one class per row",
    detail: "class, band of each criterion, misfit, flags",
    explain: "a sentence quoting the descriptors met",
    descriptor: "the matrix text of a criterion at a class",
    meets: "TRUE when a value meets a descriptor",
  },
};
