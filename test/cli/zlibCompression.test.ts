import { BlobWriter, TextReader, TextWriter, Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter, configure } from "@zip.js/zip.js";
import * as zlib from "zlib";
import { COPY_LEVEL, ZlibCompressionStream, useZlibCompression } from "../../src/cli/zlibCompression";

/**
 * The command line has zip.js deflate with zlib in 1 MB pieces
 * (zlibCompression.ts) at COPY_LEVEL instead of Node's CompressionStream
 * (zlib's default level): the archive must be the platform's but for the
 * deflated bytes, which are zlib's own at that level, and its CRC-32s right.
 */
async function archive(text: string): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { extendedTimestamp: false });
  await writer.add("xl/worksheets/sheet1.xml", new TextReader(text), { lastModDate: new Date(2026, 0, 1) });
  await writer.add("empty.xml", new TextReader(""), { lastModDate: new Date(2026, 0, 1) });
  return writer.close();
}

afterAll(() => configure({ CompressionStream: globalThis.CompressionStream as never }));

test("a part of several MB deflates to zlib's bytes at COPY_LEVEL, in an archive otherwise the platform's, and reads back with its CRC-32 checked", async () => {
  const rows = Array.from({ length: 60_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Post ${i % 977} — é ü</t></is></c><c r="B${i + 1}"><v>${(i * 7919) % 1201}</v></c></row>`);
  const text = `<?xml version="1.0"?><worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`;
  configure({ CompressionStream: globalThis.CompressionStream as never });
  const platform = await archive(text);
  useZlibCompression();
  const viaZlib = await archive(text);
  expect(text.length).toBeGreaterThan(4_000_000);
  const deflated = zlib.deflateRawSync(text, { level: COPY_LEVEL });
  expect(COPY_LEVEL).not.toBe(zlib.constants.Z_DEFAULT_COMPRESSION);
  expect(Buffer.from(viaZlib).includes(deflated)).toBe(true);
  expect(Buffer.from(platform).includes(zlib.deflateRawSync(text))).toBe(true);
  // Same entries, names, dates and CRC-32s: only the sheet's compressed bytes (and the sizes and offsets that follow them) differ.
  const described = async (zip: Uint8Array) => (await new ZipReader(new Uint8ArrayReader(zip)).getEntries()).map((e) => [e.filename, e.uncompressedSize, e.signature, e.compressionMethod]);
  expect(await described(viaZlib)).toEqual(await described(platform));

  const reader = new ZipReader(new Uint8ArrayReader(viaZlib));
  const entries = await reader.getEntries();
  const sheet = entries.find((e) => e.filename === "xl/worksheets/sheet1.xml");
  if (!sheet || sheet.directory) throw new Error("the sheet part is missing");
  expect(sheet.compressedSize).toBeLessThan(sheet.uncompressedSize / 5);
  expect(await sheet.getData(new TextWriter(), { checkSignature: true })).toBe(text);
  const empty = entries.find((e) => e.filename === "empty.xml");
  if (!empty || empty.directory) throw new Error("the empty part is missing");
  expect((await empty.getData(new BlobWriter(), { checkSignature: true })).size).toBe(0);
  await reader.close();
});

test("the stream gives zlib's own bytes in each format zip.js asks for (gzip, to read the CRC-32 from its trailer; raw deflate)", async () => {
  const input = new TextEncoder().encode("<c r=\"A1\"><v>1</v></c>".repeat(200_000));
  const through = async (format: string, level?: number): Promise<Buffer> => {
    const stream = new ZlibCompressionStream(format, { level });
    const output = new Response(new Blob([input]).stream().pipeThrough(stream)).arrayBuffer();
    return Buffer.from(await output);
  };
  expect((await through("deflate-raw")).equals(zlib.deflateRawSync(input, { level: COPY_LEVEL }))).toBe(true);
  expect((await through("deflate-raw", 1)).equals(zlib.deflateRawSync(input, { level: 1 }))).toBe(true);
  expect(zlib.gunzipSync(await through("gzip")).equals(Buffer.from(input))).toBe(true);
  expect(ZlibCompressionStream.supportedFormats).toContain("gzip");
});
