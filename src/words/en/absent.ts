import type { AbsentText } from "../sections/absent";

export const ABSENT: AbsentText = {
  notEvaluated: (name) => `Not evaluated: ${name} — no column found`,
  roleNotRead: (name) => `Not read: ${name} — no column found`,
  nearest: (headers) => ` (nearest headers: ${headers})`,
  roleConsequence: `; management support is evaluated with its wider band (flag "role unknown")`,
  remedy: (input, column) => `. Name its column in the pane's Inventory panel, or with --map ${input}=${column}.`,
  someColumn: "<column>",
};
