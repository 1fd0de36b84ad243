/**
 * DESCRIPTOR and MEETS called as Excel calls them: every matrix cell in every
 * language, criterion names, and MEETS against the bands of
 * evaluation-model.md §2 for every descriptor, headcount range and role.
 */
import { CRITERIA, CRITERION_NAMES, LANGUAGES, MATRIX_CELLS, ORDINAL_CRITERIA, ORDINAL_DESCRIPTORS } from "../../src/domain";
import { setDisplayLanguage } from "../../src/functions/displayLanguage";
import { DESCRIPTOR, MEETS, PAGE_ORDINAL_BANDS, PAGE_SUPPORT_BANDS, cell, column, sizeClass, valueErrorMessage } from "./excelCalls";

afterEach(() => setDisplayLanguage("en"));

const LEVELS = [1, 2, 3, 4] as const;

describe("DESCRIPTOR", () => {
  const combos = CRITERIA.flatMap((criterion) =>
    LEVELS.flatMap((level) => LANGUAGES.map((language) => ({ criterion, level, language }))),
  );

  it("covers 5 criteria × 4 levels × 3 languages", () => {
    expect(combos).toHaveLength(60);
  });

  it.each(combos)("$criterion A$level $language is the matrix cell", ({ criterion, level, language }) => {
    expect(DESCRIPTOR(cell(criterion), cell(`A${level}`), cell(language))).toEqual([[MATRIX_CELLS[criterion][level - 1][language]]]);
  });

  it("one 60-row call gives the same 60 cells, row by row", () => {
    const result = DESCRIPTOR(
      column(...combos.map((c) => c.criterion)),
      column(...combos.map((c) => `A${c.level}`)),
      column(...combos.map((c) => c.language)),
    );
    expect(result).toEqual(combos.map((c) => [MATRIX_CELLS[c.criterion][c.level - 1][c.language]]));
  });

  it.each(CRITERIA.flatMap((criterion) => LANGUAGES.map((l) => [CRITERION_NAMES[criterion][l], l, criterion] as const)))(
    "the %s name %j (%s) names %s",
    (name, _, criterion) => {
      for (const form of [name, name.toUpperCase(), `  ${name}  `]) {
        expect(DESCRIPTOR(cell(form), cell("A2"), cell("en"))).toEqual([[MATRIX_CELLS[criterion][1].en]]);
      }
    },
  );

  it.each([["a3"], [3], ["3"], [" A3 "]])("level %j is A3", (level) => {
    expect(DESCRIPTOR(cell("coordination"), cell(level), cell("en"))).toEqual([[MATRIX_CELLS.coordination[2].en]]);
  });

  it.each([["A5"], ["A0"], [5], [0], ["B2"], [2.5], ["A1–A2"], [true]])("level %j is #VALUE! naming level and value", (level) => {
    const message = valueErrorMessage(DESCRIPTOR(cell("advice"), cell(level), null)[0][0]);
    expect(message.startsWith("level (class)")).toBe(true);
    expect(message).toContain(String(level));
    expect(message).toMatch(/Expected A1, A2, A3 or A4\.$|is not accepted/);
  });

  it("a blank level is #VALUE! (required)", () => {
    expect(valueErrorMessage(DESCRIPTOR(cell("advice"), cell(""), null)[0][0])).toMatch(/^level \(class\) is empty but required/);
  });

  it("an unknown criterion is #VALUE! naming it", () => {
    expect(valueErrorMessage(DESCRIPTOR(cell("salary"), cell("A1"), null)[0][0])).toMatch(/^criterion \(criterion\): "salary" is not a criterion\./);
  });

  it("without a language argument, uses Office's display language", () => {
    expect(DESCRIPTOR(cell("advice"), cell("A1"), null)).toEqual([[MATRIX_CELLS.advice[0].en]]);
    setDisplayLanguage("fr-BE");
    expect(DESCRIPTOR(cell("advice"), cell("A1"), null)).toEqual([[MATRIX_CELLS.advice[0].fr]]);
    setDisplayLanguage("nl-NL");
    expect(DESCRIPTOR(cell("advice"), cell("A1"), cell(""))).toEqual([[MATRIX_CELLS.advice[0].nl]]);
  });

  // A row's message should be in one language: its "row N" prefix in the same language as the sentence after it.
  it("a bad row's message with language fr is in one language", () => {
    const result = DESCRIPTOR(column("advice", "bogus"), cell("A1"), cell("fr"));
    expect(result[0]).toEqual([MATRIX_CELLS.advice[0].fr]);
    expect(valueErrorMessage(result[1][0])).toMatch(/^(ligne 2 ?: criterion \(critère\)|row 2: criterion \(criterion\))/);
  });
});

