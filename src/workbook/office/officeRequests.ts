import type { Block } from "../port";
import { OPERATION_BYTES } from "./chunks";
import type { SyncQueue } from "./syncQueue";

/**
 * What every operation of the office.js adapter starts from: the request
 * context, the queue its requests go through, and the proxies of a sheet
 * and of a block (1-based, as the port gives it).
 */
export class OfficeRequests {
  constructor(
    readonly context: Excel.RequestContext,
    readonly queue: SyncQueue,
  ) {}

  sheet(name: string): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(name);
  }

  range(block: Block): Excel.Range {
    return this.sheet(block.sheet).getRangeByIndexes(block.row - 1, block.column - 1, block.rows, block.columns);
  }

  /** One read answered by the next sync. */
  async readOne<T>(prepare: () => () => T, bytes = OPERATION_BYTES): Promise<T> {
    const [result] = await this.queue.read([{ bytes, prepare }]);
    return result;
  }

  /** One write, sent with the next request. */
  writeOne(queue: () => void, bytes = OPERATION_BYTES): Promise<void> {
    return this.queue.write([{ bytes, queue }]);
  }
}
