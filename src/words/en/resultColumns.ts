import type { ResultColumnsWords } from "../sections/resultColumns";

export const RESULT_COLUMNS: ResultColumnsWords = {
  fieldHeaders: { class: "Indicative class", misfit: "Misfit", flags: "Flags", rationale: "Rationale" },
  band: "Band",
  invalid: "ERROR",
};
