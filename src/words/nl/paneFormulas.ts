import { type FormulasText, FORMULAS } from "../sections/paneFormulas";

export const PANE_FORMULAS: FormulasText = {
  intro: "Geeft de indicatieve klasse (A1–A4) van functies ondersteuning van het management volgens de vijf onderscheidende criteria, en zegt waarom.",
  functionsHeading: "Formules",
  functions: [
    { formula: FORMULAS.level, what: "klasse per functie; een bereik geeft één klasse per rij" },
    { formula: FORMULAS.detail, what: "klasse, band per criterium, afwijking, signalen" },
    { formula: FORMULAS.explain, what: "een zin met de descriptoren waaraan voldaan is" },
    { formula: FORMULAS.descriptor, what: "de tekst van de matrix voor een criterium en klasse" },
    { formula: FORMULAS.meets, what: "WAAR als een waarde aan een descriptor voldoet" },
  ],
};
