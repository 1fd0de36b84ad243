import type { CliText, ProgressStep } from "./cliText";

/** Inventories at least this long show progress even when stderr is not a terminal (CI logs, pipelines). */
export const LARGE_INVENTORY_ROWS = 10_000;

/**
 * Progress on stderr: one line per step with the time elapsed since the
 * command started. Shown when stderr is a terminal (someone is watching), or
 * once the inventory turns out to be large (a long run in a log should show
 * it is alive); small runs in scripts and tests stay quiet.
 */
export class Progress {
  private readonly started: number;

  constructor(
    private readonly write: (line: string) => void,
    private readonly say: CliText,
    private shown: boolean,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.started = clock();
  }

  /** Turns progress on once the inventory is known to be large. */
  showIfLarge(rows: number): void {
    if (rows >= LARGE_INVENTORY_ROWS) this.shown = true;
  }

  step(step: ProgressStep): void {
    if (!this.shown) return;
    const seconds = ((this.clock() - this.started) / 1000).toFixed(1).padStart(6);
    this.write(`assistlevel [${seconds} s] ${this.say.step[step]}…\n`);
  }
}
