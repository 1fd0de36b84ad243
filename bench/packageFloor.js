/* The package floor of the batch benchmark: every part of an .xlsx inflated
   and deflated again into a new package, in one child process. zip.js with
   the runtime's DecompressionStream / CompressionStream (Node's zlib, run in
   its thread pool), default level (6), every part at once so both cores
   work. Any copy that keeps the package but re-deflates its parts costs at
   least this; passing unchanged parts through raw costs less.
   Prints a JSON summary on stdout. */
const fs = require("fs");
const { Writable } = require("stream");
const { TransformStream } = require("stream/web");
const { BlobReader, ZipReader, ZipWriter, configure } = require("@zip.js/zip.js");

// Without Web Workers, maxWorkers bounds the codecs running at once; each part
// needs two (inflate and deflate), and too few make parts wait for each other.
configure({ useWebWorkers: false, useCompressionStream: true, maxWorkers: 64 });
const [input, output] = process.argv.slice(2);

(async () => {
  const reader = new ZipReader(new BlobReader(await fs.openAsBlob(input)));
  const file = fs.createWriteStream(output);
  const closed = new Promise((resolve, reject) => file.on("close", resolve).on("error", reject));
  const writer = new ZipWriter(Writable.toWeb(file));
  const entries = (await reader.getEntries()).filter((entry) => !entry.directory);
  await Promise.all(
    entries.map((entry) => {
      const pipe = new TransformStream();
      return Promise.all([entry.getData(pipe.writable), writer.add(entry.filename, pipe.readable, { lastModDate: entry.lastModDate })]);
    }),
  );
  await writer.close();
  await reader.close();
  await closed;
  const inflatedMB = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0) / 1e6;
  process.stdout.write(`${JSON.stringify({ parts: entries.length, inflatedMB, outputMB: fs.statSync(output).size / 1e6 })}\n`);
})().catch((failure) => {
  process.stderr.write(`${failure.stack}\n`);
  process.exit(1);
});
