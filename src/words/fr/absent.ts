import type { AbsentText } from "../sections/absent";

export const ABSENT: AbsentText = {
  notEvaluated: (name) => `Non évalué : ${name} — aucune colonne trouvée`,
  roleNotRead: (name) => `Non lu : ${name} — aucune colonne trouvée`,
  nearest: (headers) => ` (en-têtes les plus proches : ${headers})`,
  roleConsequence: ` ; le soutien au management est évalué avec sa bande la plus large (signal « rôle inconnu »)`,
  remedy: (input, column) => `. Indiquez la colonne dans le panneau Inventaire, ou avec --map ${input}=${column}.`,
  someColumn: "<colonne>",
};
