import { CRITERIA, type CriterionKey, LEVELS, type Level } from "../domain";

export interface LightChange {
  readonly criterion: CriterionKey;
  readonly level: Level;
  readonly on: boolean;
}

const key = (criterion: CriterionKey, level: Level): string => `${criterion}:${level}`;

/**
 * Which descriptor cells of the matrix sheet the pane has lit while following
 * the selection. Every format write is an entry in the analyst's undo history
 * and marks the workbook changed, so a selection that lights the same cells
 * as the last one writes nothing, and another writes only the cells that
 * change. Unknown (a new follow, a matrix sheet written again): all 20.
 */
export class MatrixLight {
  private sheet: string | undefined;
  private lit: ReadonlySet<string> | undefined;

  /** The cells to write on `sheet` so that exactly `wanted` ("criterion:level") is lit. */
  changes(sheet: string, wanted: ReadonlySet<string>): LightChange[] {
    const known = this.sheet === sheet ? this.lit : undefined;
    const changes: LightChange[] = [];
    for (const criterion of CRITERIA) {
      for (const level of LEVELS) {
        const on = wanted.has(key(criterion, level));
        if (known === undefined || known.has(key(criterion, level)) !== on) changes.push({ criterion, level, on });
      }
    }
    return changes;
  }

  /** Records what Excel now shows, once the writes were sent. */
  shown(sheet: string, lit: ReadonlySet<string>): void {
    this.sheet = sheet;
    this.lit = lit;
  }

  /** Forgets what is lit: the next selection writes all 20 cells. */
  forget(): void {
    this.sheet = undefined;
    this.lit = undefined;
  }
}

/** The key of a lit descriptor. */
export const lightKey = key;
