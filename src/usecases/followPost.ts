import { CRITERIA, type Language, LEVELS, POST_INPUT_KEYS, argumentLabel, assess, bandHas, flagCodes, formatProblem, readPostValues } from "../domain";
import type { WorkbookPort } from "../workbook/port";
import type { InventoryMapping } from "./mapInventory";
import { MatrixLight, lightKey } from "./matrixLight";
import { matrixCell } from "./matrixSheet/loadMatrix";
import { readOwnership } from "./ownership";
import type { SelectedPost } from "./paneJobs.types";
import { text } from "./readPosts";
import { LEVEL_COLOURS } from "./resultColumns";

/**
 * The post on `row` of the mapped inventory (null outside it), lighting on
 * the matrix sheet the descriptors it meets and darkening the others: one
 * row read, and a style call for each matrix cell whose light changes since
 * the last call with the same `light` (all 20 the first time).
 */
export async function followPost(
  port: WorkbookPort,
  mapping: InventoryMapping,
  row: number | null,
  language: Language,
  light: MatrixLight = new MatrixLight(),
): Promise<SelectedPost | null> {
  const inside = row !== null && row >= mapping.firstRow && row <= mapping.lastRow;
  const columns = [...POST_INPUT_KEYS.map((input) => mapping.columns[input]), mapping.columns.postId].filter((c): c is number => c !== undefined);
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const [ownership, values] = await Promise.all([
    readOwnership(port, language),
    inside ? port.readValues({ sheet: mapping.sheet, row, column: first, rows: 1, columns: last - first + 1 }) : Promise.resolve(null),
  ]);
  const cell = (column: number | undefined) => (column === undefined || !values ? null : values[0][column - first]);
  let post: SelectedPost | null = null;
  if (inside && values) {
    const facts = readPostValues(POST_INPUT_KEYS.map((input) => cell(mapping.columns[input])));
    const base = { sheet: mapping.sheet, row, postId: text(cell(mapping.columns.postId)) };
    if (Array.isArray(facts)) {
      post = { ...base, flags: [], meets: [], problems: facts.map((p) => formatProblem(p, language, argumentLabel(p.argument, language))) };
    } else {
      const assessment = assess(facts);
      const meets = CRITERIA.flatMap((criterion) => LEVELS.filter((level) => bandHas(assessment.bands[criterion], level)).map((level) => ({ criterion, level })));
      post = { ...base, level: assessment.level, flags: flagCodes(assessment.flags), meets, problems: [] };
    }
  }
  const matrix = ownership.sheets.matrix;
  const lit = new Set((post?.meets ?? []).map((m) => lightKey(m.criterion, m.level)));
  const lights = matrix !== undefined && (await port.sheetNames()).includes(matrix);
  if (lights) {
    for (const { criterion, level, on } of light.changes(matrix, lit)) {
      const { row: r, column: c } = matrixCell(criterion, level);
      await port.style({ sheet: matrix, row: r, column: c, rows: 1, columns: 1 }, { fill: on ? LEVEL_COLOURS[level] : null });
    }
  }
  await port.flush();
  if (lights) light.shown(matrix, lit);
  return post;
}
