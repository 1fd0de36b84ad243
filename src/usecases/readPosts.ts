import { POST_INPUT_KEYS, type Assessment, type Language, type PostFacts, type Problem, argumentLabel, assess, formatProblem, isBlank, readPostValues } from "../domain";
import { type CellValue, type WorkbookPort, address } from "../workbook/port";
import type { InventoryInput } from "./inventoryHeaders";
import { type InventoryMapping, dataBlock } from "./mapInventory";
import type { Progress } from "./run.types";
import { Stop } from "./stop";
import { stopMessages } from "./stopMessages";

/** One post of the inventory and what the evaluation made of it. */
export interface PostResult {
  readonly row: number;
  readonly postId: string;
  readonly currentClass: string;
  /** Facts and assessment, or the problems (with their cells) that stopped the row. */
  readonly facts?: PostFacts;
  readonly assessment?: Assessment;
  readonly problems?: readonly string[];
  /** The cell of each problem ("E7"), in the order of `problems`. */
  readonly problemCells?: readonly string[];
}

export interface PostsRead {
  /** In row order. */
  readonly list: PostResult[];
  /** Rows with every input blank (not evaluated, not errors). */
  readonly blank: number;
}

export interface ReadPostsOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
}


/** Rows assessed between two looks at the signal (and two progress reports). */
const SLICE = 5_000;

export const text = (v: CellValue | undefined): string => (v === null || v === undefined || typeof v === "object" ? "" : String(v));

/** Throws the "cancelled" Stop when the analyst cancelled. */
export function checkCancelled(signal: AbortSignal | undefined, language: Language): void {
  if (signal?.aborted) throw new Stop("cancelled", stopMessages(language).cancelled());
}

/**
 * Reads the mapped input columns (all in one go, so an office.js adapter
 * batches them) and assesses every post. Yields to the event loop between
 * slices so a pane stays responsive and its Cancel is heard.
 */
export async function readPosts(port: WorkbookPort, mapping: InventoryMapping, language: Language, options: ReadPostsOptions = {}): Promise<PostsRead> {
  const read = (input: InventoryInput): Promise<CellValue[] | undefined> => {
    const c = mapping.columns[input];
    return c === undefined ? Promise.resolve(undefined) : port.readColumn(dataBlock(mapping, c));
  };
  const count = Math.max(0, mapping.lastRow - mapping.firstRow + 1);
  options.onProgress?.({ step: "read", done: 0, total: count });
  const [inputs, ids, current] = await Promise.all([Promise.all(POST_INPUT_KEYS.map(read)), read("postId"), read("currentClass")]);
  const list: PostResult[] = [];
  let blank = 0;
  for (let i = 0; i < count; i++) {
    if (i % SLICE === 0) {
      options.onProgress?.({ step: "evaluate", done: i, total: count });
      await new Promise((resolve) => setTimeout(resolve, 0));
      checkCancelled(options.signal, language);
    }
    const values = inputs.map((column) => column?.[i] ?? null);
    if (values.every(isBlank)) {
      blank++;
      continue;
    }
    const row = mapping.firstRow + i;
    const facts = readPostValues(values);
    const postId = text(ids?.[i]);
    const currentClass = text(current?.[i]);
    // Written out, not spread from a shared base: spread objects here each got a hidden class of their own (measured: ~250 bytes more a post).
    const post: PostResult = Array.isArray(facts)
      ? { row, postId, currentClass, problems: facts.map((p) => describe(p, mapping, row, language)), problemCells: facts.map((p) => cellOf(p, mapping, row)) }
      : { row, postId, currentClass, facts, assessment: assess(facts) };
    list.push(post);
  }
  options.onProgress?.({ step: "evaluate", done: count, total: count });
  // One last turn of the event loop, so a Cancel sent during a short run is heard before anything is written.
  await new Promise((resolve) => setTimeout(resolve, 0));
  checkCancelled(options.signal, language);
  return { list, blank };
}

/** The cell of a problem: its input's cell on the row, else the row's first cell. */
function cellOf(problem: Problem, mapping: InventoryMapping, row: number): string {
  const column = mapping.columns[problem.argument as InventoryInput];
  return address({ row, column: column ?? 1 });
}

/** "E7 staff (headcount supported): "x" is not a headcount. Expected …" */
function describe(problem: Problem, mapping: InventoryMapping, row: number, language: Language): string {
  const input = problem.argument as InventoryInput;
  const column = mapping.columns[input];
  const where = column === undefined ? argumentLabel(problem.argument, language) : `${address({ row, column })} ${argumentLabel(problem.argument, language)}`;
  return formatProblem(problem, language, where);
}
