import type { ResultColumnsWords } from "../sections/resultColumns";

export const RESULT_COLUMNS: ResultColumnsWords = {
  fieldHeaders: { class: "Indicatieve klasse", misfit: "Afwijking", flags: "Signalen", rationale: "Motivering" },
  band: "Band",
  invalid: "FOUT",
};
