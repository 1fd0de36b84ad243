import { randomBytes } from "crypto";
import { closeSync, constants, type promises as fsPromises, promises, rmSync } from "fs";
import { constants as os } from "os";
import { basename, dirname, join } from "path";
import { printableKeepingLines } from "../domain";
import type { CliText, WriteFailure } from "./cliText";
import { UsageError } from "./exitCodes";

/**
 * Where a writer puts the evaluated copy while it is being written: a
 * temporary file in the output's own folder, created for this run alone.
 * A writer uses one of the two, not both.
 */
export interface OutputTarget {
  /**
   * The temporary file as a stream. `write` resolves once the stream is
   * closed: `await readable.pipeTo(stream)`, or `await writer.close()` after
   * the last `await writer.write(bytes)`.
   */
  readonly stream: WritableStream<Uint8Array>;
  /** The temporary file's path, for a writer that can only write a named file; the stream is then left untouched. */
  readonly path: string;
}

/** How `writeOutput` may treat the output path, and (for tests) where its random names come from. */
export interface OutputOptions {
  /** Replace a file at the output path, even one that appeared while the copy was being written. */
  readonly force: boolean;
  /** The random part of the temporary file's name (tests plant a symlink at a name they know). */
  readonly randomName?: () => string;
}

/** Signals that end a run from outside (Ctrl+C, `kill`, a closed terminal): the temporary file goes with the run. */
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Tries before giving up on a free temporary name; only someone planting names makes a second try needed at all. */
const NAME_ATTEMPTS = 5;
/** Codes `link` gives where the file system has no hard links (FAT, exFAT, some network shares). */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);
/** Characters of the output's name kept in the temporary name: recognisable, yet well under the 255-byte name limit. */
const NAME_KEPT = 50;

/** What a run has of its temporary file, for the signal handler and the clean-up. */
interface Temporary {
  path?: string;
  handle?: fsPromises.FileHandle;
  placed: boolean;
}

/**
 * Writes the copy at `path` through a temporary file in the same folder,
 * moved into place only once `write` succeeded, so that no half-written file
 * ever carries the output's name. The temporary file is created exclusively
 * (random name, mode 0600, a link planted at its name is never followed)
 * and gets the usual mode only when complete. Without `force`, a file that
 * appeared at `path` in the meantime is never replaced: the copy is linked
 * into place, which fails rather than replace. On SIGINT, SIGTERM or SIGHUP
 * the temporary file is removed and the process exits with 128 + the
 * signal's number. A file-system refusal (full disk, no permission,
 * read-only folder…) is thrown as a UsageError naming `path`; any other
 * error out of `write` is rethrown as it is. Nothing is left behind either way.
 */
export async function writeOutput(
  path: string,
  options: OutputOptions,
  say: CliText,
  write: (target: OutputTarget) => Promise<void>,
): Promise<void> {
  const temporary: Temporary = { placed: false };
  const stopWatching = removeOnSignal(temporary, path, say);
  try {
    await writeTemporary(path, options, write, temporary);
    await placeCopy(temporary.path as string, path, options.force, say);
    temporary.placed = true;
  } catch (error) {
    throw refusal(error, path, temporary.path, await discard(temporary, say), say);
  } finally {
    stopWatching();
  }
}

/**
 * Writes `text` to `stream` as UTF-8 and closes it, in slices so that a large
 * CSV is never held twice in memory as text and bytes.
 */
