import type { Block, ConditionalFormat } from "../port";
import { OPERATION_BYTES, textBytes } from "./chunks";
import type { SyncQueue } from "./syncQueue";

/**
 * Finding and deleting the product's own conditional formats. Excel gives a
 * rule no name: its `id` is its priority, the index within the collection it
 * was fetched from ("The priority of the conditional format in the current
 * ConditionalFormatCollection",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member).
 * Ids of different ranges' collections cannot be compared, an id remembered
 * from an earlier run means nothing, and deleting one shifts the rest. So a
 * rule is recognised by what it is — a custom rule, its formula and fill, its
 * single-area range inside the block — and the rules found are deleted from
 * the highest index down, in the request right after they were listed.
 */

/** What one listed rule turned out to be. */
interface Listed {
  readonly index: number;
  readonly formula: string;
  readonly fill: string | null;
  /** Its range (1-based), or null for a rule over several areas (getRangeOrNullObject). */
  readonly block: { row: number; column: number; rows: number; columns: number } | null;
}

const insideBlock = (inner: Listed["block"], outer: Block): boolean =>
  inner !== null &&
  inner.row >= outer.row &&
  inner.column >= outer.column &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.column + inner.columns <= outer.column + outer.columns;

const sameText = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? "").toUpperCase() === (b ?? "").toUpperCase();

/** The formula and fill addConditionalFormat writes for a port rule, as Excel gives them back. */
const written = (rule: ConditionalFormat): { formula: string; fill: string } => ({ formula: `=${rule.formula}`, fill: `#${rule.fill}` });

/**
 * Deletes, in `block`, the custom rules lying inside it that match one of
 * `ours` by formula and fill (the rules about to be written again), or, when
 * `ours` is null, every custom rule lying inside it. An analyst's rule of
 * another type or content, or reaching outside the block, stays. Costs two
 * reads (the rules' types, then the custom rules' content and ranges); the
 * deletions are queued for the next request.
 */
export async function deleteOwnRules(sheet: Excel.Worksheet, queue: SyncQueue, block: Block, ours: readonly ConditionalFormat[] | null): Promise<void> {
  const formats = (): Excel.ConditionalFormatCollection => sheet.getRangeByIndexes(block.row - 1, block.column - 1, block.rows, block.columns).conditionalFormats;
  const [items] = await queue.read([
    {
      bytes: OPERATION_BYTES,
      prepare: () => {
        const collection = formats().load("items/type");
        return () => collection.items;
      },
    },
  ]);
  const custom = items.map((item, index) => ({ item, index })).filter(({ item }) => item.type === "Custom");
  if (custom.length === 0) return;
  const listed = await queue.read(
    custom.map(({ item, index }) => ({
      bytes: OPERATION_BYTES * 2,
      prepare: () => {
        const rule = item.custom.rule.load("formula");
        const fill = item.custom.format.fill.load("color");
        const range = item.getRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount");
        return (): Listed => ({
          index,
          formula: rule.formula,
          fill: fill.color,
          block: range.isNullObject ? null : { row: range.rowIndex + 1, column: range.columnIndex + 1, rows: range.rowCount, columns: range.columnCount },
        });
      },
    })),
  );
  const matches = (rule: Listed): boolean =>
    ours === null || ours.some((own) => sameText(written(own).formula, rule.formula) && sameText(written(own).fill, rule.fill));
  const found = listed.filter((rule) => insideBlock(rule.block, block) && matches(rule)).map((rule) => rule.index);
  if (found.length === 0) return;
  // Highest index first: a deletion shifts only the rules after it.
  found.sort((a, b) => b - a);
  await queue.write([
    {
      bytes: found.reduce((sum, index) => sum + OPERATION_BYTES + textBytes(String(index)), 0),
      queue: () => {
        const collection = formats();
        for (const index of found) collection.getItemAt(index).delete();
      },
    },
  ]);
}

/**
 * Blocks whose own rules go when the product writes its rules again (then
 * told by content), or at the next flush (then every custom rule inside).
 */
export class PendingRuleRemovals {
  private blocks: Block[] = [];

  mark(block: Block): void {
    if (block.rows > 0 && block.columns > 0) this.blocks.push(block);
  }

  async run(sheet: (name: string) => Excel.Worksheet, queue: SyncQueue, ours: readonly ConditionalFormat[] | null): Promise<void> {
    const blocks = this.blocks;
    this.blocks = [];
    for (const block of blocks) await deleteOwnRules(sheet(block.sheet), queue, block, ours);
  }
}