describe("MEETS, ordinal criteria", () => {
  const combos = ORDINAL_CRITERIA.flatMap((criterion) =>
    PAGE_ORDINAL_BANDS[criterion].flatMap((levels, i) => LEVELS.map((level) => ({ criterion, number: i + 1, level, meets: levels.includes(level) }))),
  );

  it("the descriptors of src/domain have the model page's bands", () => {
    for (const criterion of ORDINAL_CRITERIA) {
      const bands = ORDINAL_DESCRIPTORS[criterion].map((d) => LEVELS.filter((l) => (d.band & (1 << (l - 1))) !== 0));
      expect(bands).toEqual(PAGE_ORDINAL_BANDS[criterion]);
    }
  });

  it.each(combos)("$criterion descriptor $number at A$level is $meets", ({ criterion, number, level, meets }) => {
    expect(MEETS(cell(criterion), cell(`A${level}`), cell(number), null)).toEqual([[meets]]);
    const band = ORDINAL_DESCRIPTORS[criterion][number - 1].band;
    expect(MEETS(cell(criterion), cell(level), cell(String(number)), null)).toEqual([[(band & (1 << (level - 1))) !== 0]]);
  });

  it("one call over all combinations gives the same answers row by row", () => {
    const result = MEETS(
      column(...combos.map((c) => c.criterion)),
      column(...combos.map((c) => `A${c.level}`)),
      column(...combos.map((c) => c.number)),
      null,
    );
    expect(result).toEqual(combos.map((c) => [c.meets]));
  });

  it.each([
    ["advice", "A3", "A1", false],
    ["advice", "A3", "A4", true],
    ["advice", "strategy", "A2", false],
    ["improvement", "A2", "A3", true],
    ["improvement", "modernise", "A4", true],
    ["contacts", "A1", "A2", true],
    ["Contacten", "vertegenwoordigen", "A3", true],
    ["coördinatie", "opvolgen", "A2", false],
  ])("%s recorded as %j at %s is %s", (criterion, value, level, meets) => {
    expect(MEETS(cell(criterion), cell(level), cell(value), null)).toEqual([[meets]]);
  });
});

describe("MEETS, management support", () => {
  const ROLES = {
    contributes: ["contributes", "bijdragen", "contribue", "c"],
    responsible: ["responsible", "verantwoordelijk", "responsable", "R"],
    unknown: [null, "", "  "],
  } as const;
  const combos = [150, 200, 1000, 1500].flatMap((staff) =>
    (Object.keys(ROLES) as (keyof typeof ROLES)[]).flatMap((role) =>
      LEVELS.map((level) => ({ staff, role, level, meets: PAGE_SUPPORT_BANDS[role][sizeClass(staff)].includes(level) })),
    ),
  );

  it.each(combos)("$staff staff, role $role, at A$level is $meets", ({ staff, role, level, meets }) => {
    for (const word of ROLES[role]) {
      expect(MEETS(cell("support"), cell(`A${level}`), cell(staff), word === null ? null : cell(word))).toEqual([[meets]]);
    }
  });

  it.each([["1.500"], ["1 500"], ["1,500"], ["1500"]])("headcount %j reads as 1500", (staff) => {
    expect(MEETS(cell("support"), column("A2", "A3", "A4"), cell(staff), cell("responsible"))).toEqual([[false], [true], [true]]);
  });

  it("a bad headcount or role is #VALUE! naming it", () => {
    const result = MEETS(cell("support"), cell("A2"), column(150.5, 150, "many"), column("", "boss", ""));
    expect(valueErrorMessage(result[0][0])).toMatch(/^row 1: value \(recorded value\): "150\.5" has a fraction/);
    expect(valueErrorMessage(result[1][0])).toMatch(/^row 2: role \(support role\): "boss" is not a support role/);
    expect(valueErrorMessage(result[2][0])).toMatch(/^row 3: value \(recorded value\): "many" is not a headcount/);
  });
});

describe("MEETS with a blank value", () => {
  it.each(CRITERIA.flatMap((criterion) => LEVELS.map((level) => [criterion, level] as const)))("%s at A%i is FALSE", (criterion, level) => {
    expect(MEETS(cell(criterion), cell(`A${level}`), column("", null, "   "), null)).toEqual([[false], [false], [false]]);
    expect(MEETS(cell(criterion), cell(`A${level}`), cell(""), null)).toEqual([[false]]);
  });

  it("an unknown ordinal value is #VALUE! naming the value and what is accepted", () => {
    const message = valueErrorMessage(MEETS(cell("advice"), cell("A1"), cell(3), null)[0][0]);
    expect(message).toBe(
      'value (recorded value): "3" is not one of its descriptors. Expected for Advice: 1 (service) or 2 (strategy), the class code (A1–A4) or the descriptor\'s key words.',
    );
  });
});
