import {
  CRITERIA,
  CRITERION_NAMES,
  type Language,
  LEVELS,
  matrixStamp,
  levelCode,
  messagesFor,
} from "../../domain";
import { type Block, type CellStyle, type CellValue, type ConditionalFormat, type WorkbookPort, address } from "../../workbook/port";
import { absentCriterionMessages } from "../absentCriteria";
import type { EvaluationReport } from "../evaluateInventory";
import { type Ownership, claimSheet } from "../ownership";
import { ERROR_COLOUR, HEADER_COLOUR, LEVEL_COLOURS, invalidClassText } from "../resultColumns";
import { SHEET_NAMES } from "../sheetNames";
import { type LevelCounts, type SummaryTables, summaryTables } from "./summaryTables";
import { SUMMARY_TEXT, type SummaryText } from "./summaryText";

const LABEL_WIDTH = 34;
const VALUE_WIDTH = 14;
/** Dark red: a note the analyst must not miss (a criterion without a column). */
const ABSENT_COLOUR = "9C0006";
/** The widest table (the what-if) has nine columns. */
const COLUMNS = 9;

/** Shades of the heat map, lightest first: up to 25 %, 25–50 %, 50–75 %, from 75 % of the evaluated posts. */
const HEAT_SHADES: readonly { readonly fill: string; readonly fontColor?: string }[] = [
  { fill: "DEEBF7" },
  { fill: "9ECAE1" },
  { fill: "6BAED6" },
  { fill: "2171B5", fontColor: "FFFFFF" },
];

/**
 * Writes the summary sheet of an evaluation, in the report's language: posts
 * per indicative class (with a chart where the workbook can draw one), current
 * versus indicative class when the inventory has a current class, a heat map of
 * the descriptors met, a what-if on the 200 / 1000 thresholds, and the posts to
 * check. The fixed-size tables come first; the list of posts, which can run to
 * thousands of rows, comes last. Every cell holds a plain value (no formula),
 * so the sheet reads the same in a file nothing has recalculated.
 */
export async function writeSummary(
  port: WorkbookPort,
  ownership: Ownership,
  report: EvaluationReport,
): Promise<{ sheet: string; ownership: Ownership }> {
  const language = report.language;
  const claimed = await claimSheet(port, ownership, "summary", SHEET_NAMES[language].summary, language);
  const out = new Cursor(port, claimed.sheet);
  const text = SUMMARY_TEXT[language];
  const tables = summaryTables(report);

  await port.setColumnWidths(out.sheet, 1, [LABEL_WIDTH, ...new Array<number>(COLUMNS - 1).fill(VALUE_WIDTH)]);
  await out.line([text.title(report.mapping.sheet)], { bold: true, fontSize: 14 });
  await out.line([text.note(matrixStamp(language), report.evaluated, report.invalid)], { italic: true });
  if (report.mode === "portable") await out.line([text.portableNote], { bold: true });
  // A criterion the classes were made without is said at the top, where the sheet is first read.
  for (const line of absentCriterionMessages(report.mapping.absent, language)) await out.line([line], { bold: true, fontColor: ABSENT_COLOUR });
  // And what the layout did to the reading (merged input cells read blank).
  for (const line of report.layoutNotes ?? []) await out.line([line], { bold: true, fontColor: ABSENT_COLOUR });
  out.skip();
  await writePerClass(out, tables, text);
  if (tables.currentVsIndicative) await writeCurrentVsIndicative(out, tables.currentVsIndicative, text);
  await writeHeatMap(out, tables, text, language);
  await writeWhatIf(out, tables, text);
  await writeFlagged(out, tables, text, report);
  return { sheet: out.sheet, ownership: claimed.ownership };
}

/** Writes rows one after another down the sheet. */
class Cursor {
  row = 1;
  constructor(
    readonly port: WorkbookPort,
    readonly sheet: string,
  ) {}

  block(rows: number, columns: number, column = 1, row = this.row): Block {
    return { sheet: this.sheet, row, column, rows, columns };
  }

