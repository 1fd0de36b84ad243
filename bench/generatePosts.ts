/**
 * Deterministic generated posts for benchmarks: raw cell values as analysts
 * type them (numbers mostly, some texts with thousands separators, key words
 * and level codes), from a seeded PRNG so every run measures the same input.
 * `postStream` yields them one at a time (for files of a million rows),
 * `generatePosts` collects the same sequence into columns.
 */

/** mulberry32: a small seeded PRNG (tests use it too, through test/support/prng; bench/ does not depend on test/). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedPost {
  staff: number | string;
  scope: number | string;
  advice: number | string;
  role: string;
  improvement: number | "";
  contacts: number | null;
}

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

/** The posts one at a time, in the same order and with the same values as generatePosts. */
export function* postStream(count: number, seed = 20261128): Generator<GeneratedPost> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const dutch = new Intl.NumberFormat("nl-BE"); // what staff.toLocaleString("nl-BE") gives, without a formatter per call
  for (let i = 0; i < count; i++) {
    const staff = 1 + Math.floor(random() * 3000);
    const staffValue = random() < 0.9 ? staff : dutch.format(staff);
    const scope = 1 + Math.floor(random() * 4);
    const scopeValue = random() < 0.8 ? scope : SCOPE_TEXTS[scope - 1];
    const advice = 1 + Math.floor(random() * 2);
    const adviceValue = random() < 0.8 ? advice : ADVICE_TEXTS[advice - 1];
    const role = pick(ROLES);
    const improvement = Math.floor(random() * 4);
    const contacts = Math.floor(random() * 4);
    yield {
      staff: staffValue,
      scope: scopeValue,
      advice: adviceValue,
      role,
      improvement: improvement === 0 ? "" : improvement,
      contacts: contacts === 0 ? null : contacts,
    };
  }
}

export function generatePosts(count: number, seed = 20261128): GeneratedColumns {
  const columns: GeneratedColumns = { staff: [], scope: [], advice: [], role: [], improvement: [], contacts: [] };
  for (const post of postStream(count, seed)) {
    columns.staff.push(post.staff);
    columns.scope.push(post.scope);
    columns.advice.push(post.advice);
    columns.role.push(post.role);
    columns.improvement.push(post.improvement);
    columns.contacts.push(post.contacts);
  }
  return columns;
}
