import type { Block, CellContent } from "../port";
import { OPERATION_BYTES, textBytes, writeChunks } from "./chunks";
import { fillEntries } from "./filledFormulas";
import { hasFormula, toOfficeContent } from "./officeCells";
import type { OfficeRequests } from "./officeRequests";
import type { QueueEntry } from "./syncQueue";

/**
 * Writing cells through office.js: values or formulas in row chunks under
 * the request limit, formulas filled down by Excel, contents cleared, and a
 * table's calculated columns. Writes only join the queue; they are sent
 * with the next read or flush.
 */

/** A write of this many plain values or more suspends calculation when its request is full. */
const LARGE_WRITE_CELLS = 10_000;

export async function write(office: OfficeRequests, block: Block, content: readonly (readonly CellContent[])[]): Promise<void> {
  if (content.length === 0) return;
  const formulas = hasFormula(content);
  const entries: QueueEntry[] = writeChunks(content, office.queue.maxBytes).map((chunk) => ({
    bytes: chunk.bytes,
    largeValues: !formulas && (chunk.end - chunk.start) * block.columns >= LARGE_WRITE_CELLS,
    queue: () => {
      const rows = content.slice(chunk.start, chunk.end);
      const range = office.range({ ...block, row: block.row + chunk.start, rows: rows.length, columns: rows[0].length });
      const data = rows.map((row) => row.map(toOfficeContent));
      if (formulas) range.formulas = data;
      else range.values = data;
    },
  }));
  await office.queue.write(entries);
}

/** The first row written, then copied down by Excel (filledFormulas.ts): a few operations whatever the row count. */
export async function fillFormulas(office: OfficeRequests, block: Block, formulas: readonly (string | null)[]): Promise<void> {
  await office.queue.write(fillEntries(block, formulas, (part) => office.range(part)));
}

export async function clearContents(office: OfficeRequests, block: Block): Promise<void> {
  if (block.rows <= 0 || block.columns <= 0) return;
  await office.writeOne(() => office.range(block).clear("Contents"));
}

/**
 * Appends each column with its header and, for a formula, that formula in
 * the first data cell, filled down the data body: a column holding one
 * formula throughout is what Excel keeps as a calculated column. The
 * request size does not depend on the table's length (the fill happens in
 * Excel); the fill waits for the table's row count, read with the next
 * request (a `later` step of the queue).
 */
export async function addTableColumns(office: OfficeRequests, table: string, headers: readonly string[], formulas: readonly (string | null)[]): Promise<void> {
  let added: Excel.TableColumn[] = [];
  const texts = formulas.map((formula) => (formula === null ? null : formula.startsWith("=") ? formula : `=${formula}`));
  await office.writeOne(() => {
    const columns = office.context.workbook.tables.getItem(table).columns;
    added = headers.map((header) => columns.add(undefined, undefined, header));
    texts.forEach((text, i) => {
      if (text !== null) added[i].getDataBodyRange().getRow(0).formulas = [[text]];
    });
  }, headers.reduce((sum, h) => sum + OPERATION_BYTES + textBytes(h), 0) + texts.reduce((sum, t) => sum + (t === null ? 0 : textBytes(t)), 0));
  const rows = office.readOne(() => {
    const body = office.context.workbook.tables.getItem(table).getDataBodyRange().load("rowCount");
    return () => body.rowCount;
  });
  office.queue.later(
    rows.then((count) =>
      count <= 1
        ? undefined
        : office.writeOne(() => {
            texts.forEach((text, i) => {
              if (text === null) return;
              const body = added[i].getDataBodyRange();
              body.getRow(0).autoFill(body, "FillDefault");
            });
          }, OPERATION_BYTES * texts.length),
    ),
  );
}
