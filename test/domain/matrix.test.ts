/**
 * MATRIX_CELLS against the seed (evaluation-model.md §1): the Dutch texts are
 * the seed's verbatim, adjacent cells share a text exactly where the seed's do,
 * and the French and English cells are translations.
 */
import * as fs from "fs";
import * as path from "path";
import { CRITERIA, MATRIX_CELLS, ORDINAL_DESCRIPTORS, ORDINAL_CRITERIA } from "../../src/domain";

const SEED_PATH = path.resolve(__dirname, "../../docs/source/000_b3e58612e6259128.txt");
const seed = fs.readFileSync(SEED_PATH, "utf8").normalize("NFC").replace(/\s+/g, " ");

const CELLS = CRITERIA.flatMap((c) => MATRIX_CELLS[c].map((cell, i) => [c, `A${i + 1}`, cell] as const));

describe("Dutch cells are the seed's text", () => {
  test("there are 5 × 4 = 20 cells", () => {
    expect(CELLS).toHaveLength(20);
  });

  test.each(CELLS)("%s %s occurs verbatim in the seed", (_c, _l, cell) => {
    expect(cell.nl).not.toMatch(/\s{2}|^\s|\s$/);
    expect(seed).toContain(cell.nl.normalize("NFC"));
  });

  test("the cells occur in the seed in matrix order (row by row, A1 → A4)", () => {
    let position = -1;
    const order: string[] = [];
    for (const [c, level, cell] of CELLS) {
      const next = seed.indexOf(cell.nl.normalize("NFC"), position + 1);
      order.push(`${c} ${level}: ${next > position ? "in order" : `not after ${position}`}`);
      if (next > position) position = next;
    }
    expect(order.filter((o) => !o.endsWith("in order"))).toEqual([]);
  });
});

describe("adjacent cells", () => {
  // [criterion, A(n) and A(n+1) carry the same text] for n = 1, 2, 3
  const SAME: Record<(typeof CRITERIA)[number], [boolean, boolean, boolean]> = {
    coordination: [false, false, false],
    support: [false, false, false],
    advice: [true, false, true],
    improvement: [false, true, false],
    contacts: [true, false, false],
  };
  const pairs = CRITERIA.flatMap((c) => [0, 1, 2].map((i) => [c, `A${i + 1}/A${i + 2}`, i, SAME[c][i]] as const));

  test.each(pairs)("%s %s same text: %p", (c, _pair, i, same) => {
    const [a, b] = [MATRIX_CELLS[c][i], MATRIX_CELLS[c][i + 1]];
    for (const lang of ["nl", "fr", "en"] as const) {
      expect([lang, a[lang] === b[lang]]).toEqual([lang, same]);
    }
  });

  test("non-adjacent cells of a criterion differ too, unless the page's bands join them", () => {
    for (const c of CRITERIA) {
      const texts = MATRIX_CELLS[c].map((cell) => cell.nl);
      expect([c, texts[0] === texts[2], texts[1] === texts[3], texts[0] === texts[3]]).toEqual([c, false, false, false]);
    }
  });
});

describe("translations", () => {
  test.each(CELLS)("%s %s: French and English are non-empty and not the Dutch", (_c, _l, cell) => {
    for (const lang of ["fr", "en"] as const) {
      expect(cell[lang].trim().length).toBeGreaterThan(20);
      expect(cell[lang]).not.toBe(cell.nl);
    }
    expect(cell.fr).not.toBe(cell.en);
    // every text is one sentence ending in a full stop, as in the seed
    for (const lang of ["nl", "fr", "en"] as const) expect(cell[lang].endsWith(".")).toBe(true);
  });
});

describe("ORDINAL_DESCRIPTORS are the distinct cells of each ordinal criterion", () => {
  test.each([...ORDINAL_CRITERIA])("%s", (c) => {
    const distinct = MATRIX_CELLS[c].filter((cell, i, all) => i === 0 || all[i - 1].nl !== cell.nl);
    expect(ORDINAL_DESCRIPTORS[c].map((d) => d.text)).toEqual(distinct);
    for (const d of ORDINAL_DESCRIPTORS[c]) {
      for (let level = 1; level <= 4; level++) {
        const inBand = (d.band & (1 << (level - 1))) !== 0;
        expect([d.number, level, MATRIX_CELLS[c][level - 1] === d.text || MATRIX_CELLS[c][level - 1].nl === d.text.nl]).toEqual([
          d.number,
          level,
          inBand,
        ]);
      }
    }
  });
});
