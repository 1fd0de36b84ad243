import { type FileEntry, Uint8ArrayReader, ZipWriter } from "@zip.js/zip.js";
import { CHART_CONTENT_TYPE, DRAWING_CONTENT_TYPE, DRAWING_RELATIONSHIP_TYPE, columnChartParts } from "./columnChart";
import { CONTENT_TYPES, REL_TYPES, RELATIONSHIPS_NS, freeRelationshipId, parseRelationships, relationshipXml, relativeTarget, relsPartOf } from "./opcParts";
import type { PackageParts } from "./packageParts";
import type { ChartRequest, OwnSheet } from "./ownSheet";
import { patchSheet } from "./sheetPatcher";
import type { SheetSlot } from "./sheetSlot";
import { type TextEdit, appendInside, applyEdits, children } from "./xmlTree";
import { escapeAttribute, prefixOf, withAttribute } from "./xmlText";
import { fullCalculationOnLoad } from "./workbookPart";

type Content = () => AsyncIterable<string | string[]> | Iterable<string | string[]>;

/** What the copy holds besides the untouched parts: parts written anew, new parts, parts dropped. */
interface SavePlan {
  readonly changed: Map<string, Content>;
  readonly added: [string, Content][];
  readonly removed: Set<string>;
  readonly overrides: string[];
}

/**
 * Writes the copy: the original's entries in their order, each untouched
 * part as its original compressed bytes (zip.js pass-through: no inflate, no
 * deflate), the changed ones streamed through their patch, then the new
 * parts. Nothing of the package is held whole in memory.
 */
export async function savePackage(parts: PackageParts, out: WritableStream<Uint8Array>): Promise<void> {
  const plan = await planSave(parts);
  const writer = new ZipWriter(out, { extendedTimestamp: false });
  const stamp = parts.zip.entries.find((e) => e.filename === parts.workbook.part)?.lastModDate ?? new Date(1980, 0, 1);
  for (const entry of parts.zip.entries) {
    const key = entry.filename.toLowerCase();
    if (plan.removed.has(key)) continue;
    const content = plan.changed.get(key);
    if (content) await writer.add(entry.filename, encoded(content()), { lastModDate: entry.lastModDate });
    else await copyRaw(writer, entry, parts);
  }
  for (const [name, content] of plan.added) await writer.add(name, encoded(content()), { lastModDate: stamp });
  await writer.close();
}

async function copyRaw(writer: ZipWriter<unknown>, entry: FileEntry, parts: PackageParts): Promise<void> {
  await writer.add(entry.filename, new Uint8ArrayReader(await parts.zip.raw(entry.filename)), {
    passThrough: true,
    uncompressedSize: entry.uncompressedSize,
    signature: entry.signature,
    compressionMethod: entry.compressionMethod,
    lastModDate: entry.lastModDate,
  });
}

