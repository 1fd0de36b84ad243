/**
 * evaluation-model.md §4: every accepted form of each parser, and every
 * rejected one with its Problem code and a message in nl, fr and en that
 * names the argument and quotes the value received.
 */
import {
  type ArgumentKey,
  ORDINAL_DESCRIPTORS,
  type OrdinalCriterionKey,
  type Problem,
  ROLE_CONTRIBUTES,
  ROLE_RESPONSIBLE,
  ROLE_UNKNOWN,
  ROLE_WORDS,
  formatProblem,
  isProblem,
  languageOfLocale,
  parseCriterion,
  parseDescriptor,
  parseHeadcount,
  parseLanguage,
  parseLevel,
  parseRole,
} from "../../src/domain";
import { LANGS } from "./helpers";

const ORDINALS: OrdinalCriterionKey[] = ["coordination", "advice", "improvement", "contacts"];
const stripAccents = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
const spaced = (s: string): string => `  ${s.replace(/ /g, "   ")}\t `;

/** The value as a message shows it: one line, whitespace runs collapsed. */
const shown = (raw: unknown): string => String(raw).replace(/\s+/g, " ");
const QUOTED: Record<string, (v: string) => string> = { nl: (v) => `"${v}"`, fr: (v) => `« ${v} »`, en: (v) => `"${v}"` };

function expectRejected(result: unknown, code: Problem["code"] | Problem["code"][], argument: ArgumentKey, raw: unknown): void {
  expect(isProblem(result)).toBe(true);
  const problem = result as Problem;
  expect(Array.isArray(code) ? code : [code]).toContain(problem.code);
  expect(problem.argument).toBe(argument);
  const texts = LANGS.map((lang) => formatProblem(problem, lang));
  LANGS.forEach((lang, i) => {
    const text = texts[i];
    expect(text.length).toBeGreaterThan(20);
    expect(text).toMatch(/^\S.*[.]$/s);
    expect(text).toContain(argument);
    if (problem.code === "wrongType" || problem.code === "errorValue") expect(text).toContain(shown(raw));
    else expect(text).toContain(QUOTED[lang](shown(raw)));
  });
  expect(new Set(texts).size).toBe(3);
}

