import type { ResultColumnsWords } from "../sections/resultColumns";

export const RESULT_COLUMNS: ResultColumnsWords = {
  fieldHeaders: { class: "Classe indicative", misfit: "Écart", flags: "Signaux", rationale: "Justification" },
  band: "Bande",
  invalid: "ERREUR",
};