async function planSave(parts: PackageParts): Promise<SavePlan> {
  const plan: SavePlan = { changed: new Map(), added: [], removed: new Set(), overrides: [] };
  const { workbook, workbookRels } = parts;
  const workbookEdits: TextEdit[] = [];
  const relsAdded: string[] = [];
  const relIds = new Set<string>();
  const relPrefix = prefixOf(workbookRels.root.name);
  const sheetPrefix = prefixOf(workbook.sheetsElement.name);
  let sheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId));
  const newSheets: string[] = [];
  for (const slot of parts.sheets) {
    if (slot.entry?.element && slot.state !== slot.entry.state) {
      const element = slot.entry.element;
      const tag = workbook.text.slice(element.start, element.startTagEnd);
      workbookEdits.push({ from: element.start, to: element.startTagEnd, text: withAttribute(tag, "state", slot.state) });
    }
    if (slot.own && slot.part) await planOwnSheet(parts, slot, slot.own, plan);
    else if (slot.patch?.changed && slot.part && slot.loaded) {
      const { part, patch } = slot;
      const facts = slot.loaded.facts;
      plan.changed.set(part.toLowerCase(), () => patchSheet(parts.zip.textChunks(part), patch, facts, slot.name, part));
    }
    if (!slot.entry && slot.part) {
      const id = freeRelationshipId(workbookRels.list, relIds);
      relIds.add(id);
      relsAdded.push(relationshipXml(relPrefix, id, REL_TYPES.worksheet, relativeTarget(workbook.part, slot.part)));
      plan.overrides.push(slot.part);
      const r = workbook.relationshipsPrefix ?? "r:";
      const declare = workbook.relationshipsPrefix === undefined ? ` xmlns:r="${RELATIONSHIPS_NS}"` : "";
      const state = slot.state === "visible" ? "" : ` state="${slot.state}"`;
      newSheets.push(`<${sheetPrefix}sheet${declare} name="${escapeAttribute(slot.name)}" sheetId="${++sheetId}"${state} ${r}id="${id}"/>`);
    }
  }
  if (newSheets.length > 0) workbookEdits.push(appendInside(workbook.sheetsElement, newSheets.join("")));
  // Filled blocks are shared formulas without cached values: the spreadsheet must calculate them on open.
  const calculation = parts.sheets.some((slot) => (slot.own ? slot.own.filled?.filled : slot.patch?.filled)) ? fullCalculationOnLoad(workbook) : undefined;
  if (calculation) workbookEdits.push(calculation);
  if (workbookEdits.length > 0) plan.changed.set(workbook.part.toLowerCase(), () => [applyEdits(workbook.text, workbookEdits)]);
  if (parts.stylesAdded) {
    const id = freeRelationshipId(workbookRels.list, relIds);
    relsAdded.push(relationshipXml(relPrefix, id, REL_TYPES.styles, relativeTarget(workbook.part, parts.styles.part)));
    plan.added.push([parts.styles.part, () => [parts.styles.serialize()]]);
    plan.overrides.push(`${parts.styles.part}|${CONTENT_TYPES.styles}`);
  } else if (parts.styles.changed) {
    plan.changed.set(parts.styles.part.toLowerCase(), () => [parts.styles.serialize()]);
  }
  if (relsAdded.length > 0) {
    const rels = workbookRels;
    plan.changed.set(rels.relsPart.toLowerCase(), () => [applyEdits(rels.text, [appendInside(rels.root, relsAdded.join(""))])]);
  }
  planContentTypes(parts, plan);
  return plan;
}

