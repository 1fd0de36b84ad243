/** What the command touches of its process: output streams and environment (injectable for tests). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** True when stderr is a terminal: progress is shown. */
  readonly stderrIsTty: boolean;
}

/** The real process's streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    stderrIsTty: process.stderr.isTTY === true,
  };
}
