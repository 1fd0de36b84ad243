/**
 * The five custom functions called as Excel calls them (every argument a
 * matrix, omitted optionals null, blanks ""): shapes, broadcasting, blanks,
 * per-row errors and the default language of messages.
 */
import { MATRIX_CELLS } from "../../src/domain";
import { setDisplayLanguage } from "../../src/functions/displayLanguage";
import {
  ASSISTDETAIL,
  ASSISTEXPLAIN,
  ASSISTLEVEL,
  DESCRIPTOR,
  type ExcelFunction,
  MEETS,
  cell,
  column,
  isFunctionError,
  plain,
  valueErrorMessage,
} from "./excelCalls";

afterEach(() => setDisplayLanguage("en"));

interface Parameter {
  readonly name: string;
  readonly optional: boolean;
  /** A value this parameter rejects. */
  readonly bad: unknown;
}

interface Case {
  readonly id: string;
  readonly fn: ExcelFunction;
  readonly width: number;
  readonly parameters: readonly Parameter[];
  /** Two good posts/queries (one value per parameter, null = omitted) and their result rows. */
  readonly good: readonly [readonly unknown[], readonly unknown[]];
  readonly expected: readonly [readonly unknown[], readonly unknown[]];
}

const req = (name: string, bad: unknown): Parameter => ({ name, optional: false, bad });
const opt = (name: string, bad: unknown): Parameter => ({ name, optional: true, bad });
const POST = [req("staff", "lots"), req("scope", "zigzag"), req("advice", 7), opt("role", "boss"), opt("improvement", "A9"), opt("contacts", "nobody")];

const CASES: readonly Case[] = [
  {
    id: "ASSISTLEVEL", fn: ASSISTLEVEL, width: 1, parameters: POST,
    good: [[150, 1, 1, null, null, null], [500, 3, 2, "responsible", 2, 2]],
    expected: [["A1"], ["A3"]],
  },
  {
    id: "ASSISTDETAIL", fn: ASSISTDETAIL, width: 8, parameters: POST,
    good: [[150, 1, 1, null, null, null], [500, 3, 2, "responsible", 2, 2]],
    expected: [["A1", "A1", "A1–A2", "A1–A2", "", "", 0, "role-unknown"], ["A3", "A3", "A3", "A3–A4", "A2–A3", "A3", 0, ""]],
  },
  {
    id: "ASSISTEXPLAIN", fn: ASSISTEXPLAIN, width: 1, parameters: [...POST, opt("language", "de")],
    good: [[150, 1, 1, null, null, null, null], [500, 3, 2, "responsible", 2, 2, "en"]],
    expected: [
      [expect.stringMatching(/^Indicative class A1 \(misfit 0\)\. Coordination meets A1: “Follow up and coordinate/)],
      [expect.stringMatching(/^Indicative class A3 \(misfit 0\)\. .*Management support \(500 staff, responsible\) meets A3: /)],
    ],
  },
  {
    id: "DESCRIPTOR", fn: DESCRIPTOR, width: 1, parameters: [req("criterion", "salary"), req("level", "A5"), opt("language", "de")],
    good: [["advice", "A1", null], ["contacts", "A4", "nl"]],
    expected: [[MATRIX_CELLS.advice[0].en], [MATRIX_CELLS.contacts[3].nl]],
  },
  {
    id: "MEETS", fn: MEETS, width: 1, parameters: [req("criterion", "salary"), req("level", "A5"), req("value", "zigzag"), opt("role", "boss")],
    good: [["support", "A2", 500, "contributes"], ["support", "A3", 500, "contributes"]],
    expected: [[true], [false]],
  },
];

/** The good values of a case as single cells (null stays null: an omitted argument). */
const asCells = (values: readonly unknown[]): unknown[] => values.map((v) => (v === null ? null : cell(v)));

/** Parameter index `at` as a column of `values`, the others as the first good post's single cells. */
function withColumn(c: Case, at: number, values: unknown[]): unknown[] {
  const args = asCells(c.good[0]);
  args[at] = column(...values);
  return args;
}

