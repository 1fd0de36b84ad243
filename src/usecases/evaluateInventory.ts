import {
  type Assessment,
  CRITERIA,
  type Language,
  type PostFacts,
  type Problem,
  argumentLabel,
  assess,
  flagCodes,
  formatBand,
  formatProblem,
  isBlank,
  levelCode,
  rationale,
  readPost,
} from "../domain";
import { type Block, type CellContent, type CellValue, type WorkbookPort, address, columnLetter } from "../workbook/port";
import { fingerprint } from "./fingerprint";
import type { InventoryInput } from "./inventoryHeaders";
import { type InventoryMapping, dataBlock } from "./mapInventory";
import { type Ownership, type ResultsRecord, withResults } from "./ownership";
import {
  ERROR_FLAG,
  FIELD_OFFSETS,
  HEADER_COLOUR,
  LEVEL_COLOURS,
  RESULT_FIELDS,
  RESULT_WIDTH,
  STRIP,
  STRIP_OFFSET,
  highlightRules,
  invalidClassText,
  resultHeaders,
  resultWidths,
} from "./resultColumns";
import { Stop } from "./stop";
import { stopMessages } from "./stopMessages";
import { type ValidationNote, validateInputs } from "./inputValidation";

/** One post of the inventory and what the evaluation made of it. */
export interface PostResult {
  readonly row: number;
  readonly postId: string;
  readonly currentClass: string;
  /** Facts and assessment, or the problems (with their cells) that stopped the row. */
  readonly facts?: PostFacts;
  readonly assessment?: Assessment;
  readonly problems?: readonly string[];
}

export interface EvaluationReport {
  readonly mapping: InventoryMapping;
  readonly language: Language;
  /** First result column. */
  readonly column: number;
  readonly posts: readonly PostResult[];
  readonly evaluated: number;
  readonly invalid: number;
  /** Rows with every input blank (not evaluated, not errors). */
  readonly blank: number;
  readonly validation: readonly ValidationNote[];
  readonly ownership: Ownership;
}

const POST_COLUMNS: readonly (InventoryInput & ("staff" | "scope" | "advice" | "role" | "improvement" | "contacts"))[] = [
  "staff", "scope", "advice", "role", "improvement", "contacts",
];

const text = (v: CellValue | undefined): string => (v === null || v === undefined || typeof v === "object" ? "" : String(v));

/**
 * Evaluates every post of a mapped inventory and writes the result columns
 * (class, the band of each criterion, misfit, flags, rationale) plus the
 * 20-cell descriptor strip with its conditional formats, after the inventory
 * or over the product's own earlier result columns. Stops, before writing,
 * when a cell the analyst filled is in the way. Running it twice writes the same.
 */
export async function evaluateInventory(
  port: WorkbookPort,
  mapping: InventoryMapping,
  ownership: Ownership,
  language: Language,
): Promise<EvaluationReport> {
  const earlier = ownership.results[mapping.sheet];
  const column = earlier?.column ?? mapping.lastColumn + 1;
  const lastRow = Math.max(mapping.lastRow, earlier?.lastRow ?? 0);
  await checkPlaceIsFree(port, mapping, column, lastRow, earlier, language);

  const posts = await readPosts(port, mapping, language);
  const rows: CellContent[][] = [];
  for (let row = mapping.firstRow; row <= lastRow; row++) rows.push(resultRow(posts.byRow.get(row), language));
  const headers = resultHeaders(language);
  await port.write({ sheet: mapping.sheet, row: mapping.headerRow, column, rows: 1, columns: RESULT_WIDTH }, [headers]);
  // Class to flags in one block, the rationale in its own column after the strip.
  await port.write({ sheet: mapping.sheet, row: mapping.firstRow, column, rows: rows.length, columns: STRIP_OFFSET }, rows.map((r) => r.slice(0, STRIP_OFFSET)));
  await port.write(
    { sheet: mapping.sheet, row: mapping.firstRow, column: column + FIELD_OFFSETS[STRIP_OFFSET], rows: rows.length, columns: 1 },
    rows.map((r) => [r[STRIP_OFFSET]]),
  );
  await port.style({ sheet: mapping.sheet, row: mapping.headerRow, column, rows: 1, columns: RESULT_WIDTH }, { bold: true, fill: HEADER_COLOUR });
  await port.setColumnWidths(mapping.sheet, column, resultWidths(headers));

  const dataRows = Math.max(1, lastRow - mapping.firstRow + 1);
  await port.removeConditionalFormats({ sheet: mapping.sheet, row: mapping.headerRow, column, rows: dataRows + 1, columns: RESULT_WIDTH });
  await port.addConditionalFormats(highlightRules(mapping.sheet, column, mapping.firstRow, dataRows));
  await styleStripLegend(port, mapping, column);

  const validation = await validateInputs(port, mapping, earlier?.validated ?? [], language);
  const record: ResultsRecord = {
    headerRow: mapping.headerRow,
    column,
    lastRow,
    headers,
    validated: validation.filter((n) => n.applied).map((n) => n.column),
    fingerprints: RESULT_FIELDS.map((_, c) => fingerprint(rows.map((r) => r[c]))),
  };
  return {
    mapping,
    language,
    column,
    posts: posts.list,
    evaluated: posts.list.filter((p) => p.assessment).length,
    invalid: posts.list.filter((p) => p.problems).length,
    blank: posts.blank,
    validation,
    ownership: withResults(ownership, mapping.sheet, record),
  };
}