  async rows(values: readonly (readonly CellValue[])[], style?: CellStyle): Promise<Block> {
    const block = this.block(values.length, Math.max(...values.map((v) => v.length)));
    await this.port.write(block, values);
    if (style) await this.port.style(block, style);
    this.row += values.length;
    return block;
  }

  line(values: readonly CellValue[], style?: CellStyle): Promise<Block> {
    return this.rows([values], style);
  }

  title(text: string): Promise<Block> {
    return this.line([text], { bold: true, fontSize: 12 });
  }

  header(values: readonly CellValue[]): Promise<Block> {
    return this.line(values, { bold: true, fill: HEADER_COLOUR, wrap: true, verticalAlign: "top" });
  }

  /** Fills one cell of an already written block, e.g. a class label with its level colour. */
  async fill(row: number, column: number, fill: string): Promise<void> {
    await this.port.style(this.block(1, 1, column, row), { fill });
  }

  skip(): void {
    this.row++;
  }
}

const sum = (counts: LevelCounts): number => counts.reduce((a, b) => a + b, 0);

/** Fills the four cells after `column` in `row` with the level colours (a header or label run A1…A4). */
async function fillLevels(out: Cursor, row: number, column: number): Promise<void> {
  for (const level of LEVELS) await out.fill(row, column + level - 1, LEVEL_COLOURS[level]);
}

async function writePerClass(out: Cursor, tables: SummaryTables, text: SummaryText): Promise<void> {
  await out.title(text.perClass);
  const header = await out.header([text.indicativeClass, text.posts]);
  const { counts, invalid, blank } = tables.perClass;
  const body = await out.rows([
    ...LEVELS.map((level) => [levelCode(level), counts[level - 1]]),
    [text.rowsInError, invalid],
    [text.blankRows, blank],
  ]);
  for (const level of LEVELS) await out.fill(body.row + level - 1, 1, LEVEL_COLOURS[level]);
  await out.fill(body.row + LEVELS.length, 1, ERROR_COLOUR);
  // The chart shows the four classes only; its data block keeps the header row so the series is named.
  const data = out.block(1 + LEVELS.length, 2, 1, header.row);
  const drawn = await out.port.addColumnChart(out.sheet, data, text.perClass, out.block(8, 5, 4, header.row));
  if (!drawn) await out.line([text.chartNote], { italic: true });
  out.skip();
}

async function writeCurrentVsIndicative(
  out: Cursor,
  cross: NonNullable<SummaryTables["currentVsIndicative"]>,
  text: SummaryText,
): Promise<void> {
  await out.title(text.currentVsIndicative);
  const header = await out.header([text.crossCorner, ...LEVELS.map(levelCode), text.total]);
  await fillLevels(out, header.row, 2);
  const body = await out.rows(
    cross.rows.map(({ current, indicative }) => [current === null ? text.otherOrBlank : levelCode(current), ...indicative, sum(indicative)]),
  );
  for (const level of LEVELS) await out.fill(body.row + level - 1, 1, LEVEL_COLOURS[level]);
  out.skip();
  await out.rows([
    [text.higher, cross.higher],
    [text.equal, cross.equal],
    [text.lower, cross.lower],
  ]);
  await out.line([text.comparisonNote], { italic: true });
  out.skip();
}

/**
 * The counts are shaded by four conditional-format rules over the whole block
 * rather than a fill per cell: a fixed number of rules whatever the data, the
 * thresholds can be read in Excel's rule manager, and the shade stays with its
 * number if the analyst sorts or copies the block. The rules are mutually
 * exclusive, so their priority order does not matter; bounds are shares of the
 * evaluated posts, written as numbers so no cell holds a formula.
 */
async function writeHeatMap(out: Cursor, tables: SummaryTables, text: SummaryText, language: Language): Promise<void> {
  await out.title(text.heatMap);
  const header = await out.header([text.criterion, ...LEVELS.map(levelCode)]);
  await fillLevels(out, header.row, 2);
  const body = await out.rows(CRITERIA.map((criterion) => [CRITERION_NAMES[criterion][language], ...tables.heatMap[criterion]]));
  await out.port.style({ ...body, columns: 1 }, { wrap: true, verticalAlign: "top" });
  await out.port.addConditionalFormats(heatRules({ ...body, column: 2, columns: LEVELS.length }, tables.evaluated));
  await out.line([text.heatMapNote(tables.evaluated)], { italic: true });
  out.skip();
}

