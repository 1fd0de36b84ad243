/**
 * explain(): the class, the quoted descriptors of each given criterion, the
 * headcount in the language's number format and the raised flags by name.
 */
import {
  CRITERION_NAMES,
  type FlagCode,
  MATRIX_CELLS,
  type PostFacts,
  ROLE_RESPONSIBLE,
  ROLE_UNKNOWN,
  assess,
  explain,
  flagCodes,
  messagesFor,
} from "../../src/domain";
import { LANGS, type Lang, PAGE_ORDINAL_BANDS, facts, pageSupportLevels } from "./helpers";

const ALL_FLAGS: FlagCode[] = ["tie", "spread", "boundary", "role-unknown"];
const noStop = (s: string): string => s.replace(/\.$/, "");
/** How "1 200" (groups split by spaces) may be written in each language. */
const STAFF_FORMS: Record<Lang, (n: string) => string[]> = {
  nl: (n) => [n.split(" ").join(".")],
  fr: (n) => [n.split(" ").join("\u202f"), n.split(" ").join("\u00a0")],
  en: (n) => [n.split(" ").join(",")],
};
/** The fixed opening of the "to check" part, e.g. "To check: ". */
const toCheckPrefix = (lang: Lang): string => messagesFor(lang).explanation.toCheck("\u0000").split("\u0000")[0];

/** Everything the explanation of `f` must and must not say, checked in one language. */
function checkExplanation(f: PostFacts, lang: Lang, staffGrouped: string): string {
  const m = messagesFor(lang);
  const a = assess(f);
  const text = explain(f, a, lang);
  expect(text).toContain(`A${a.level}`);
  expect(text).toContain(m.explanation.indicativeClass(`A${a.level}`, a.misfit));

  // ordinal criteria: the matrix text of the recorded descriptor, quoted without its final stop
  for (const c of ["coordination", "advice", "improvement", "contacts"] as const) {
    const name = CRITERION_NAMES[c][lang];
    if (f[c] === 0) {
      expect(text).not.toContain(name);
      for (const cell of MATRIX_CELLS[c]) expect(text).not.toContain(noStop(cell[lang]));
      continue;
    }
    const lowest = PAGE_ORDINAL_BANDS[c][f[c] - 1][0];
    expect(text).toContain(name);
    expect(text).toContain(m.quote(noStop(MATRIX_CELLS[c][lowest - 1][lang])));
    expect(text).not.toContain(m.quote(MATRIX_CELLS[c][lowest - 1][lang]));
  }

  // support: the name, the headcount in the locale and the cell of each level of its band
  expect(text).toContain(CRITERION_NAMES.support[lang]);
  const supportFacts = STAFF_FORMS[lang](staffGrouped).map((n) => m.explanation.supportFacts(n, m.roleName[f.role]));
  expect([supportFacts, supportFacts.some((s) => text.includes(s))]).toEqual([supportFacts, true]);
  for (const level of pageSupportLevels(f.staff, f.role)) {
    expect(text).toContain(m.quote(noStop(MATRIX_CELLS.support[level - 1][lang])));
  }

  // flags: each raised flag by its name in the language; none raised → no "to check" part
  const raised = flagCodes(a.flags);
  for (const flag of ALL_FLAGS) {
    const named = text.includes(`${m.flagName[flag]} (${m.flagWhy[flag]})`);
    expect([flag, named]).toEqual([flag, raised.includes(flag)]);
  }
  expect(text.includes(toCheckPrefix(lang))).toBe(raised.length > 0);
  return text;
}

describe.each(LANGS)("explain in %s", (lang) => {
  test("a consistent A3 post without flags, every criterion given", () => {
    const f = facts({ staff: 1200, role: ROLE_RESPONSIBLE, coordination: 3, advice: 2, improvement: 2, contacts: 2 });
    expect(flagCodes(assess(f).flags)).toEqual([]);
    const text = checkExplanation(f, lang, "1 200");
    expect(text).toContain("A3");
    expect(text).not.toContain(toCheckPrefix(lang));
  });

  test("all four flags, improvement and contacts blank", () => {
    // support 1000 role unknown A2–A3, coordination A4, advice A1–A2:
    // misfits 4,2,2,3 → tie A2; coordination 2 away → spread; 1000 → boundary; role-unknown
    const f = facts({ staff: 1000, role: ROLE_UNKNOWN, coordination: 4, advice: 1 });
    expect(flagCodes(assess(f).flags)).toEqual(ALL_FLAGS);
    const text = checkExplanation(f, lang, "1 000");
    for (const flag of ALL_FLAGS) expect(text).toContain(messagesFor(lang).flagName[flag]);
  });

  test("a worked example (5000, scope 1, advice 1): tie and role-unknown only", () => {
    const f = facts({ staff: 5000, coordination: 1, advice: 1 });
    const text = checkExplanation(f, lang, "5 000");
    expect(text).toContain("A1");
    expect(text).toContain(messagesFor(lang).flagName.tie);
    expect(text).toContain(messagesFor(lang).flagName["role-unknown"]);
  });

  test("large headcount grouping (12 345 678) and a small one (150)", () => {
    checkExplanation(facts({ staff: 12345678, role: ROLE_RESPONSIBLE, coordination: 4, advice: 2, improvement: 3, contacts: 3 }), lang, "12 345 678");
    checkExplanation(facts({ staff: 150, coordination: 2, advice: 1, contacts: 1 }), lang, "150");
  });
});

test("the explanation differs between languages", () => {
  const f = facts({ staff: 1200, coordination: 3, advice: 2 });
  const a = assess(f);
  expect(new Set(LANGS.map((lang) => explain(f, a, lang))).size).toBe(3);
});

test("the headcount is formatted exactly as the page's examples in each locale", () => {
  const f = facts({ staff: 1200, role: ROLE_RESPONSIBLE, coordination: 3, advice: 2 });
  const a = assess(f);
  expect(explain(f, a, "nl")).toContain("1.200");
  expect(explain(f, a, "en")).toContain("1,200");
  expect(explain(f, a, "fr")).toMatch(/1[\u00a0\u202f]200/);
});
