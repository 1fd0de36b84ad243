import type { Block, CellStyle, ConditionalFormat } from "../port";
import { OPERATION_BYTES, textBytes } from "./chunks";
import type { PendingRuleRemovals } from "./conditionalFormats";
import { listSourceRange } from "./listSheet";
import type { OfficeRequests } from "./officeRequests";
import { addConditionalFormat, applyStyle, literalListSource, setListRule } from "./officeRules";

/**
 * How a block looks and what it accepts, through office.js: its style, the
 * product's conditional formats, and dropdown validation. Formats are
 * applied per block and conditional formats per rule, so their number never
 * depends on the row count.
 */

export async function style(office: OfficeRequests, block: Block, wanted: CellStyle): Promise<void> {
  if (block.rows <= 0 || block.columns <= 0) return;
  await office.writeOne(() => applyStyle(office.range(block), wanted));
}

/** The product's rules about to be written again go first (told by their formula and fill: see deleteOwnRules). */
export async function addConditionalFormats(office: OfficeRequests, removals: PendingRuleRemovals, formats: readonly ConditionalFormat[]): Promise<void> {
  await removals.run((name) => office.sheet(name), office.queue, formats);
  await office.queue.write(
    formats.map((format) => ({ bytes: OPERATION_BYTES + textBytes(format.formula), queue: () => addConditionalFormat(office.range(format.block), format) })),
  );
}

/** A short list goes into the rule itself; a longer one (Excel allows 255 characters) onto the product's lists sheet. */
export async function setListValidation(office: OfficeRequests, block: Block, items: readonly string[], message: string): Promise<void> {
  if (block.rows <= 0 || block.columns <= 0) return;
  const source = literalListSource(items) ?? (await listSourceRange(office.context, office.queue, items));
  await office.writeOne(() => setListRule(office.range(block), source, message), OPERATION_BYTES + textBytes(source) + textBytes(message));
}

export async function removeValidation(office: OfficeRequests, block: Block): Promise<void> {
  if (block.rows <= 0 || block.columns <= 0) return;
  await office.writeOne(() => office.range(block).dataValidation.clear());
}

/** Excel reports "None" for a block without any validation, "Inconsistent" for a partly validated one. */
export async function hasValidation(office: OfficeRequests, block: Block): Promise<boolean> {
  if (block.rows <= 0 || block.columns <= 0) return false;
  return office.readOne(() => {
    const validation = office.range(block).dataValidation.load("type");
    return () => validation.type !== "None";
  });
}
