import type { FormulasText } from "../sections/paneFormulas";

export const PANE_FORMULAS: FormulasText = {
  intro: "Geeft de indicatieve klasse (A1–A4) van functies ondersteuning van het management volgens de vijf onderscheidende criteria, en zegt waarom.",
  functionsHeading: "Formules",
  functions: {
    level: "klasse per functie; een bereik geeft één klasse per rij",
    detail: "klasse, band per criterium, afwijking, signalen",
    explain: "een zin met de descriptoren waaraan voldaan is",
    descriptor: "de tekst van de matrix voor een criterium en klasse",
    meets: "WAAR als een waarde aan een descriptor voldoet",
  },
};
