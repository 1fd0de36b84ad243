/**
 * evaluation-model.md §3: the worked-examples table, row by row, and a few
 * hand-checked posts with the role, improvement and contacts given.
 */
import {
  ROLE_CONTRIBUTES,
  ROLE_RESPONSIBLE,
  ROLE_UNKNOWN,
  assess,
  flagCodes,
  readPost,
} from "../../src/domain";
import { facts } from "./helpers";

describe("worked examples of the model page (staff, scope, advice; role not given)", () => {
  // staff | scope | advice | misfit at A1..A4 | level | flags — copied from the page.
  const rows: [number, number, number, [number, number, number, number], number, string[]][] = [
    [150, 1, 1, [0, 1, 4, 7], 1, ["role-unknown"]],
    [150, 2, 1, [1, 0, 3, 6], 2, ["role-unknown"]],
    [50, 3, 1, [2, 1, 2, 5], 2, ["role-unknown"]],
    [500, 3, 2, [5, 2, 0, 2], 3, ["role-unknown"]],
    [500, 4, 2, [6, 3, 1, 1], 3, ["tie", "role-unknown"]],
    [1500, 4, 2, [6, 3, 1, 0], 4, ["role-unknown"]],
    [5000, 1, 1, [1, 1, 3, 5], 1, ["tie", "role-unknown"]],
  ];

  test.each(rows)("staff %p, scope %p, advice %p → misfits %p, A%p, flags %p", (staff, scope, advice, misfits, level, flags) => {
    const result = assess(facts({ staff, coordination: scope, advice }));
    expect(result.misfits).toEqual(misfits);
    expect(result.level).toBe(level);
    expect(result.misfit).toBe(misfits[level - 1]);
    expect(flagCodes(result.flags)).toEqual(flags);
  });

  test.each(rows)("the same row typed as cells (staff %p, scope %p, advice %p) gives the same level", (staff, scope, advice, _m, level) => {
    const post = readPost({ staff: String(staff), scope: String(scope), advice: String(advice), role: "" });
    if (Array.isArray(post)) throw new Error(`not read: ${JSON.stringify(post)}`);
    expect(post).toEqual(facts({ staff, coordination: scope, advice, role: ROLE_UNKNOWN }));
    expect(assess(post).level).toBe(level);
  });
});