/** Strip headers take their level's colour: the strip's own legend. */
async function styleStripLegend(port: WorkbookPort, mapping: InventoryMapping, column: number): Promise<void> {
  for (let i = 0; i < STRIP.length; i++) {
    await port.style(
      { sheet: mapping.sheet, row: mapping.headerRow, column: column + STRIP_OFFSET + i, rows: 1, columns: 1 },
      { fill: LEVEL_COLOURS[STRIP[i].level], horizontalAlign: "center" },
    );
  }
}

/**
 * Refuses to write over anything the analyst wrote: on a first run the result
 * block must be empty; on a re-run the product's headers must be as it wrote
 * them, its result cells unedited (fingerprints), and the strip and the rows
 * below its earlier results empty.
 */
async function checkPlaceIsFree(
  port: WorkbookPort,
  mapping: InventoryMapping,
  column: number,
  lastRow: number,
  earlier: ResultsRecord | undefined,
  language: Language,
): Promise<void> {
  const say = stopMessages(language);
  const sheet = mapping.sheet;
  const foreign = async (blocks: Block[]): Promise<void> => {
    const cells: string[] = [];
    for (const block of blocks) if (block.rows > 0 && cells.length < 6) cells.push(...(await port.filledCells(block, 6 - cells.length)));
    if (cells.length > 0) {
      throw new Stop("foreignCells", say.foreignCells(sheet, cells.slice(0, 5).join(", ") + (cells.length > 5 ? ", …" : "")));
    }
  };
  const band = (offset: number, columns: number, from: number, to: number): Block => ({ sheet, row: from, column: column + offset, rows: Math.max(0, to - from + 1), columns });
  if (!earlier) return foreign([band(0, RESULT_WIDTH, mapping.headerRow, lastRow)]);

  const found = (await port.readValues(band(0, RESULT_WIDTH, mapping.headerRow, mapping.headerRow)))[0].map(text);
  const changed = earlier.headers.findIndex((h, i) => found[i] !== h);
  if (changed >= 0) {
    const cell = address({ row: mapping.headerRow, column: column + changed });
    throw new Stop("changedResults", say.changedResults(sheet, cell, earlier.headers[changed], found[changed]));
  }
  const edited: number[] = [];
  for (const [field, offset] of FIELD_OFFSETS.entries()) {
    const values = await port.readColumn(band(offset, 1, mapping.firstRow, earlier.lastRow));
    if (fingerprint(values) !== earlier.fingerprints[field]) edited.push(offset);
  }
  if (edited.length > 0) {
    const columns = edited.map((offset) => `${columnLetter(column + offset)} "${earlier.headers[offset]}"`).join(", ");
    throw new Stop("editedResults", say.editedResults(sheet, columns));
  }
  // The strip stays empty, and value cells below the earlier results were never the product's.
  const rationale = FIELD_OFFSETS[FIELD_OFFSETS.length - 1];
  await foreign([
    band(STRIP_OFFSET, STRIP.length, mapping.firstRow, lastRow),
    band(0, STRIP_OFFSET, earlier.lastRow + 1, lastRow),
    band(rationale, 1, earlier.lastRow + 1, lastRow),
  ]);
}

async function readPosts(port: WorkbookPort, mapping: InventoryMapping, language: Language) {
  const read = async (input: InventoryInput): Promise<CellValue[] | undefined> => {
    const c = mapping.columns[input];
    return c === undefined ? undefined : port.readColumn(dataBlock(mapping, c));
  };
  const inputs = await Promise.all(POST_COLUMNS.map(read));
  const ids = await read("postId");
  const current = await read("currentClass");
  const list: PostResult[] = [];
  const byRow = new Map<number, PostResult>();
  let blank = 0;
  const count = mapping.lastRow - mapping.firstRow + 1;
  for (let i = 0; i < count; i++) {
    const values = inputs.map((column) => column?.[i] ?? null);
    if (values.every(isBlank)) {
      blank++;
      continue;
    }
    const row = mapping.firstRow + i;
    const [staff, scope, advice, role, improvement, contacts] = values;
    const facts = readPost({ staff, scope, advice, role, improvement, contacts });
    const base = { row, postId: text(ids?.[i]), currentClass: text(current?.[i]) };
    const post: PostResult = Array.isArray(facts)
      ? { ...base, problems: facts.map((p) => describe(p, mapping, row, language)) }
      : { ...base, facts, assessment: assess(facts) };
    list.push(post);
    byRow.set(row, post);
  }
  return { list, byRow, blank };
}

/** "E7 staff (headcount supported): "x" is not a headcount. Expected …" */
function describe(problem: Problem, mapping: InventoryMapping, row: number, language: Language): string {
  const input = problem.argument as InventoryInput;
  const column = mapping.columns[input];
  const where = column === undefined ? argumentLabel(problem.argument, language) : `${address({ row, column })} ${argumentLabel(problem.argument, language)}`;
  return formatProblem(problem, language, where);
}

function resultRow(post: PostResult | undefined, language: Language): CellContent[] {
  if (!post) return RESULT_FIELDS.map(() => null);
  if (!post.assessment) {
    return [invalidClassText(language), ...CRITERIA.map(() => null), null, ERROR_FLAG, (post.problems ?? []).join(" ")];
  }
  const a = post.assessment;
  return [
    levelCode(a.level),
    ...CRITERIA.map((c) => formatBand(a.bands[c]) || null),
    a.misfit,
    flagCodes(a.flags).join(", ") || null,
    rationale(a, language),
  ];
}
