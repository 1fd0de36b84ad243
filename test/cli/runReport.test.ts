import { cliText } from "../../src/cli/cliText";
import { PROBLEM_LINES, problemLines, summaryLines } from "../../src/cli/runReport";
import { assess } from "../../src/domain";
import type { EvaluationReport, PostResult } from "../../src/usecases/evaluateInventory";

const en = cliText("en");

function report(posts: PostResult[], blank = 0): EvaluationReport {
  return {
    mapping: { sheet: "Posts", headerRow: 1, firstRow: 2, lastRow: posts.length + 1, lastColumn: 5, headers: [], columns: {}, absent: [], recognised: {} },
    language: "en",
    column: 6,
    mode: "values",
    posts,
    evaluated: posts.filter((p) => p.assessment).length,
    invalid: posts.filter((p) => p.problems).length,
    blank,
    validation: [],
    ownership: { sheets: {}, results: {} },
  };
}

const bad = (row: number, problems: string[]): PostResult => ({ row, postId: `P${row}`, currentClass: "", problems });
const good = (row: number, staff: number, coordination: number, role: 0 | 1 | 2 = 1): PostResult => {
  const facts = { staff, role, coordination, advice: 1, improvement: 0, contacts: 0 };
  return { row, postId: `P${row}`, currentClass: "", facts, assessment: assess(facts) };
};

describe("the stderr list of rows in error", () => {
  it("is empty when every row was evaluated", () => {
    expect(problemLines(report([good(2, 150, 1)]), en)).toEqual([]);
  });

  it("gives one line per problem, after a header counting the rows", () => {
    const lines = problemLines(report([bad(2, ['C2 staff: "x"', 'D2 scope: "y"']), good(3, 150, 1), bad(4, ["C4 staff is empty"])]), en);
    expect(lines).toEqual(["2 rows could not be evaluated:", 'C2 staff: "x"', 'D2 scope: "y"', "C4 staff is empty"]);
  });

  it(`stops after ${PROBLEM_LINES} lines and says how many more`, () => {
    const posts = Array.from({ length: 60 }, (_, i) => bad(i + 2, [`C${i + 2} staff: "x"`]));
    const lines = problemLines(report(posts), en);
    expect(lines).toHaveLength(1 + PROBLEM_LINES + 1);
    expect(lines[PROBLEM_LINES]).toBe('C51 staff: "x"');
    expect(lines[lines.length - 1]).toBe("… and 10 more");
  });
});

describe("the stdout summary", () => {
  it("counts posts per class, errors, blanks and flags", () => {
    const posts = [good(2, 150, 1), good(3, 200, 2), good(4, 5000, 1, 0), bad(5, ["C5 …"])];
    const lines = summaryLines(report(posts, 2), { path: "out.xlsx", format: "xlsx" }, ["Matrix A1-A4", "Summary", "Audit log"], en);
    expect(lines).toEqual([
      'Written: out.xlsx (sheet "Posts", result columns F–AH)',
      "Sheets added or updated: Matrix A1-A4, Summary, Audit log",
      "Posts evaluated: 3 (A1 2, A2 1, A3 0, A4 0)",
      "Rows in error:   1",
      "Blank rows:      2",
      "Flagged:         tie 1, boundary 1, role unknown 1",
    ]);
  });
});
