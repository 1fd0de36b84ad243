/**
 * evaluation-model.md §2 (bands) and the flags of §3, checked exhaustively
 * against the page's tables.
 */
import {
  FLAG_CODES,
  ORDINAL_DESCRIPTORS,
  ROLE_CONTRIBUTES,
  ROLE_RESPONSIBLE,
  ROLE_UNKNOWN,
  type Role,
  assess,
  bandOf,
  bandsOf,
  flagCodes,
  formatBand,
  ordinalBand,
  supportBand,
} from "../../src/domain";
import { PAGE_ORDINAL_BANDS, facts, grid, mask, pageAssess } from "./helpers";

describe("ordinal descriptors → band (section 2)", () => {
  const rows: ["coordination" | "advice" | "improvement" | "contacts", number, number[]][] = [
    ["coordination", 1, [1]],
    ["coordination", 2, [2]],
    ["coordination", 3, [3]],
    ["coordination", 4, [4]],
    ["advice", 1, [1, 2]],
    ["advice", 2, [3, 4]],
    ["improvement", 1, [1]],
    ["improvement", 2, [2, 3]],
    ["improvement", 3, [4]],
    ["contacts", 1, [1, 2]],
    ["contacts", 2, [3]],
    ["contacts", 3, [4]],
  ];

  test.each(rows)("%s %p → levels %p", (criterion, number, levels) => {
    expect(ordinalBand(criterion, number)).toBe(mask(...levels));
    expect(ORDINAL_DESCRIPTORS[criterion][number - 1].number).toBe(number);
    expect(ORDINAL_DESCRIPTORS[criterion][number - 1].band).toBe(mask(...levels));
  });

  test("the table covers every descriptor and nothing else", () => {
    for (const criterion of ["coordination", "advice", "improvement", "contacts"] as const) {
      expect(ORDINAL_DESCRIPTORS[criterion]).toHaveLength(PAGE_ORDINAL_BANDS[criterion].length);
      expect(rows.filter((r) => r[0] === criterion)).toHaveLength(PAGE_ORDINAL_BANDS[criterion].length);
    }
  });

  test("descriptor 0 (not given) has no band", () => {
    for (const criterion of ["coordination", "advice", "improvement", "contacts"] as const) {
      expect(ordinalBand(criterion, 0)).toBe(0);
    }
  });
});

describe("management support → band (section 2)", () => {
  const C = ROLE_CONTRIBUTES;
  const R = ROLE_RESPONSIBLE;
  const U = ROLE_UNKNOWN;
  // role, headcount, levels — straight from the page's table.
  const rows: [Role, number, number[]][] = [];
  const expected: Record<Role, [number[], number[], number[]]> = {
    [C]: [[1], [2], [2]],
    [R]: [[2], [3], [3, 4]],
    [U]: [[1, 2], [2, 3], [2, 3, 4]],
  };
  const column = (n: number): number => (n < 200 ? 0 : n <= 1000 ? 1 : 2);
  for (const role of [C, R, U] as Role[]) {
    for (const n of [1, 199, 200, 201, 999, 1000, 1001, 5000]) rows.push([role, n, expected[role][column(n)]]);
  }

  test.each(rows)("role %p, headcount %p → levels %p", (role, n, levels) => {
    expect(supportBand(n, role)).toBe(mask(...levels));
    expect(bandsOf(facts({ staff: n, role })).support).toBe(mask(...levels));
  });

  test("spot checks of the boundaries: 200 is 'more than 200', 1000 is not 'more than 1000'", () => {
    expect(supportBand(199, C)).toBe(mask(1));
    expect(supportBand(200, C)).toBe(mask(2));
    expect(supportBand(1000, R)).toBe(mask(3));
    expect(supportBand(1001, R)).toBe(mask(3, 4));
  });

  test("headcount 0 (not given) has no band", () => {
    for (const role of [C, R, U] as Role[]) expect(supportBand(0, role)).toBe(0);
  });
});

describe("bandOf / formatBand", () => {
  test.each([
    [1, 1, [1], "A1"],
    [2, 3, [2, 3], "A2–A3"],
    [2, 4, [2, 3, 4], "A2–A4"],
    [4, 4, [4], "A4"],
  ] as const)("bandOf(%p, %p)", (low, high, levels, text) => {
    expect(bandOf(low, high)).toBe(mask(...levels));
    expect(formatBand(bandOf(low, high))).toBe(text);
  });
  test("no band formats as empty", () => expect(formatBand(0)).toBe(""));
});

