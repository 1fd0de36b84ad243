import { printableKeepingLines } from "../domain";

/** What the command touches of its process: output streams and environment (injectable for tests). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** True when stderr is a terminal: progress is shown. */
  readonly stderrIsTty: boolean;
}

/**
 * The real process's streams and environment. Everything written goes
 * through `printableKeepingLines`, a last line of defence behind the
 * messages that quote cell text: no escape or bidi character from a file
 * reaches the terminal, whichever message carried it; the command's own
 * line feeds are kept.
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(printableKeepingLines(text)),
    stderr: (text) => process.stderr.write(printableKeepingLines(text)),
    env: process.env,
    stderrIsTty: process.stderr.isTTY === true,
  };
}
