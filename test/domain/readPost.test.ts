/**
 * readPost (evaluation-model.md §4): required staff/scope/advice, optional
 * role/improvement/contacts, one problem per bad input in argument order.
 */
import {
  type Problem,
  ROLE_CONTRIBUTES,
  ROLE_RESPONSIBLE,
  ROLE_UNKNOWN,
  type RecordedPost,
  formatProblem,
  readPost,
} from "../../src/domain";
import { LANGS, facts } from "./helpers";

const GOOD: RecordedPost = { staff: 500, scope: 3, advice: 2 };

function problemsOf(post: RecordedPost): Problem[] {
  const result = readPost(post);
  if (!Array.isArray(result)) throw new Error(`expected problems, got facts ${JSON.stringify(result)}`);
  return result;
}

describe("a good post", () => {
  test.each([
    [{ staff: 500, scope: 3, advice: 2 }, facts({ staff: 500, coordination: 3, advice: 2 })],
    [{ staff: "1.200", scope: "A3", advice: "strategie", role: "" }, facts({ staff: 1200, coordination: 3, advice: 2 })],
    [
      { staff: "1 500", scope: " 4 ", advice: "A1", role: "verantwoordelijk", improvement: "A3", contacts: "netwerk opbouwen" },
      facts({ staff: 1500, role: ROLE_RESPONSIBLE, coordination: 4, advice: 1, improvement: 2, contacts: 3 }),
    ],
    [
      { staff: 150, scope: "follow up", advice: 1, role: "bijdragen", improvement: null, contacts: undefined },
      facts({ staff: 150, role: ROLE_CONTRIBUTES, coordination: 1, advice: 1 }),
    ],
  ] as [RecordedPost, ReturnType<typeof facts>][])("%p is read", (post, expected) => {
    expect(readPost(post)).toEqual(expected);
  });

  test.each([undefined, null, "", "   "])("optional inputs blank (%p) are fine and count as not given", (blank) => {
    expect(readPost({ ...GOOD, role: blank, improvement: blank, contacts: blank })).toEqual(
      facts({ staff: 500, role: ROLE_UNKNOWN, coordination: 3, advice: 2 }),
    );
  });
});

describe("required inputs", () => {
  test.each(["staff", "scope", "advice"] as const)("%s blank → one `blank` problem for it", (argument) => {
    for (const blank of [undefined, null, "", "  "]) {
      expect(problemsOf({ ...GOOD, [argument]: blank })).toEqual([{ code: "blank", argument }]);
    }
  });

  test("all three blank → three `blank` problems, in argument order", () => {
    expect(problemsOf({ staff: "", scope: null, advice: undefined })).toEqual([
      { code: "blank", argument: "staff" },
      { code: "blank", argument: "scope" },
      { code: "blank", argument: "advice" },
    ]);
  });

  test("the blank problem reads as a sentence naming the argument in every language", () => {
    const [problem] = problemsOf({ ...GOOD, advice: "" });
    const texts = LANGS.map((lang) => formatProblem(problem, lang));
    for (const text of texts) expect(text).toMatch(/^advice \(.+\)/);
    expect(new Set(texts).size).toBe(3);
  });
});

describe("bad inputs", () => {
  test("one problem per bad input, in argument order", () => {
    const problems = problemsOf({ staff: "abc", scope: 9, advice: "", role: "maybe", improvement: "x", contacts: true });
    expect(problems.map((p) => [p.code, p.argument])).toEqual([
      ["badHeadcount", "staff"],
      ["unknownDescriptor", "scope"],
      ["blank", "advice"],
      ["badRole", "role"],
      ["unknownDescriptor", "improvement"],
      ["wrongType", "contacts"],
    ]);
  });

  test("the order is the argument order even when only later inputs are bad", () => {
    const problems = problemsOf({ ...GOOD, contacts: "A9", role: "x", improvement: 7 });
    expect(problems.map((p) => p.argument)).toEqual(["role", "improvement", "contacts"]);
  });

  test("unknownDescriptor problems name the right criterion", () => {
    const problems = problemsOf({ staff: 10, scope: "A5", advice: 3, improvement: 4, contacts: 4 });
    expect(problems).toEqual([
      { code: "unknownDescriptor", argument: "scope", value: "A5", criterion: "coordination" },
      { code: "unknownDescriptor", argument: "advice", value: "3", criterion: "advice" },
      { code: "unknownDescriptor", argument: "improvement", value: "4", criterion: "improvement" },
      { code: "unknownDescriptor", argument: "contacts", value: "4", criterion: "contacts" },
    ]);
  });

  test("a fractional headcount", () => {
    expect(problemsOf({ ...GOOD, staff: 12.5 })).toEqual([{ code: "fractionalHeadcount", argument: "staff", value: "12.5" }]);
  });

  test.each([
    [{ code: "#N/A" }, "#N/A"],
    [{ type: "#REF!" }, "#REF!"],
    [{ code: "#VALUE!", type: "#VALUE!" }, "#VALUE!"],
    [{ type: "#DIV/0!" }, "#DIV/0!"],
  ])("Excel error %p → errorValue %p for each input", (error, shown) => {
    for (const argument of ["staff", "scope", "advice", "role", "improvement", "contacts"] as const) {
      expect(problemsOf({ ...GOOD, [argument]: error })).toEqual([{ code: "errorValue", argument, value: shown }]);
    }
  });

  test.each([true, false])("boolean %p → wrongType for each input", (bool) => {
    for (const argument of ["staff", "scope", "advice", "role", "improvement", "contacts"] as const) {
      expect(problemsOf({ ...GOOD, [argument]: bool })).toEqual([{ code: "wrongType", argument, value: String(bool) }]);
    }
  });

  test("errors on every input at once → six problems in argument order", () => {
    const err = { code: "#N/A" };
    const problems = problemsOf({ staff: err, scope: err, advice: err, role: err, improvement: err, contacts: err });
    expect(problems.map((p) => [p.code, p.argument])).toEqual(
      ["staff", "scope", "advice", "role", "improvement", "contacts"].map((a) => ["errorValue", a]),
    );
  });

  test("error-value messages name the input and the error code in every language", () => {
    const [problem] = problemsOf({ ...GOOD, scope: { type: "#REF!" } });
    const texts = LANGS.map((lang) => formatProblem(problem, lang));
    for (const text of texts) {
      expect(text).toContain("scope");
      expect(text).toContain("#REF!");
    }
    expect(new Set(texts).size).toBe(3);
  });
});