describe("flags", () => {
  test("boundary is raised exactly at 200 and 1000", () => {
    for (const n of [1, 199, 200, 201, 999, 1000, 1001, 5000]) {
      for (const role of [ROLE_CONTRIBUTES, ROLE_RESPONSIBLE, ROLE_UNKNOWN] as Role[]) {
        const codes = flagCodes(assess(facts({ staff: n, role, coordination: 2, advice: 1 })).flags);
        expect([n, role, codes.includes("boundary")]).toEqual([n, role, n === 200 || n === 1000]);
      }
    }
  });

  test("role-unknown only when staff is given and the role is blank", () => {
    const flagged = (f: Parameters<typeof facts>[0]): boolean =>
      flagCodes(assess(facts({ coordination: 2, advice: 1, ...f })).flags).includes("role-unknown");
    expect(flagged({ staff: 500, role: ROLE_UNKNOWN })).toBe(true);
    expect(flagged({ staff: 500, role: ROLE_CONTRIBUTES })).toBe(false);
    expect(flagged({ staff: 500, role: ROLE_RESPONSIBLE })).toBe(false);
    expect(flagged({ staff: 0, role: ROLE_UNKNOWN })).toBe(false);
  });

  test("no staff given: neither boundary nor role-unknown, and support does not count", () => {
    const r = assess(facts({ staff: 0, coordination: 3, advice: 2 }));
    expect(r.bands.support).toBe(0);
    expect(r.misfits).toEqual([4, 2, 0, 1]); // coordination A3 + advice A3–A4 only
    expect(flagCodes(r.flags)).toEqual([]);
  });

  test.each([
    // [description, facts, level, spread?]
    // coordination A3, advice A1–A2, support A1, improvement A1: A1 misfit 2+0+0+0; coordination 2 away → spread
    ["a band exactly 2 levels away", facts({ staff: 100, role: ROLE_CONTRIBUTES, coordination: 3, advice: 1, improvement: 1 }), 1, true],
    // coordination 1, advice 1, support A1, contacts A4: A1 misfit 3, contacts 3 away → spread
    ["a band 3 levels away", facts({ staff: 100, role: ROLE_CONTRIBUTES, coordination: 1, advice: 1, contacts: 3 }), 1, true],
    // coordination A4, advice A1–A2, support A1: A1 = 3+0+0 = A2 = 2+0+1 → tie A1, coordination 3 away → spread
    ["a tie with a far band", facts({ staff: 100, role: ROLE_CONTRIBUTES, coordination: 4, advice: 1 }), 1, true],
    // coordination A2, advice A1–A2, support A1: A1 = 1 = A2 → A1, every band within 1 → no spread
    ["every band within one level", facts({ staff: 100, role: ROLE_CONTRIBUTES, coordination: 2, advice: 1 }), 1, false],
    // coordination A3, advice A3–A4, support A2 (500 contributes): A3, support 1 away → no spread
    ["a band one level away", facts({ staff: 500, role: ROLE_CONTRIBUTES, coordination: 3, advice: 2 }), 3, false],
    // 500 scope 4 advice 2 (worked example, tie A3/A4): coordination A4 is 1 from A3 → no spread
    ["the tied worked example", facts({ staff: 500, coordination: 4, advice: 2 }), 3, false],
  ])("spread: %s", (_d, f, level, spread) => {
    const r = assess(f);
    expect(r.level).toBe(level);
    expect(flagCodes(r.flags).includes("spread")).toBe(spread);
  });

  test("tie: the lowest tied level is taken and the flag is raised", () => {
    // coordination A1 + contacts A4: misfits 3,3,3,3 → all tied → A1
    const all = assess(facts({ coordination: 1, contacts: 3 }));
    expect(all.misfits).toEqual([3, 3, 3, 3]);
    expect(all.level).toBe(1);
    expect(flagCodes(all.flags)).toContain("tie");
    // coordination A3 + advice A1–A2: misfits 2,1,1,3 → A2 (not A3)
    const mid = assess(facts({ coordination: 3, advice: 1 }));
    expect(mid.misfits).toEqual([2, 1, 1, 3]);
    expect(mid.level).toBe(2);
    expect(flagCodes(mid.flags)).toContain("tie");
    // coordination A4 + advice A3–A4: misfits 5,3,1,0 → A4, no tie
    const none = assess(facts({ coordination: 4, advice: 2 }));
    expect(none.level).toBe(4);
    expect(flagCodes(none.flags)).not.toContain("tie");
  });

  test("flagCodes lists the codes in their bit order", () => {
    expect(FLAG_CODES).toEqual(["tie", "spread", "boundary", "role-unknown"]);
    expect(flagCodes(0)).toEqual([]);
    expect(flagCodes(15)).toEqual(["tie", "spread", "boundary", "role-unknown"]);
    expect(flagCodes(4 | 1)).toEqual(["tie", "boundary"]);
  });
});

describe("the whole input grid agrees with a reference model written from the page", () => {
  test("misfits, level and flags for every post of the grid", () => {
    let checked = 0;
    const mismatches: string[] = [];
    for (const f of grid()) {
      const page = pageAssess(f);
      const r = assess(f);
      const got = { level: r.level, misfits: [...r.misfits], flags: flagCodes(r.flags) };
      if (JSON.stringify(got) !== JSON.stringify(page)) {
        mismatches.push(`${JSON.stringify(f)}: got ${JSON.stringify(got)}, page ${JSON.stringify(page)}`);
      }
      expect(r.misfit).toBe(r.misfits[r.level - 1]);
      checked++;
    }
    expect(checked).toBe(10 * 3 * 4 * 2 * 4 * 4);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