/** Asserts a result row is `height` rows of `width` cells. */
function expectShape(result: unknown[][], height: number, width: number): void {
  expect(result).toHaveLength(height);
  for (const row of result) expect(row).toHaveLength(width);
}

describe.each(CASES)("$id", (c) => {
  const names = c.parameters.map((p) => p.name);

  it("single cells give one row", () => {
    expect(c.fn(...asCells(c.good[0]))).toEqual([c.expected[0]]);
    expect(c.fn(...asCells(c.good[1]))).toEqual([c.expected[1]]);
  });

  it("columns of equal height are evaluated row by row", () => {
    const rows = [c.good[0], c.good[1], c.good[0]];
    const args = names.map((_, i) => (rows.every((r) => r[i] === null) ? null : column(...rows.map((r) => r[i] ?? ""))));
    const result = c.fn(...args);
    expect(result).toEqual([c.expected[0], c.expected[1], c.expected[0]]);
  });

  it.each(names.map((name, i) => [name, i] as const))("single cells are broadcast against a column for %s", (_, at) => {
    const variant = [...c.good[0]];
    variant[at] = c.good[1][at];
    const [variantRow] = c.fn(...asCells(variant));
    expect(variantRow.some(isFunctionError)).toBe(false);
    const result = c.fn(...withColumn(c, at, [c.good[0][at] ?? "", c.good[1][at] ?? "", c.good[0][at] ?? ""]));
    expect(result).toEqual([c.expected[0], variantRow, c.expected[0]]);
  });

  it("ranges of different heights give one #VALUE! naming both heights", () => {
    const args = asCells(c.good[0]);
    args[0] = column(...Array(2).fill(c.good[0][0]));
    args[1] = column(...Array(3).fill(c.good[0][1]));
    const result = c.fn(...args);
    expectShape(result, 1, 1);
    const message = valueErrorMessage(result[0][0]);
    expect(message).toContain(`${names[0]}: 2 rows`);
    expect(message).toContain(`${names[1]}: 3 rows`);
  });

  it.each(names.map((name, i) => [name, i] as const))("a two-column range for %s gives one #VALUE! naming it", (name, at) => {
    const args = asCells(c.good[0]);
    const v = c.good[0][at] ?? "";
    args[at] = [[v, v], [v, v]];
    const result = c.fn(...args);
    expectShape(result, 1, 1);
    const message = valueErrorMessage(result[0][0]);
    expect(message).toMatch(new RegExp(`^${name} \\(.*\\) spans 2 columns`));
  });

  it("omitted optional arguments may be null, absent or blank cells", () => {
    const required = c.parameters.filter((p) => !p.optional).length;
    const values = c.good[0].slice(0, required);
    const blanks = c.parameters.slice(required).map(() => cell(""));
    expect(c.fn(...values.map(cell), ...blanks.map(() => null))).toEqual([c.expected[0]]);
    expect(c.fn(...values.map(cell))).toEqual([c.expected[0]]);
    expect(c.fn(...values.map(cell), ...blanks)).toEqual([c.expected[0]]);
    expect(c.fn(...values.map(cell), ...c.parameters.slice(required).map(() => [[null]]))).toEqual([c.expected[0]]);
  });

  it.each(c.parameters.filter((p) => p.optional).map((p) => [p.name, names.indexOf(p.name)] as const))(
    "a blank %s cell in a range is ignored",
    (_, at) => {
      const result = c.fn(...withColumn(c, at, [c.good[0][at] ?? "", "", null, "   "]));
      expect(plain(result)).toEqual(Array(4).fill(c.expected[0]));
    },
  );

  it.each(c.parameters.filter((p) => !p.optional && !(c.id === "MEETS" && p.name === "value")).map((p) => [p.name, names.indexOf(p.name)] as const))(
    "a blank required %s makes only that row #VALUE!",
    (name, at) => {
      const result = c.fn(...withColumn(c, at, [c.good[0][at], "", null]));
      expectShape(result, 3, c.width);
      expect(result[0]).toEqual(c.expected[0]);
      for (const row of [1, 2]) {
        for (const x of result[row]) {
          const message = valueErrorMessage(x);
          expect(message).toMatch(new RegExp(`^row ${row + 1}: ${name} \\(.*\\) is empty but required\\.`));
        }
      }
    },
  );

  it.each(c.parameters.map((p, i) => [p.name, i, p.bad] as const))(
    "one bad %s among good rows: only that row is #VALUE!, naming row, argument and value",
    (name, at, bad) => {
      const good = c.good[0][at] ?? "";
      const result = c.fn(...withColumn(c, at, [good, bad, good, good]));
      expectShape(result, 4, c.width);
      expect([result[0], result[2], result[3]]).toEqual([c.expected[0], c.expected[0], c.expected[0]]);
      for (const x of result[1]) {
        const message = valueErrorMessage(x);
        expect(message.startsWith("row 2: ")).toBe(true);
        expect(message).toContain(`${name} (`);
        expect(message).toContain(String(bad));
      }
    },
  );

  it.each(c.parameters.map((p, i) => [p.name, i] as const))("an error cell in %s is reported with its code", (name, at) => {
    const good = c.good[0][at] ?? "";
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    const result = c.fn(...withColumn(c, at, [good, na, { code: "#REF!" }]));
    expect(result[0]).toEqual(c.expected[0]);
    expect(valueErrorMessage(result[1][0])).toMatch(new RegExp(`^row 2: ${name} \\(.*#N/A`));
    expect(valueErrorMessage(result[2][0])).toMatch(new RegExp(`^row 3: ${name} \\(.*#REF!`));
  });

  it.each([
    ["nl-BE", "rij 2: ", "De bereiken zijn niet even hoog"],
    ["nl-NL", "rij 2: ", "De bereiken zijn niet even hoog"],
    ["fr-FR", "ligne 2 : ", "Les plages n'ont pas la même hauteur"],
    ["fr-BE", "ligne 2 : ", "Les plages n'ont pas la même hauteur"],
    ["de-DE", "row 2: ", "The ranges have different heights"],
    ["en-US", "row 2: ", "The ranges have different heights"],
  ])("with Office's display language %s, messages start %j", (locale, prefix, mismatch) => {
    setDisplayLanguage(locale);
    const at = 0;
    const good = c.good[0][at];
    const result = c.fn(...withColumn(c, at, [good, c.parameters[at].bad]));
    expect(isFunctionError(result[0][0])).toBe(false);
    expect(valueErrorMessage(result[1][0]).startsWith(prefix)).toBe(true);
    const args = asCells(c.good[0]);
    args[0] = column(good, good);
    args[1] = column(c.good[0][1], c.good[0][1], c.good[0][1]);
    expect(valueErrorMessage(c.fn(...args)[0][0])).toContain(mismatch);
  });
});

/** A UTF-16 surrogate without its partner: half a character, shown as garbage. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("a long value is shortened in the message", () => {
  it.each(CASES)("$id: a 32,767-character value is not echoed whole", (c) => {
    const args = asCells(c.good[0]);
    args[0] = cell("x".repeat(32767));
    const message = valueErrorMessage(c.fn(...args)[0][0]);
    expect(message.length).toBeLessThan(500);
    expect(message).toMatch(/"x{10,}…"/);
  });

  it("a value of emoji is cut between characters, not inside a surrogate pair", () => {
    for (const value of ["😀".repeat(100), "ab" + "😀".repeat(100)]) {
      const message = valueErrorMessage(ASSISTLEVEL(cell(value), cell(1), cell(1), null, null, null)[0][0]);
      expect(message).toContain("…");
      expect(message).not.toMatch(LONE_SURROGATE);
    }
  });
});

describe("display language reset", () => {
  it("is English again after a test changed it", () => {
    expect(valueErrorMessage(ASSISTLEVEL(column(150, "x"), cell(1), cell(1), null, null, null)[1][0])).toMatch(/^row 2: /);
  });
});
