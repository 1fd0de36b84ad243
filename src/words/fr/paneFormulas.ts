import type { FormulasText } from "../sections/paneFormulas";

export const PANE_FORMULAS: FormulasText = {
  intro: "Donne la classe indicative (A1–A4) des fonctions de soutien au management selon les cinq critères distinctifs, et explique pourquoi.",
  functionsHeading: "Formules",
  functions: {
    level: "classe par fonction ; une plage donne une classe par ligne",
    detail: "classe, bande par critère, écart, signaux",
    explain: "une phrase citant les descripteurs satisfaits",
    descriptor: "le texte de la matrice pour un critère et une classe",
    meets: "VRAI si une valeur satisfait à un descripteur",
  },
};
