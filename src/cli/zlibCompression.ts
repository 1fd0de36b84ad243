import { configure } from "@zip.js/zip.js";
import { Duplex } from "stream";
import * as zlib from "zlib";

/** Output pieces of the compressor: Node's CompressionStream hands zlib's work over in 16 KB ones, a round trip to the thread pool each. */
const CHUNK = 1 << 20;

/**
 * zlib's level for the copy's changed parts when zip.js asks for none. The
 * copy's sheet part is deflated while it is patched, and on a 2-core machine
 * the deflater at zlib's default (6) was what the patch waited for: the
 * main thread sat idle 40% of the save. Measured on the 100,000-post bench
 * inventory (108 MB sheet part, 5 alternating runs): level 6 takes 5.1 s
 * for the whole command and writes 11.1 MB; level 3 takes 4.6 s and writes
 * 13.3 MB; level 1 4.5 s and 15.6 MB. Level 3 buys most of the time for a
 * fifth more bytes; Excel recompresses the file when the analyst saves it.
 */
export const COPY_LEVEL = 3;

/**
 * The deflater zip.js writes the copy's changed parts with, in Node: zlib
 * itself, as Node's CompressionStream is, at COPY_LEVEL, in 1 MB pieces.
 * Measured on a 108 MB sheet part: 1.4 s instead of 1.9 s at the same level.
 * Browser mode keeps the platform's CompressionStream (zlib's default level).
 */
export class ZlibCompressionStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;

  static readonly supportedFormats = ["deflate-raw", "deflate", "gzip"];

  constructor(format: string, options?: { level?: number }) {
    const settings = { level: options?.level ?? COPY_LEVEL, chunkSize: CHUNK };
    const stream = format === "gzip" ? zlib.createGzip(settings) : format === "deflate" ? zlib.createDeflate(settings) : zlib.createDeflateRaw(settings);
    const pair = Duplex.toWeb(stream) as unknown as { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> };
    this.readable = pair.readable;
    this.writable = pair.writable;
  }
}

/** Makes zip.js compress with zlib directly (see ZlibCompressionStream); called once by the command line. */
export function useZlibCompression(): void {
  configure({ CompressionStream: ZlibCompressionStream as never });
}
