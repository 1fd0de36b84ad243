import { fingerprint } from "../../src/usecases/fingerprint";
import type { CellContent } from "../../src/workbook/port";

/**
 * Fingerprints are kept in the state sheet of workbooks already evaluated:
 * a re-run compares them with the result cells it reads back, so the
 * definition may never change. It is checked here against the definition
 * written out (FNV-1a over each cell as `type:value`, NUL for a blank, 0x1E
 * after each cell) and against values pinned from earlier versions.
 */
function byDefinition(column: readonly CellContent[]): string {
  let hash = 0x811c9dc5;
  for (const value of column) {
    const text = value === null || value === undefined ? "\u0000" : typeof value === "object" ? JSON.stringify(value) : `${typeof value}:${value}`;
    for (const ch of text.split("")) {
      hash ^= ch.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1e;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

const COLUMN: CellContent[] = ["A2", null, "A2–A3", 3, 0, -1.5, true, false, "", { formula: "=1" }, { code: "#N/A" }, "Beste passing A1 (afwijking A1 3 · A2 3)", 1e21, Number.NaN];

test("the fingerprint is the definition's, on every kind of cell and on a long column", () => {
  expect(fingerprint(COLUMN)).toBe(byDefinition(COLUMN));
  const long = Array.from({ length: 5_000 }, (_, i) => COLUMN[(i * 7) % COLUMN.length]);
  expect(fingerprint(long)).toBe(byDefinition(long));
  expect(fingerprint([])).toBe(byDefinition([]));
});

test("fingerprints of earlier versions stay what they were (computed with the code of version 558dc61)", () => {
  expect(fingerprint([])).toBe("811c9dc5");
  expect(fingerprint(COLUMN)).toBe("fe562ab6");
  expect([fingerprint(["A1", "A2", null]), fingerprint([3, 0]), fingerprint([null])]).toEqual(["be811b80", "2c5cfe2a", "f3766893"]);
});
