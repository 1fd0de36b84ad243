import { type FormulasText, FORMULAS } from "../sections/paneFormulas";

export const PANE_FORMULAS: FormulasText = {
  intro: "Donne la classe indicative (A1–A4) des fonctions de soutien au management selon les cinq critères distinctifs, et explique pourquoi.",
  functionsHeading: "Formules",
  functions: [
    { formula: FORMULAS.level, what: "classe par fonction ; une plage donne une classe par ligne" },
    { formula: FORMULAS.detail, what: "classe, bande par critère, écart, signaux" },
    { formula: FORMULAS.explain, what: "une phrase citant les descripteurs satisfaits" },
    { formula: FORMULAS.descriptor, what: "le texte de la matrice pour un critère et une classe" },
    { formula: FORMULAS.meets, what: "VRAI si une valeur satisfait à un descripteur" },
  ],
};