export async function writeText(stream: WritableStream<Uint8Array>, text: string, slice = 1 << 20): Promise<void> {
  const writer = stream.getWriter();
  const encoder = new TextEncoder();
  try {
    for (let start = 0; start < text.length; ) {
      let end = Math.min(text.length, start + slice);
      // Never cut a surrogate pair: each half alone would be encoded as U+FFFD.
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end += 1;
      await writer.write(encoder.encode(text.slice(start, end)));
      start = end;
    }
    await writer.close();
  } finally {
    writer.releaseLock();
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Creates the temporary file, lets `write` fill it, and makes it durable with the usual mode. */
async function writeTemporary(path: string, options: OutputOptions, write: (target: OutputTarget) => Promise<void>, temporary: Temporary): Promise<void> {
  const handle = await createTemporary(path, options.randomName ?? (() => randomBytes(8).toString("hex")), temporary);
  const sink = new FileSink(handle);
  const stream = new WritableStream<Uint8Array>(sink);
  try {
    await write({ stream, path: temporary.path as string });
  } catch (error) {
    // The writer may wrap or replace the file system's error; the disk's own reason is the one to report.
    throw sink.failure ?? error;
  }
  await sink.finish(stream);
  await handle.chmod(0o666 & ~process.umask()); // what a plain write would have given; 0600 only while incomplete
  await handle.close();
}

/**
 * The temporary file, `.<output name>.<random>.tmp` beside the output (never
 * the system's temp folder, which may be shared or on another disk). O_EXCL
 * refuses any existing name, a symlink included; O_NOFOLLOW says so twice.
 */
async function createTemporary(path: string, random: () => string, temporary: Temporary): Promise<fsPromises.FileHandle> {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0); // no O_NOFOLLOW on Windows
  const stem = Array.from(basename(path)).slice(0, NAME_KEPT).join("");
  for (let attempt = 1; ; attempt++) {
    // Known before the file exists, so that a signal during the open still removes what the open creates.
    temporary.path = join(dirname(path), `.${stem}.${random()}.tmp`);
    try {
      temporary.handle = await promises.open(temporary.path, flags, 0o600);
      return temporary.handle;
    } catch (error) {
      temporary.path = undefined; // not ours: never removed
      if (codeOf(error) !== "EEXIST" || attempt >= NAME_ATTEMPTS) throw error;
    }
  }
}

/**
 * Gives the complete temporary file the output's name. With --force a
 * rename replaces whatever is there at that moment. Without it, a hard link
 * is made instead: it fails with EEXIST if anything (a symlink included) has
 * appeared at `path` since the check at the start, so the no-overwrite check
 * holds at the moment the copy takes its name.
 */
async function placeCopy(temporary: string, path: string, force: boolean, say: CliText): Promise<void> {
  if (force) return promises.rename(temporary, path);
  try {
    await promises.link(temporary, path);
  } catch (error) {
    const code = codeOf(error);
    if (code === "EEXIST") throw new UsageError(say.outputAppeared(path));
    if (code !== undefined && NO_LINKS.has(code)) throw new UsageError(say.noLinks(path));
    throw error;
  }
  await promises.unlink(temporary); // the copy now has both names; the temporary one goes
}

/**
 * Closes and removes the temporary file after a failure; returns a note for
 * the analyst if it could not be removed. A close error is not reported: the
 * failure being reported already says the copy was not written.
 */
async function discard(temporary: Temporary, say: CliText): Promise<string | undefined> {
  await temporary.handle?.close().catch(() => undefined);
  if (temporary.path === undefined) return undefined;
  try {
    rmSync(temporary.path, { force: true });
    return undefined;
  } catch {
    return say.temporaryLeft(temporary.path);
  }
}

/**
 * A refusal by the file system (an error with a code and a system call) is
 * the environment's, a UsageError naming the output and the reason; anything
 * else is a defect and stays as it is.
 */
function refusal(error: unknown, path: string, temporary: string | undefined, note: string | undefined, say: CliText): unknown {
  const withNote = (message: string) => (note === undefined ? message : `${message}\n${note}`);
  if (error instanceof UsageError) return note === undefined ? error : new UsageError(withNote(error.message));
  const code = codeOf(error);
  if (code === undefined || (error as NodeJS.ErrnoException).syscall === undefined) return error;
  const known: string | undefined = say.writeFailure[code as WriteFailure];
  // The system's own message names the temporary file, which means nothing to the analyst.
  const message = (error as Error).message;
  const reason = known !== undefined ? `${known} (${code})` : temporary === undefined ? message : message.split(temporary).join(path);
  return new UsageError(withNote(say.cannotWrite(path, reason)));
}

function codeOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * While the copy is being written, SIGINT, SIGTERM and SIGHUP remove the
 * temporary file and end the process with 128 + the signal's number, as a
 * shell reports a command it interrupted. Returns the function that stops
 * watching, after which the signals have their default effect again.
 */
function removeOnSignal(temporary: Temporary, path: string, say: CliText): () => void {
  const handlers = SIGNALS.map((signal) => {
    const handler = (): void => {
      let message = temporary.placed ? say.interruptedAfter(signal, path) : say.interrupted(signal, path);
      if (temporary.path !== undefined) {
        try {
          // Closed first: Windows cannot remove a file that is still open.
          if (temporary.handle !== undefined && temporary.handle.fd >= 0) closeSync(temporary.handle.fd);
          rmSync(temporary.path, { force: true });
        } catch {
          message += `\n${say.temporaryLeft(temporary.path)}`;
        }
      }
      // Straight to the process (the run's CliIo is not at hand here), made printable as CliIo would: the path is the analyst's.
      process.stderr.write(`${printableKeepingLines(message)}\n`);
      process.exit(128 + os.signals[signal]);
    };
    process.on(signal, handler);
    return { signal, handler };
  });
  return () => handlers.forEach(({ signal, handler }) => process.off(signal, handler));
}

/**
 * The temporary file as the sink of a WritableStream. The first failure of
 * the disk is kept, so that it is reported even when a writer wraps it.
 */
class FileSink implements UnderlyingSink<Uint8Array> {
  failure: unknown;
  private closed = false;
  private aborted: { reason: unknown } | undefined;

  constructor(private readonly handle: fsPromises.FileHandle) {}

  async write(chunk: Uint8Array): Promise<void> {
    if (!ArrayBuffer.isView(chunk)) throw new TypeError(`The output stream takes bytes (Uint8Array), not ${typeof chunk}.`);
    try {
      // A write may take only part of the bytes (a signal, a network share): loop until all are down.
      for (let offset = 0; offset < chunk.byteLength; ) {
        offset += (await this.handle.write(chunk, offset, chunk.byteLength - offset)).bytesWritten;
      }
    } catch (error) {
      this.failure ??= error;
      throw error;
    }
  }

  async close(): Promise<void> {
    try {
      await this.handle.sync(); // on disk before it takes the output's name: a crash never leaves an empty copy
      this.closed = true;
    } catch (error) {
      this.failure ??= error;
      throw error;
    }
  }

  abort(reason: unknown): void {
    this.aborted = { reason };
  }

  /**
   * After `write` resolved: the disk's failure or the writer's abort if any;
   * else closes the stream a path-writer left untouched. A stream still
   * locked and open means the writer returned before it was done: a defect.
   */
  async finish(stream: WritableStream<Uint8Array>): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.aborted !== undefined) throw this.aborted.reason ?? new Error("The writer aborted the output stream.");
    if (this.closed) return;
    if (stream.locked) throw new Error("The writer returned before closing the output stream.");
    await stream.close();
  }
}