/** A sheet written whole: the part, its relationships and its chart's parts; what the old part alone used is dropped. */
async function planOwnSheet(parts: PackageParts, slot: SheetSlot, own: OwnSheet, plan: SavePlan): Promise<void> {
  const part = slot.part ?? "";
  const relsPart = relsPartOf(part);
  if (slot.replaced && parts.zip.has(relsPart)) await dropUsedOnlyBy(parts, relsPart, plan);
  const chart = own.chart;
  const write = (drawingId?: string) => (slot.replaced ? plan.changed.set(part.toLowerCase(), () => own.xml(drawingId)) : plan.added.push([part, () => own.xml(drawingId)]));
  if (!chart) {
    write();
    return;
  }
  const drawing = freeName(parts, plan, "xl/drawings/drawing", ".xml");
  const chartPart = freeName(parts, plan, "xl/charts/chart", ".xml");
  const xml = columnChartParts(chartSpec(slot.name, own, chart), { chartTarget: relativeTarget(drawing, chartPart) });
  write("rId1");
  const sheetRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationshipXml("", "rId1", DRAWING_RELATIONSHIP_TYPE, relativeTarget(part, drawing))}</Relationships>`;
  if (plan.removed.has(relsPart.toLowerCase())) plan.removed.delete(relsPart.toLowerCase());
  if (parts.zip.has(relsPart)) plan.changed.set(relsPart.toLowerCase(), () => [sheetRels]);
  else plan.added.push([relsPart, () => [sheetRels]]);
  plan.added.push([drawing, () => [xml.drawingXml]], [relsPartOf(drawing), () => [xml.drawingRels]], [chartPart, () => [xml.chartXml]]);
  plan.overrides.push(`${drawing}|${DRAWING_CONTENT_TYPE}`, `${chartPart}|${CHART_CONTENT_TYPE}`);
}

function chartSpec(sheet: string, own: OwnSheet, chart: ChartRequest) {
  const { data, title, at } = chart;
  const categories = { sheet, row: data.row + 1, column: data.column, rows: data.rows - 1, columns: 1 };
  const values = { ...categories, column: data.column + 1 };
  const rows = Array.from({ length: categories.rows }, (_, i) => categories.row + i);
  return {
    sheet,
    categories,
    values,
    seriesName: { sheet, row: data.row, column: data.column + 1, rows: 1, columns: 1 },
    title,
    at,
    cache: {
      categories: rows.map((r) => String(own.cells.get(r, data.column) ?? "")),
      values: rows.map((r) => Number(own.cells.get(r, data.column + 1) ?? 0)),
      seriesName: String(own.cells.get(data.row, data.column + 1) ?? ""),
    },
  };
}

/** Removes a replaced sheet's relationships part and the parts only it pointed at (its old drawing, chart…), recursively. */
async function dropUsedOnlyBy(parts: PackageParts, relsPart: string, plan: SavePlan): Promise<void> {
  // Every relationships part is read once; the walk below only looks them up.
  const targets = new Map<string, string[]>();
  for (const name of parts.zip.entries.map((e) => e.filename).filter((n) => n.endsWith(".rels"))) {
    const source = name.replace(/_rels\/([^/]*)\.rels$/, "$1");
    targets.set(name.toLowerCase(), parseRelationships(await parts.zip.text(name), name, source).list.flatMap((r) => (r.part ? [r.part.toLowerCase()] : [])));
  }
  const drop = (rels: string): void => {
    plan.removed.add(rels);
    const usedElsewhere = new Set([...targets].filter(([name]) => !plan.removed.has(name)).flatMap(([, list]) => list));
    for (const target of targets.get(rels) ?? []) {
      if (usedElsewhere.has(target) || !parts.zip.has(target) || plan.removed.has(target)) continue;
      plan.removed.add(target);
      if (targets.has(relsPartOf(target))) drop(relsPartOf(target));
    }
  };
  drop(relsPart.toLowerCase());
}

/** [Content_Types].xml with Overrides for the new parts appended and those of dropped parts taken out. */
function planContentTypes(parts: PackageParts, plan: SavePlan): void {
  const types = parts.contentTypes;
  const prefix = prefixOf(types.root.name);
  const edits: TextEdit[] = [];
  for (const element of children(types.root, "Override")) {
    const name = (element.attributes.PartName ?? "").replace(/^\//, "").toLowerCase();
    if (plan.removed.has(name)) edits.push({ from: element.start, to: element.end, text: "" });
  }
  const added = plan.overrides.map((entry) => {
    const [part, type = CONTENT_TYPES.worksheet] = entry.split("|");
    return `<${prefix}Override PartName="/${escapeAttribute(part)}" ContentType="${type}"/>`;
  });
  if (!types.defaults.has("rels") && plan.added.some(([name]) => name.endsWith(".rels"))) {
    added.push(`<${prefix}Default Extension="rels" ContentType="${CONTENT_TYPES.relationships}"/>`);
  }
  if (added.length > 0) edits.push(appendInside(types.root, added.join("")));
  if (edits.length > 0) plan.changed.set("[content_types].xml", () => [applyEdits(types.text, edits)]);
}

function freeName(parts: PackageParts, plan: SavePlan, stem: string, extension: string): string {
  const taken = (name: string) => parts.zip.has(name) || plan.added.some(([added]) => added.toLowerCase() === name.toLowerCase());
  let n = 1;
  while (taken(`${stem}${n}${extension}`)) n++;
  return `${stem}${n}${extension}`;
}

/**
 * Text chunks (or batches of them) as a byte stream of ~1 MB pieces for the
 * compressor. Each piece is encoded straight into the buffer (encodeInto):
 * millions of small cell texts are never joined into one string first.
 */
function encoded(source: AsyncIterable<string | string[]> | Iterable<string | string[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<string | string[]>)[Symbol.iterator]();
  const SIZE = 1 << 20;
  let buffer = new Uint8Array(SIZE);
  let used = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const flush = (): void => {
        if (used > 0) controller.enqueue(buffer.subarray(0, used));
        buffer = new Uint8Array(SIZE);
        used = 0;
      };
      const put = (text: string): void => {
        // UTF-8 takes at most 3 bytes per UTF-16 unit.
        if (text.length * 3 > SIZE - used) flush();
        if (text.length * 3 > SIZE) controller.enqueue(encoder.encode(text));
        else used += encoder.encodeInto(text, buffer.subarray(used)).written;
      };
      while (used < SIZE / 2) {
        const next = await iterator.next();
        if (next.done) {
          flush();
          controller.close();
          return;
        }
        if (typeof next.value === "string") put(next.value);
        else for (const piece of next.value) put(piece);
      }
      flush();
    },
    async cancel() {
      await iterator.return?.();
    },
  }, { highWaterMark: 8 });
}
