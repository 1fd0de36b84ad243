import {
  CRITERIA,
  CRITERION_NAMES,
  type CriterionKey,
  FAMILY_TEXT,
  type Language,
  LEVELS,
  type Level,
  MATRIX_CELLS,
  matrixStamp,
  ruleName,
  levelCode,
} from "../../domain";
import type { Block, WorkbookPort } from "../../workbook/port";
import { type Ownership, claimSheet } from "../ownership";
import { HEADER_COLOUR, LEVEL_COLOURS } from "../resultColumns";
import { rowHeight } from "../rowHeight";
import { SHEET_NAMES } from "../sheetNames";
import { MATRIX_SHEET_TEXT } from "./matrixSheetText";

/**
 * Where the 5 × 4 grid sits on the matrix sheet: its header row (A1…A4) and
 * the column of the criterion names; the descriptors follow to the right and
 * below. The grid comes right under the title so its header row can be frozen.
 */
export const MATRIX_GRID = { headerRow: 2, firstColumn: 1 } as const;

/** The cell of the matrix sheet holding the descriptor of (criterion, level). */
export function matrixCell(criterion: CriterionKey, level: Level): { readonly row: number; readonly column: number } {
  return { row: MATRIX_GRID.headerRow + 1 + CRITERIA.indexOf(criterion), column: MATRIX_GRID.firstColumn + level };
}

const LABEL_WIDTH = 30;
const DESCRIPTOR_WIDTH = 45;
const TITLE_ROW = 1;
const LAST_GRID_ROW = MATRIX_GRID.headerRow + CRITERIA.length;
const FIRST = MATRIX_GRID.firstColumn;

/**
 * Writes the matrix sheet in `language`: title, the grid of descriptors,
 * a legend, the purpose, the result areas with their example tasks and a
 * version stamp. The sheet is the product's own: a re-run clears and rewrites
 * it, so running it twice gives the same sheet; a foreign sheet with the name stops.
 */
export async function loadMatrix(
  port: WorkbookPort,
  ownership: Ownership,
  language: Language,
): Promise<{ sheet: string; ownership: Ownership }> {
  const claimed = await claimSheet(port, ownership, "matrix", SHEET_NAMES[language].matrix, language);
  const sheet = claimed.sheet;
  const block = (row: number, column: number, rows = 1, columns = 1): Block => ({ sheet, row, column, rows, columns });

  await port.setColumnWidths(sheet, FIRST, [LABEL_WIDTH, ...LEVELS.map(() => DESCRIPTOR_WIDTH)]);
  await port.write(block(TITLE_ROW, FIRST), [[FAMILY_TEXT.familyName[language]]]);
  await port.style(block(TITLE_ROW, FIRST), { bold: true, fontSize: 14 });

  await writeGrid(port, sheet, language);
  // The title stays in view with the header; only rows are frozen so the title
  // can spill over the descriptor columns (text does not spill across a frozen column split).
  await port.freeze(sheet, MATRIX_GRID.headerRow, 0);

  // Each part starts one blank row below the last row of the one before.
  let last = LAST_GRID_ROW;
  last = await writeLegend(port, sheet, language, last + 2);
  last = await writePurpose(port, sheet, language, last + 2);
  last = await writeResultAreas(port, sheet, language, last + 2);
  await port.write(block(last + 2, FIRST), [[MATRIX_SHEET_TEXT[language].stamp(matrixStamp(language), ruleName(language))]]);
  await port.style(block(last + 2, FIRST), { italic: true });
  return { sheet, ownership: claimed.ownership };
}

