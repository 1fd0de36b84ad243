/**
 * What ASSISTLEVEL, ASSISTDETAIL and ASSISTEXPLAIN answer, called as Excel
 * calls them: the model page's worked examples (evaluation-model.md §3),
 * ASSISTDETAIL's eight columns, accepted input forms (§4) and the language
 * argument of ASSISTEXPLAIN.
 */
import { MATRIX_CELLS } from "../../src/domain";
import { ASSISTDETAIL, ASSISTEXPLAIN, ASSISTLEVEL, cell, column, isFunctionError, plain, valueErrorMessage } from "./excelCalls";

/** evaluation-model.md §3: staff, scope, advice (role not given) → misfit at A1..A4, level, flags. */
const WORKED_EXAMPLES = [
  { staff: 150, scope: 1, advice: 1, misfits: [0, 1, 4, 7], level: "A1", flags: "role-unknown" },
  { staff: 150, scope: 2, advice: 1, misfits: [1, 0, 3, 6], level: "A2", flags: "role-unknown" },
  { staff: 50, scope: 3, advice: 1, misfits: [2, 1, 2, 5], level: "A2", flags: "role-unknown" },
  { staff: 500, scope: 3, advice: 2, misfits: [5, 2, 0, 2], level: "A3", flags: "role-unknown" },
  { staff: 500, scope: 4, advice: 2, misfits: [6, 3, 1, 1], level: "A3", flags: "tie, role-unknown" },
  { staff: 1500, scope: 4, advice: 2, misfits: [6, 3, 1, 0], level: "A4", flags: "role-unknown" },
  { staff: 5000, scope: 1, advice: 1, misfits: [1, 1, 3, 5], level: "A1", flags: "tie, role-unknown" },
];
const staffs = column(...WORKED_EXAMPLES.map((e) => e.staff));
const scopes = column(...WORKED_EXAMPLES.map((e) => e.scope));
const advices = column(...WORKED_EXAMPLES.map((e) => e.advice));

describe("ASSISTLEVEL on the model page's worked examples", () => {
  it("gives the page's levels over one 7-row range", () => {
    expect(ASSISTLEVEL(staffs, scopes, advices, null, null, null)).toEqual(WORKED_EXAMPLES.map((e) => [e.level]));
  });

  it("gives the same levels with blank role/improvement/contacts columns", () => {
    const blanks = column(...WORKED_EXAMPLES.map(() => ""));
    expect(ASSISTLEVEL(staffs, scopes, advices, blanks, blanks, blanks)).toEqual(WORKED_EXAMPLES.map((e) => [e.level]));
  });

  it("leaves a row with every post input blank empty (no post there), while a row missing only staff is #VALUE!", () => {
    const staff = column(150, "", "", 500);
    const scope = column(1, "", 2, 3);
    const advice = column(1, "", 1, 2);
    const level = ASSISTLEVEL(staff, scope, advice, null, null, null);
    expect(level[0]).toEqual(["A1"]);
    expect(level[1]).toEqual([""]);
    expect(isFunctionError(level[2][0])).toBe(true);
    expect(level[3]).toEqual(["A3"]);
    expect(ASSISTDETAIL(staff, scope, advice, null, null, null)[1]).toEqual(["", "", "", "", "", "", "", ""]);
    expect(ASSISTEXPLAIN(staff, scope, advice, null, null, null, cell("en"))[1]).toEqual([""]);
  });

  it("ASSISTDETAIL gives the page's misfit at the chosen level and its flags", () => {
    const result = ASSISTDETAIL(staffs, scopes, advices, null, null, null);
    expect(result.map((row) => [row[0], row[6], row[7]])).toEqual(
      WORKED_EXAMPLES.map((e) => [e.level, e.misfits[Number(e.level[1]) - 1], e.flags]),
    );
  });

  it("a column of headcounts is broadcast against single scope and advice cells", () => {
    // scope 4, advice 2: 150 → misfits 5,3,2,2 (tie → A3); 500 and 1500 as on the page.
    expect(ASSISTLEVEL(column(150, 500, 1500), cell(4), cell(2), null, null, null)).toEqual([["A3"], ["A3"], ["A4"]]);
  });
});