describe("parseDescriptor", () => {
  describe.each(ORDINALS)("%s", (criterion) => {
    const count = ORDINAL_DESCRIPTORS[criterion].length;
    const numbers = Array.from({ length: count }, (_, i) => i + 1);

    test.each(numbers)("the number %p as a number, as text and with spaces", (n) => {
      expect(parseDescriptor(criterion, "value", n)).toBe(n);
      expect(parseDescriptor(criterion, "value", String(n))).toBe(n);
      expect(parseDescriptor(criterion, "value", ` ${n} `)).toBe(n);
    });

    test.each([0, count + 1, -1, 2.5, 1.5, NaN])("the out-of-range number %p is rejected", (n) => {
      expectRejected(parseDescriptor(criterion, "value", n), "unknownDescriptor", "value", n);
    });

    test.each([String(count + 1), "0", "A5", "A0", "3b", "2.5", "a 2 b"])("the text %p is rejected", (text) => {
      const result = parseDescriptor(criterion, "value", text);
      expectRejected(result, "unknownDescriptor", "value", text);
      expect((result as { criterion: string }).criterion).toBe(criterion);
    });

    test("blank cells give 0", () => {
      for (const blank of [null, undefined, "", "   "]) expect(parseDescriptor(criterion, "value", blank)).toBe(0);
    });

    test("every key word in nl, fr and en, in any case, without accents and with extra spaces", () => {
      let forms = 0;
      for (const d of ORDINAL_DESCRIPTORS[criterion]) {
        for (const lang of LANGS) {
          expect(d.keywords[lang].length).toBeGreaterThan(0);
          for (const kw of d.keywords[lang]) {
            for (const form of [kw, kw.toUpperCase(), stripAccents(kw), spaced(kw), spaced(stripAccents(kw).toUpperCase())]) {
              expect([form, parseDescriptor(criterion, "value", form)]).toEqual([form, d.number]);
              forms++;
            }
          }
        }
      }
      expect(forms).toBeGreaterThan(0);
    });

    test("the full descriptor texts in nl, fr and en, with and without the final full stop", () => {
      for (const d of ORDINAL_DESCRIPTORS[criterion]) {
        for (const lang of LANGS) {
          const text = d.text[lang];
          expect(text.endsWith(".")).toBe(true);
          for (const form of [text, text.slice(0, -1), ` ${text.toUpperCase()} `, stripAccents(text.slice(0, -1))]) {
            expect([form, parseDescriptor(criterion, "value", form)]).toEqual([form, d.number]);
          }
        }
      }
    });
  });

  // Level codes name the descriptor of that level (section 4): criterion, A1..A4 → descriptor.
  test.each([
    ["coordination", [1, 2, 3, 4]],
    ["advice", [1, 1, 2, 2]],
    ["improvement", [1, 2, 2, 3]],
    ["contacts", [1, 1, 2, 3]],
  ] as [OrdinalCriterionKey, number[]][])("level codes of %s → descriptors %p", (criterion, expected) => {
    expected.forEach((number, i) => {
      expect(parseDescriptor(criterion, "value", `A${i + 1}`)).toBe(number);
      expect(parseDescriptor(criterion, "value", ` a${i + 1} `)).toBe(number);
    });
  });

  test("advice 2 is the strategy descriptor, not A2", () => {
    expect(parseDescriptor("advice", "advice", 2)).toBe(2);
    expect(parseDescriptor("advice", "advice", "A2")).toBe(1);
  });

  test.each([
    ["coordination", "scope", "opvolge"],
    ["coordination", "scope", "opvolgen en"],
    ["advice", "advice", "strategy plan"],
    ["advice", "advice", "strateg"],
    ["improvement", "improvement", "verbeter"],
    ["improvement", "improvement", "improve and"],
    ["contacts", "contacts", "netwerk"],
    ["contacts", "contacts", "contact"],
  ] as [OrdinalCriterionKey, ArgumentKey, string][])("near miss for %s (%s): %p is an error", (criterion, argument, text) => {
    expectRejected(parseDescriptor(criterion, argument, text), "unknownDescriptor", argument, text);
  });

  test("booleans and Excel errors", () => {
    expectRejected(parseDescriptor("advice", "advice", true), "wrongType", "advice", true);
    expectRejected(parseDescriptor("advice", "advice", { code: "#N/A" }), "errorValue", "advice", "#N/A");
  });
});

describe("parseHeadcount", () => {
  test.each([
    [1200, 1200],
    [1, 1],
    ["1200", 1200],
    [" 1200 ", 1200],
    ["1 200", 1200],
    ["1.200", 1200],
    ["1,200", 1200],
    ["12 345 678", 12345678],
    ["12.345.678", 12345678],
    ["1\u00a0200", 1200],
    ["1\u202f200", 1200],
    ["200", 200],
  ] as [unknown, number][])("%p → %p", (raw, n) => {
    expect(parseHeadcount("staff", raw)).toBe(n);
  });

  test.each([
    [0, "badHeadcount"],
    [-5, "badHeadcount"],
    ["-5", "badHeadcount"],
    [1.5, "fractionalHeadcount"],
    ["1.5", "fractionalHeadcount"],
    ["12,50", "fractionalHeadcount"],
    ["1.20", "fractionalHeadcount"],
    ["1 20", "badHeadcount"],
    // 1200.5 written the Dutch way: a headcount with a fraction
    ["1.200,5", "fractionalHeadcount"],
    ["abc", "badHeadcount"],
    [NaN, "badHeadcount"],
    [Infinity, "badHeadcount"],
    ["1.200 000", "badHeadcount"],
    // grouped thousands then a decimal part: read as a fraction, which a headcount cannot have
    ["1,200.000", "fractionalHeadcount"],
    ["1200x", "badHeadcount"],
    [true, "wrongType"],
  ] as [unknown, Problem["code"] | Problem["code"][]][])("%p is rejected (%p)", (raw, code) => {
    expectRejected(parseHeadcount("staff", raw), code, "staff", raw);
  });

  test("a blank cell is 0 (not given); readPost turns a blank staff into a `blank` problem", () => {
    for (const blank of ["", "  ", null, undefined]) expect(parseHeadcount("staff", blank)).toBe(0);
  });
});