async function writeGrid(port: WorkbookPort, sheet: string, language: Language): Promise<void> {
  const { headerRow } = MATRIX_GRID;
  const header = [MATRIX_SHEET_TEXT[language].criterion, ...LEVELS.map(levelCode)];
  await port.write({ sheet, row: headerRow, column: FIRST, rows: 1, columns: header.length }, [header]);
  await port.style({ sheet, row: headerRow, column: FIRST, rows: 1, columns: 1 }, { bold: true, fill: HEADER_COLOUR, verticalAlign: "top" });
  for (const level of LEVELS) {
    await port.style(
      { sheet, row: headerRow, column: FIRST + level, rows: 1, columns: 1 },
      { bold: true, fill: LEVEL_COLOURS[level], horizontalAlign: "center", verticalAlign: "top" },
    );
  }
  const rows = CRITERIA.map((criterion) => [
    CRITERION_NAMES[criterion][language],
    ...LEVELS.map((level) => MATRIX_CELLS[criterion][level - 1][language]),
  ]);
  const body: Block = { sheet, row: headerRow + 1, column: FIRST, rows: rows.length, columns: 1 + LEVELS.length };
  await port.write(body, rows);
  await port.style(body, { wrap: true, verticalAlign: "top" });
  await port.style({ ...body, columns: 1 }, { bold: true });
  await port.setRowHeights(sheet, body.row, rows.map((row) => rowHeight(row.map((text, c) => ({ text, width: c === 0 ? LABEL_WIDTH : DESCRIPTOR_WIDTH })))));
}

/** The four level colours with their codes, and what a colour means. Returns the last row written. */
async function writeLegend(port: WorkbookPort, sheet: string, language: Language, row: number): Promise<number> {
  const text = MATRIX_SHEET_TEXT[language];
  await port.write({ sheet, row, column: FIRST, rows: 1, columns: 1 + LEVELS.length }, [[text.legend, ...LEVELS.map(levelCode)]]);
  await port.style({ sheet, row, column: FIRST, rows: 1, columns: 1 }, { bold: true });
  for (const level of LEVELS) {
    await port.style({ sheet, row, column: FIRST + level, rows: 1, columns: 1 }, { fill: LEVEL_COLOURS[level], horizontalAlign: "center" });
  }
  await port.write({ sheet, row: row + 1, column: FIRST, rows: 1, columns: 1 }, [[text.legendNote]]);
  await port.style({ sheet, row: row + 1, column: FIRST, rows: 1, columns: 1 }, { italic: true });
  return row + 1;
}

async function writePurpose(port: WorkbookPort, sheet: string, language: Language, row: number): Promise<number> {
  const purpose: Block = { sheet, row, column: FIRST, rows: 1, columns: 2 };
  await port.write(purpose, [[MATRIX_SHEET_TEXT[language].purpose, FAMILY_TEXT.purpose[language]]]);
  await port.style(purpose, { wrap: true, verticalAlign: "top" });
  await port.style({ ...purpose, columns: 1 }, { bold: true });
  await port.setRowHeights(sheet, row, [rowHeight([{ text: FAMILY_TEXT.purpose[language], width: DESCRIPTOR_WIDTH }])]);
  return row;
}

/**
 * One row per result area: its title (marked optional where the seed says
 * so), what it does, and its example tasks as a bulleted list in one cell, so
 * the table keeps three columns and each area reads at a glance.
 */
async function writeResultAreas(port: WorkbookPort, sheet: string, language: Language, row: number): Promise<number> {
  const text = MATRIX_SHEET_TEXT[language];
  await port.write({ sheet, row, column: FIRST, rows: 1, columns: 1 }, [[text.resultAreas]]);
  await port.style({ sheet, row, column: FIRST, rows: 1, columns: 1 }, { bold: true, fontSize: 12 });
  const header: Block = { sheet, row: row + 1, column: FIRST, rows: 1, columns: 3 };
  await port.write(header, [[text.resultArea, text.description, text.exampleTasks]]);
  await port.style(header, { bold: true, fill: HEADER_COLOUR, verticalAlign: "top" });
  const areas = FAMILY_TEXT.resultAreas.map((area) => [
    area.optional ? `${area.title[language]} (${text.optional})` : area.title[language],
    area.description[language],
    area.exampleTasks.map((task) => `• ${task[language]}`).join("\n"),
  ]);
  const body: Block = { sheet, row: row + 2, column: FIRST, rows: areas.length, columns: 3 };
  await port.write(body, areas);
  await port.style(body, { wrap: true, verticalAlign: "top" });
  await port.style({ ...body, columns: 1 }, { bold: true });
  const widths = [LABEL_WIDTH, DESCRIPTOR_WIDTH, DESCRIPTOR_WIDTH];
  await port.setRowHeights(sheet, body.row, areas.map((area) => rowHeight(area.map((text, c) => ({ text, width: widths[c] })))));
  return row + 1 + areas.length;
}
