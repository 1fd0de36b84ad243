/**
 * Classes A1–A4 as numbers 1–4, and bands (sets of levels) as 4-bit masks:
 * bit 0 = A1 … bit 3 = A4. Masks keep the engine allocation-free on hot paths.
 */
export type Level = 1 | 2 | 3 | 4;
export const LEVELS: readonly Level[] = [1, 2, 3, 4];

/** A set of levels; 0 means "not given". */
export type Band = number;

export const NO_BAND: Band = 0;

/** The band holding the levels from `low` to `high` inclusive. */
export function bandOf(low: Level, high: Level = low): Band {
  let band = 0;
  for (let level = low; level <= high; level++) band |= 1 << (level - 1);
  return band;
}

export function bandHas(band: Band, level: Level): boolean {
  return (band & (1 << (level - 1))) !== 0;
}

/** The levels of a band, lowest first. */
export function levelsOf(band: Band): Level[] {
  return LEVELS.filter((level) => bandHas(band, level));
}

/** "A2", "A2–A3", "A2–A4" (bands are always contiguous); "" for no band. */
export function formatBand(band: Band): string {
  return BAND_TEXTS[band] ?? bandText(band);
}

function bandText(band: Band): string {
  const levels = levelsOf(band);
  if (levels.length === 0) return "";
  const low = levels[0];
  const high = levels[levels.length - 1];
  return low === high ? levelCode(low) : `${levelCode(low)}–${levelCode(high)}`;
}

export function levelCode(level: Level): string {
  return LEVEL_CODES[level] ?? `A${level}`;
}

// Made once: a million posts share these few texts instead of each holding its own copies.
const LEVEL_CODES: readonly string[] = ["A0", "A1", "A2", "A3", "A4"];
const BAND_TEXTS: readonly string[] = Array.from({ length: 16 }, (_, band) => bandText(band));

/**
 * DISTANCE[band * 4 + (level - 1)]: how many levels `level` lies from the
 * nearest level of `band`. Precomputed for all 16 masks.
 */
export const DISTANCE: Int8Array = (() => {
  const table = new Int8Array(16 * 4);
  for (let band = 1; band < 16; band++) {
    for (const level of LEVELS) {
      let nearest = 4;
      for (const other of levelsOf(band)) nearest = Math.min(nearest, Math.abs(other - level));
      table[band * 4 + level - 1] = nearest;
    }
  }
  return table;
})();
