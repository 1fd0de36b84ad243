import type { AbsentText } from "../sections/absent";

export const ABSENT: AbsentText = {
  notEvaluated: (name) => `Niet geëvalueerd: ${name} — geen kolom gevonden`,
  roleNotRead: (name) => `Niet gelezen: ${name} — geen kolom gevonden`,
  nearest: (headers) => ` (dichtstbijzijnde koppen: ${headers})`,
  roleConsequence: `; ondersteuning van het management wordt met de ruimere band geëvalueerd (signaal "rol onbekend")`,
  remedy: (input, column) => `. Duid de kolom aan in het paneel Inventaris, of met --map ${input}=${column}.`,
  someColumn: "<kolom>",
};
