import { type Entry, type FileEntry, Uint8ArrayReader, Uint8ArrayWriter, ZipReader, configure } from "@zip.js/zip.js";
import { PackageRefusal } from "./packageRefusal";

// Node and the browser's worker both have CompressionStream: zip.js inflates and
// deflates natively there. No extra workers: the batch tool is one process and
// browser mode already runs this inside its own worker.
configure({ useWebWorkers: false });

/** An .xlsx file is a zip archive: it starts with a local file header ("PK\x03\x04"). */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** True when the first bytes of a file are a zip's; anything else is no .xlsx, whatever its name. */
export function startsLikeZip(head: Uint8Array): boolean {
  return head.length >= ZIP_SIGNATURE.length && ZIP_SIGNATURE.every((byte, i) => head[i] === byte);
}

/** A part read as one string must fit comfortably in a JS string (V8 caps strings near 512 MB). */
export const MAX_TEXT_PART_BYTES = 256 * 1024 * 1024;
/** No part of a workbook Excel can write inflates beyond this (a full 1,048,576 × 16,384 sheet is not a real inventory). */
export const MAX_PART_BYTES = 4 * 1024 * 1024 * 1024;
/**
 * Beyond this inflated size a part must not inflate more than RATIO times its
 * compressed size. Deflate cannot exceed ~1032:1; spreadsheet XML is 5–50:1,
 * so a part of hundreds of MB at 250:1 or more is a zip bomb, not a workbook.
 */
const RATIO_CHECK_FROM = 64 * 1024 * 1024;
const MAX_RATIO = 250;
/** Compressed bytes handed to the inflater at a time. */
const SLICE = 64 * 1024;
const STORED = 0;
const DEFLATED = 8;

/**
 * The analyst's package as read: its entries in their original order, each
 * available as raw compressed bytes (copied into the copy untouched), as
 * text, or as a stream of text chunks (the large sheet parts). Sizes are
 * checked against the limits above before and while inflating, so a zip
 * bomb is refused before memory is spent.
 */
export class ZipPackage {
  private readonly byName: Map<string, FileEntry>;

  private constructor(readonly entries: readonly FileEntry[]) {
    this.byName = new Map(entries.map((e) => [e.filename.toLowerCase(), e]));
  }

  /** Opens a package from its bytes; a file that is no zip, or is encrypted, is refused. */
  static async open(bytes: Uint8Array): Promise<ZipPackage> {
    let entries: Entry[];
    try {
      entries = await new ZipReader(new Uint8ArrayReader(bytes)).getEntries();
    } catch (error) {
      throw new PackageRefusal("notZip", error instanceof Error ? error.message : String(error));
    }
    const files = entries.filter((e): e is FileEntry => !e.directory);
    for (const entry of files) {
      if (entry.encrypted) throw new PackageRefusal("encrypted", entry.filename);
      if (entry.uncompressedSize > MAX_PART_BYTES) throw new PackageRefusal("partTooLarge", entry.filename);
    }
    return new ZipPackage(files);
  }

  /** The entry of a part name (OPC part names ignore case; a leading "/" is dropped). */
  entry(name: string): FileEntry | undefined {
    return this.byName.get(name.replace(/^\//, "").toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The compressed bytes of a part as stored, for copying it untouched. */
  async raw(name: string): Promise<Uint8Array> {
    return this.required(name).getData(new Uint8ArrayWriter(), { passThrough: true });
  }

  /** A small part as one string (workbook.xml, rels, styles, tables…). */
  async text(name: string): Promise<string> {
    const entry = this.required(name);
    if (entry.uncompressedSize > MAX_TEXT_PART_BYTES) throw new PackageRefusal("partTooLarge", entry.filename);
    const chunks: string[] = [];
    for await (const chunk of this.textChunks(name, MAX_TEXT_PART_BYTES)) chunks.push(chunk);
    return chunks.join("");
  }

  /**
   * A part as a stream of decoded text chunks, refused past `limit` inflated
   * bytes or a bomb's ratio. The compressed bytes go through the platform's
   * DecompressionStream one slice at a time, as they are read: zip.js's own
   * getData inflates ahead of a slow reader (measured: 43 MB of a 51 MB sheet
   * queued while it was being patched), which a million-row sheet cannot afford.
   */
  async *textChunks(name: string, limit = MAX_PART_BYTES): AsyncGenerator<string> {
    const entry = this.required(name);
    if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
      throw new PackageRefusal("damagedPart", `${entry.filename}: compression method ${entry.compressionMethod}`);
    }
    const compressed = await this.raw(name);
    let offset = 0;
    const slices = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (offset >= compressed.length) return controller.close();
          controller.enqueue(compressed.subarray(offset, offset + SLICE));
          offset += SLICE;
        },
      },
      { highWaterMark: 0 },
    );
    const inflated = entry.compressionMethod === DEFLATED ? slices.pipeThrough(new DecompressionStream("deflate-raw") as unknown as TransformStream<Uint8Array, Uint8Array>) : slices;
    const reader = inflated.getReader();
    let decoder: TextDecoder | undefined;
    let size = 0;
    try {
      for (;;) {
        let next: ReadableStreamReadResult<Uint8Array>;
        try {
          next = await reader.read();
        } catch (error) {
          throw new PackageRefusal("damagedPart", `${entry.filename}: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (next.done) break;
        size += next.value.length;
        // More than the central directory declares: a damaged entry or one lying about its size (zip.js refused these itself).
        if (size > entry.uncompressedSize) throw new PackageRefusal("damagedPart", `${entry.filename}: inflates past the ${entry.uncompressedSize} bytes its zip entry declares`);
        if (size > limit || (size > RATIO_CHECK_FROM && size > MAX_RATIO * Math.max(1, entry.compressedSize))) {
          throw new PackageRefusal("partTooLarge", entry.filename);
        }
        decoder ??= new TextDecoder(encodingOf(next.value));
        const text = decoder.decode(next.value, { stream: true });
        if (text.length > 0) yield text;
      }
      const rest = decoder?.decode() ?? "";
      if (rest.length > 0) yield rest;
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }

  private required(name: string): FileEntry {
    const entry = this.entry(name);
    if (!entry) throw new PackageRefusal("missingPart", name);
    return entry;
  }
}

/** OPC allows UTF-8 and UTF-16 XML parts; the byte order mark (or its absence) tells which. */
function encodingOf(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}