describe("hand-checked posts with the role and optional criteria given", () => {
  test("1500, responsible, scope 3, advice 2, improvement 2, contacts 2 → A3, no flags", () => {
    // bands: support n>1000 responsible A3–A4, coordination 3 A3, advice 2 A3–A4,
    //        improvement 2 A2–A3, contacts 2 A3
    // A1: 2+2+2+1+2 = 9   A2: 1+1+1+0+1 = 4   A3: 0+0+0+0+0 = 0   A4: 0+1+0+1+1 = 3
    const r = assess(facts({ staff: 1500, role: ROLE_RESPONSIBLE, coordination: 3, advice: 2, improvement: 2, contacts: 2 }));
    expect(r.misfits).toEqual([9, 4, 0, 3]);
    expect(r.level).toBe(3);
    expect(r.misfit).toBe(0);
    expect(flagCodes(r.flags)).toEqual([]);
  });

  test("100, contributes, every descriptor 1 → A1, no flags", () => {
    // bands: support A1, coordination A1, advice A1–A2, improvement A1, contacts A1–A2
    // A1: 0   A2: 1+1+0+1+0 = 3   A3: 2+2+1+2+1 = 8   A4: 3+3+2+3+2 = 13
    const r = assess(facts({ staff: 100, role: ROLE_CONTRIBUTES, coordination: 1, advice: 1, improvement: 1, contacts: 1 }));
    expect(r.misfits).toEqual([0, 3, 8, 13]);
    expect(r.level).toBe(1);
    expect(flagCodes(r.flags)).toEqual([]);
  });

  test("200 (boundary), responsible, scope 2, advice 1, improvement 3, contacts 1 → A2 with spread and boundary", () => {
    // 200 belongs to 200 ≤ n ≤ 1000: support responsible → A3
    // bands: support A3, coordination A2, advice A1–A2, improvement A4, contacts A1–A2
    // A1: 2+1+0+3+0 = 6   A2: 1+0+0+2+0 = 3   A3: 0+1+1+1+1 = 4   A4: 1+2+2+0+2 = 7
    // improvement (A4) lies 2 levels from A2 → spread
    const r = assess(facts({ staff: 200, role: ROLE_RESPONSIBLE, coordination: 2, advice: 1, improvement: 3, contacts: 1 }));
    expect(r.misfits).toEqual([6, 3, 4, 7]);
    expect(r.level).toBe(2);
    expect(flagCodes(r.flags)).toEqual(["spread", "boundary"]);
  });

  test("1000 (boundary, not > 1000), contributes, scope 4, advice 2, contacts 3 → A4 with spread and boundary", () => {
    // 1000 is not "more than 1000": support contributes → A2
    // bands: support A2, coordination A4, advice A3–A4, contacts A4 (improvement blank)
    // A1: 1+3+2+3 = 9   A2: 0+2+1+2 = 5   A3: 1+1+0+1 = 3   A4: 2+0+0+0 = 2
    // support (A2) lies 2 levels from A4 → spread
    const r = assess(facts({ staff: 1000, role: ROLE_CONTRIBUTES, coordination: 4, advice: 2, contacts: 3 }));
    expect(r.misfits).toEqual([9, 5, 3, 2]);
    expect(r.level).toBe(4);
    expect(flagCodes(r.flags)).toEqual(["spread", "boundary"]);
  });

  test("300, contributes, scope 3, advice 1, improvement 2, contacts 2 → tie A2/A3, the lowest (A2) is taken", () => {
    // bands: support A2, coordination A3, advice A1–A2, improvement A2–A3, contacts A3
    // A1: 1+2+0+1+2 = 6   A2: 0+1+0+0+1 = 2   A3: 1+0+1+0+0 = 2   A4: 2+1+2+1+1 = 7
    const r = assess(facts({ staff: 300, role: ROLE_CONTRIBUTES, coordination: 3, advice: 1, improvement: 2, contacts: 2 }));
    expect(r.misfits).toEqual([6, 2, 2, 7]);
    expect(r.level).toBe(2);
    expect(flagCodes(r.flags)).toEqual(["tie"]);
  });

  test("5000, responsible, scope 4, advice 2, improvement 3, contacts 3 → A4, misfit 0", () => {
    // bands: support A3–A4, coordination A4, advice A3–A4, improvement A4, contacts A4
    // A1: 2+3+2+3+3 = 13   A2: 1+2+1+2+2 = 8   A3: 0+1+0+1+1 = 3   A4: 0
    const r = assess(facts({ staff: 5000, role: ROLE_RESPONSIBLE, coordination: 4, advice: 2, improvement: 3, contacts: 3 }));
    expect(r.misfits).toEqual([13, 8, 3, 0]);
    expect(r.level).toBe(4);
    expect(flagCodes(r.flags)).toEqual([]);
  });

  test("blank optional criteria do not count: 150, role unknown, scope 1, advice 1 with improvement/contacts blank equals the first table row", () => {
    const withBlanks = assess(facts({ staff: 150, coordination: 1, advice: 1, improvement: 0, contacts: 0 }));
    expect(withBlanks.misfits).toEqual([0, 1, 4, 7]);
    // adding contacts 3 (A4) adds 3,2,1,0
    const withContacts = assess(facts({ staff: 150, coordination: 1, advice: 1, contacts: 3 }));
    expect(withContacts.misfits).toEqual([3, 3, 5, 7]);
    expect(withContacts.level).toBe(1);
    expect(flagCodes(withContacts.flags)).toEqual(["tie", "spread", "role-unknown"]);
  });
});
