/**
 * Deterministic generated posts for benchmarks: raw cell values as analysts
 * type them (numbers mostly, some texts with thousands separators, key words
 * and level codes), from a seeded PRNG so every run measures the same input.
 */
import { prng } from "../test/support/prng";

export { prng };
export interface GeneratedColumns {
  staff: unknown[];
  scope: unknown[];
  advice: unknown[];
  role: unknown[];
  improvement: unknown[];
  contacts: unknown[];
}

const ROLES = ["", "responsible", "bijdragen", "verantwoordelijk", "contribue", ""];
const SCOPE_TEXTS = ["opvolgen", "A2", "opdrachten plannen", "steer projects"];
const ADVICE_TEXTS = ["dienst", "strategie"];

export function generatePosts(count: number, seed = 20261128): GeneratedColumns {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const columns: GeneratedColumns = { staff: [], scope: [], advice: [], role: [], improvement: [], contacts: [] };
  for (let i = 0; i < count; i++) {
    const staff = 1 + Math.floor(random() * 3000);
    columns.staff.push(random() < 0.9 ? staff : staff.toLocaleString("nl-BE"));
    const scope = 1 + Math.floor(random() * 4);
    columns.scope.push(random() < 0.8 ? scope : SCOPE_TEXTS[scope - 1]);
    const advice = 1 + Math.floor(random() * 2);
    columns.advice.push(random() < 0.8 ? advice : ADVICE_TEXTS[advice - 1]);
    columns.role.push(pick(ROLES));
    const improvement = Math.floor(random() * 4);
    columns.improvement.push(improvement === 0 ? "" : improvement);
    const contacts = Math.floor(random() * 4);
    columns.contacts.push(contacts === 0 ? null : contacts);
  }
  return columns;
}