describe("ASSISTDETAIL columns: level, 5 bands, misfit, flags", () => {
  it.each([
    ["150, 1, 1", [150, 1, 1, null, null, null], ["A1", "A1", "A1–A2", "A1–A2", "", "", 0, "role-unknown"]],
    ["5000, 1, 1, role blank (three-level band)", [5000, 1, 1, "", null, null], ["A1", "A1", "A2–A4", "A1–A2", "", "", 1, "tie, role-unknown"]],
    ["5000, 1, 1, improvement 2, contacts 3", [5000, 1, 1, "", 2, 3], ["A2", "A1", "A2–A4", "A1–A2", "A2–A3", "A4", 3, "spread, role-unknown"]],
    ["1000 responsible, 3, 2", [1000, 3, 2, "responsible", null, null], ["A3", "A3", "A3", "A3–A4", "", "", 0, "boundary"]],
    ["200 contributes, 2, 1, 1, 1", [200, 2, 1, "contributes", 1, 1], ["A2", "A2", "A2", "A1–A2", "A1", "A1–A2", 1, "boundary"]],
    ["1500 verantwoordelijk, key words", [1500, 4, 2, "verantwoordelijk", "modernisering", "netwerk opbouwen"], ["A4", "A4", "A3–A4", "A3–A4", "A4", "A4", 0, ""]],
    ["50 bijdragen, 4, 1", [50, 4, 1, "bijdragen", null, null], ["A1", "A4", "A1", "A1–A2", "", "", 3, "tie, spread"]],
  ])("%s", (_, values, expected) => {
    const result = ASSISTDETAIL(...values.map((v) => (v === null ? null : cell(v))));
    expect(plain(result)).toEqual([expected]);
    expect(typeof result[0][6]).toBe("number");
  });

  it("a bad row fills all eight cells with its #VALUE! and leaves the other rows", () => {
    const result = ASSISTDETAIL(column(150, 150), column(1, "nonsense"), cell(1), null, null, null);
    expect(result[0]).toEqual(["A1", "A1", "A1–A2", "A1–A2", "", "", 0, "role-unknown"]);
    expect(result[1]).toHaveLength(8);
    for (const x of result[1]) expect(valueErrorMessage(x)).toMatch(/^row 2: scope \(coordination\): "nonsense"/);
  });
});

describe("accepted input forms (evaluation-model.md §4)", () => {
  it.each([[1200], ["1200"], ["1 200"], ["1.200"], ["1,200"], ["1\u00a0200"], ["  1200  "]])("headcount %j is 1200", (staff) => {
    // scope 4, advice 2, role unknown: 1200 (> 1000) gives A4; any 200–1000 reading would tie at A3.
    expect(ASSISTLEVEL(cell(staff), cell(4), cell(2), null, null, null)).toEqual([["A4"]]);
  });

  it.each([[150.5, "has a fraction"], ["1,5", "has a fraction"], [0, "is not a headcount"], [-5, "is not a headcount"], ["1200 people", "is not a headcount"], [true, "is not accepted"]])(
    "headcount %j is rejected (%s)",
    (staff, why) => {
      const message = valueErrorMessage(ASSISTLEVEL(cell(staff), cell(1), cell(1), null, null, null)[0][0]);
      expect(message.startsWith("staff (headcount supported): ")).toBe(true);
      expect(message).toContain(`${String(staff)}${typeof staff === "boolean" ? "" : '"'} ${why}`);
    },
  );

  it.each([
    ["advice", 2, 3, "A3–A4"],
    ["advice", "A2", 3, "A1–A2"],
    ["advice", "A3", 3, "A3–A4"],
    ["advice", " Strategie ", 3, "A3–A4"],
    ["improvement", "A3", 4, "A2–A3"],
    ["improvement", "develop", 4, "A2–A3"],
    ["contacts", "A2", 5, "A1–A2"],
    ["contacts", "représenter", 5, "A3"],
    ["scope", "OPVOLGEN", 1, "A1"],
    ["scope", "A3", 1, "A3"],
  ])("%s %j (ASSISTDETAIL column %i) reads as the band %s", (argument, value, detailColumn, band) => {
    const values: unknown[] = [150, 1, 1, null, null, null];
    values[["staff", "scope", "advice", "role", "improvement", "contacts"].indexOf(argument)] = value;
    const result = ASSISTDETAIL(...values.map((v) => (v === null ? null : cell(v))));
    expect(result[0][detailColumn]).toBe(band);
  });

  it.each([["responsible", "A3"], ["Verantwoordelijk", "A3"], ["responsable", "A3"], ["resp", "A3"], ["contributes", "A2"], ["bijdragen", "A2"], ["contribue", "A2"], ["", "A2–A3"]])(
    "role %j at 500 staff gives the support band %s",
    (role, band) => {
      expect(ASSISTDETAIL(cell(500), cell(1), cell(1), cell(role), null, null)[0][2]).toBe(band);
    },
  );
});