describe("parseRole", () => {
  const words: [string, number][] = [
    ...ROLE_WORDS.responsible.map((w): [string, number] => [w, ROLE_RESPONSIBLE]),
    ...ROLE_WORDS.contributes.map((w): [string, number] => [w, ROLE_CONTRIBUTES]),
  ];
  test.each(words)("%p in any case and with spaces → %p", (word, role) => {
    for (const form of [word, word.toUpperCase(), spaced(word)]) expect([form, parseRole("role", form)]).toEqual([form, role]);
  });

  test("the page's words are among them", () => {
    for (const w of ["responsible", "verantwoordelijk", "responsable"]) expect(parseRole("role", w)).toBe(ROLE_RESPONSIBLE);
    for (const w of ["contributes", "bijdragen", "contribue"]) expect(parseRole("role", w)).toBe(ROLE_CONTRIBUTES);
  });

  test("blank → unknown", () => {
    for (const blank of ["", "   ", null, undefined]) expect(parseRole("role", blank)).toBe(ROLE_UNKNOWN);
  });

  test.each([["maybe", "badRole"], ["responsible!", "badRole"], ["respons", "badRole"], [1, "badRole"], [false, "wrongType"]] as [
    unknown,
    Problem["code"],
  ][])("%p is rejected (%p)", (raw, code) => {
    expectRejected(parseRole("role", raw), code, "role", raw);
  });
});

describe("parseLevel", () => {
  test.each([
    ["A1", 1], ["A2", 2], ["A3", 3], ["A4", 4], [1, 1], [2, 2], [3, 3], [4, 4], ["a2", 2], [" A3 ", 3], ["4", 4],
  ] as [unknown, number][])("%p → %p", (raw, level) => {
    expect(parseLevel("level", raw)).toBe(level);
  });

  test.each(["A5", "B1", "A0", "AA1", 5, 0, 2.5, "A 2x"] as unknown[])("%p is rejected", (raw) => {
    expectRejected(parseLevel("level", raw), "badLevel", "level", raw);
  });

  test("blank is a problem", () => expect(parseLevel("level", "")).toEqual({ code: "blank", argument: "level" }));
});

describe("parseCriterion", () => {
  test.each([
    ["coordination", "coordination"], ["Coördinatie", "coordination"], ["coordinatie", "coordination"], ["scope", "coordination"],
    ["support", "support"], ["Ondersteuning van het management", "support"], ["Soutien au management", "support"],
    ["Management support", "support"], ["staff", "support"],
    ["advice", "advice"], ["Advies", "advice"], ["Conseil", "advice"],
    ["improvement", "improvement"], ["Verbetering / Innovatie", "improvement"], ["Amélioration / Innovation", "improvement"],
    ["Improvement / Innovation", "improvement"], ["amelioration / innovation", "improvement"],
    ["contacts", "contacts"], ["Contacten", "contacts"], ["  CONTACTS ", "contacts"],
  ])("%p → %p", (raw, key) => {
    expect(parseCriterion("criterion", raw)).toBe(key);
  });

  test.each(["salary", "coordinate", "A1"])("%p is rejected", (raw) => {
    expectRejected(parseCriterion("criterion", raw), "badCriterion", "criterion", raw);
  });
});

describe("parseLanguage / languageOfLocale", () => {
  test.each([
    ["nl", "nl"], ["fr", "fr"], ["en", "en"], ["NL", "nl"], ["nl-BE", "nl"], ["fr_FR", "fr"], ["en-GB", "en"],
    ["English", "en"], ["Nederlands", "nl"], ["Français", "fr"], ["francais", "fr"], [" FR ", "fr"],
  ])("%p → %p", (raw, lang) => {
    expect(parseLanguage("language", raw, "en")).toBe(lang);
  });

  test("blank → the fallback", () => {
    expect(parseLanguage("language", "", "fr")).toBe("fr");
    expect(parseLanguage("language", null, "nl")).toBe("nl");
  });

  test.each(["de", "de-DE", "Deutsch", "e", "eng"])("%p is rejected", (raw) => {
    expectRejected(parseLanguage("language", raw, "en"), "badLanguage", "language", raw);
  });

  test.each([
    ["nl-BE", "nl"], ["nl-NL", "nl"], ["fr-BE", "fr"], ["FR_fr", "fr"], ["en-US", "en"], ["de-DE", "en"], ["", "en"], [undefined, "en"],
  ] as [string | undefined, string][])("languageOfLocale(%p) → %p", (locale, lang) => {
    expect(languageOfLocale(locale)).toBe(lang);
  });
});