/** The four heat-map rules over `counts`; none when no post was evaluated. */
function heatRules(counts: Block, evaluated: number): ConditionalFormat[] {
  if (evaluated === 0) return [];
  const cell = address({ row: counts.row, column: counts.column });
  const bounds = [0.25, 0.5, 0.75].map((share) => share * evaluated);
  const formulas = [
    `AND(${cell}>0,${cell}<${bounds[0]})`,
    `AND(${cell}>=${bounds[0]},${cell}<${bounds[1]})`,
    `AND(${cell}>=${bounds[1]},${cell}<${bounds[2]})`,
    `${cell}>=${bounds[2]}`,
  ];
  return formulas.map((formula, i) => ({ block: counts, formula, ...HEAT_SHADES[i] }));
}

async function writeWhatIf(out: Cursor, tables: SummaryTables, text: SummaryText): Promise<void> {
  await out.title(text.whatIf);
  const header = await out.header([
    text.scenario, text.lowerThreshold, text.upperThreshold, text.movedUp, text.movedDown, ...LEVELS.map(levelCode),
  ]);
  await fillLevels(out, header.row, 6);
  const body = await out.rows(
    tables.whatIf.map((s) => [
      s.threshold === null ? text.baseline : text.moved(s.threshold, s.percent),
      s.thresholds.lower,
      s.thresholds.upper,
      s.up,
      s.down,
      ...s.counts,
    ]),
  );
  // The moved threshold in bold, so each row says at a glance what changed.
  for (const [i, s] of tables.whatIf.entries()) {
    if (s.threshold !== null) await out.port.style(out.block(1, 1, s.threshold === "lower" ? 2 : 3, body.row + i), { bold: true });
  }
  await out.line([text.whatIfNote], { italic: true });
  out.skip();
}

const FLAGGED_SHOWN = 2000;

/** Excel's Hyperlink cell style draws links in this blue, underlined. */
const LINK_COLOUR = "0563C1";

async function writeFlagged(out: Cursor, tables: SummaryTables, text: SummaryText, report: EvaluationReport): Promise<void> {
  const language = report.language;
  await out.title(text.flagged);
  await out.header([text.row, text.postId, text.indicativeClass, text.flags, text.problem]);
  if (tables.flagged.length === 0) {
    await out.line([text.noneFlagged], { italic: true });
    return;
  }
  const names = messagesFor(language).flagName;
  // A list is for reading: beyond FLAGGED_SHOWN posts the inventory's own flags column (filterable) serves better.
  const shown = tables.flagged.slice(0, FLAGGED_SHOWN);
  if (shown.length < tables.flagged.length) await out.line([text.flaggedMore(shown.length, tables.flagged.length)], { italic: true });
  const body = await out.rows(
    shown.map((post) => [
      post.row,
      post.postId === "" ? null : post.postId,
      post.level === undefined ? invalidClassText(language) : levelCode(post.level),
      post.level === undefined ? text.error : post.flags.map((flag) => names[flag]).join(", "),
      post.problems.length === 0 ? null : post.problems.join(" "),
    ]),
  );
  // Flags wrap in their column; a problem text is left to run on to the right, where the row is empty.
  await out.port.style(body, { verticalAlign: "top" });
  await out.port.style({ ...body, column: 4, columns: 1 }, { wrap: true });
  // Each row number, left-aligned, links to the post's class cell on the inventory sheet: one click from the list to the row.
  const inventory = report.mapping.sheet;
  await out.port.linkCells(
    out.sheet,
    shown.map((post, i) => ({ row: body.row + i, column: body.column, to: { sheet: inventory, row: post.row, column: report.column }, tip: text.goToRow(post.row, inventory) })),
  );
  await out.port.style({ ...body, column: 1, columns: 1 }, { horizontalAlign: "left", fontColor: LINK_COLOUR, underline: true });
}