describe("ASSISTEXPLAIN", () => {
  const strip = (text: string): string => text.replace(/\.$/, "");

  it("explains each row in the language of its language cell; an invalid language is #VALUE!", () => {
    const result = ASSISTEXPLAIN(cell(150), cell(1), cell(1), null, null, null, column("nl", "fr", "en", "de", "NL-be", 3));
    expect(result).toHaveLength(6);
    expect(result[0][0]).toEqual(expect.stringMatching(/^Indicatieve klasse A1 \(afwijking 0\)\. Coördinatie voldoet aan A1: /));
    expect(result[0][0]).toContain(strip(MATRIX_CELLS.coordination[0].nl));
    expect(result[0][0]).toContain("Na te kijken: rol onbekend");
    expect(result[1][0]).toEqual(expect.stringMatching(/^Classe indicative A1 \(écart 0\)\. Coordination satisfait à A1 : /));
    expect(result[1][0]).toContain(strip(MATRIX_CELLS.advice[0].fr));
    expect(result[2][0]).toEqual(expect.stringMatching(/^Indicative class A1 \(misfit 0\)\. Coordination meets A1: /));
    expect(result[2][0]).toContain("Management support (150 staff, role not given) meets A1–A2");
    expect(valueErrorMessage(result[3][0])).toMatch(/^row 4: language \(language\): "de" is not a language of this add-in\. Expected nl, fr or en\.$/);
    expect(result[4][0]).toEqual(result[0][0]);
    expect(valueErrorMessage(result[5][0])).toMatch(/^row 6: language \(language\)/);
  });

  it("explains in Office's display language when language is omitted or blank", () => {
    const english = ASSISTEXPLAIN(cell(150), cell(1), cell(1), null, null, null, null);
    expect(english[0][0]).toEqual(expect.stringMatching(/^Indicative class A1/));
    expect(ASSISTEXPLAIN(cell(150), cell(1), cell(1), null, null, null, cell(""))).toEqual(english);
    expect(ASSISTEXPLAIN(cell(150), cell(1), cell(1), null, null, null)).toEqual(english);
  });

  it("formats the headcount in the language (1 200 / 1.200 / 1,200)", () => {
    const result = ASSISTEXPLAIN(cell(1200), cell(4), cell(2), cell("responsible"), null, null, column("nl", "fr", "en"));
    expect(result.map((r) => (isFunctionError(r[0]) ? r[0].message : r[0]))).toEqual([
      expect.stringContaining("(1.200 personen, verantwoordelijk)"),
      expect.stringMatching(/\(1\s200 personnes, responsable\)/),
      expect.stringContaining("(1,200 staff, responsible)"),
    ]);
  });

  // A row's message should be in one language: its "row N" prefix in the same language as the sentence after it.
  it("a bad row's message with language nl is in one language", () => {
    const result = ASSISTEXPLAIN(column(150, ""), cell(1), cell(1), null, null, null, cell("nl"));
    expect(valueErrorMessage(result[1][0])).toMatch(/^(rij 2: staff \(ondersteund personeelsaantal\) is leeg|row 2: staff \(headcount supported\) is empty)/);
  });
});
