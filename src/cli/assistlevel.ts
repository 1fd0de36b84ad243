import { Command, CommanderError, Option } from "commander";
import { LANGUAGES, matrixStamp, ruleName } from "../domain";
import { INVENTORY_INPUTS } from "../usecases/inventoryHeaders";
import { Stop } from "../usecases/stop";
import { type CliIo, processIo } from "./cliIo";
import { languageOfEnvironment } from "./cliOptions";
import { cliText } from "./cliText";
import { type EvaluateOptions, evaluateCommand } from "./evaluateCommand";
import { EXIT, type ExitCode, UsageError } from "./exitCodes";
import { useZlibCompression } from "./zlibCompression";

const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

/** The command line: `assistlevel evaluate …`, with commander's help and usage errors on `io`. */
function program(io: CliIo, done: (code: ExitCode) => void): Command {
  const language = languageOfEnvironment(io.env);
  const usage = cliText(language).usage;
  const root = new Command("assistlevel")
    .description(usage.program)
    .version(`assistlevel — ${matrixStamp(language)} · ${ruleName(language)}`, "-V, --version")
    // Commander would exit by itself, with 1 for usage errors; 1 means "some rows invalid" here.
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError(usage.addHelp);
  root
    .command("evaluate")
    .description(usage.evaluate)
    .argument("<inventory>", usage.inventory)
    .option("-o, --output <file>", usage.output)
    .option("--sheet <name>", usage.sheet)
    .option("--map <pairs>", usage.map(INVENTORY_INPUTS.join(", ")), collect)
    .addOption(new Option("--lang <code>", usage.lang).choices(LANGUAGES))
    .addOption(
      new Option("--formulas <mode>", usage.formulas)
        .choices(["values", "portable"])
        .default("values"),
    )
    .option("--csv", usage.csv)
    .option("--force", usage.force)
    .action(async (inventory: string, options: EvaluateOptions) => done(await evaluateCommand(inventory, options, io)));
  return root;
}

/**
 * Runs the command line `argv` (without node and script) and returns the exit
 * code. Never throws: a usage error, an unreadable file or a Stop is printed
 * and gives 2; anything else is a defect, printed with its stack, and gives 3.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<ExitCode> {
  useZlibCompression();
  let code: ExitCode = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    return failure(error, io);
  }
}

/** The exit code of an error out of the command, after printing it on stderr. */
export function failure(error: unknown, io: Pick<CliIo, "stderr" | "env">): ExitCode {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage; // commander printed it
  if (error instanceof UsageError || error instanceof Stop) {
    io.stderr(`${error.message}\n`);
    return EXIT.usage;
  }
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  io.stderr(cliText(languageOfEnvironment(io.env)).internalError(detail));
  return EXIT.internal;
}

/** What guardedIo needs of a process stream: hearing of a write that failed (the writing itself goes through CliIo). */
export interface OutputStream {
  on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * The process's streams, written to only while someone reads them. A reader
 * that went away (`assistlevel evaluate … | head -1`: EPIPE) wanted no more
 * lines, which is no failure of the run: writing to that stream stops
 * quietly and the exit code stays the run's. Any other failure to write
 * (stdout on a full disk, a closed descriptor) means the report was lost:
 * said on the other stream if it can be, and the exit code is at least 2.
 * Without this, Node's unhandled 'error' event ends the process with a
 * stack and exit code 1, which here means "some rows invalid".
 */
export function guardedIo(
  io: CliIo,
  streams: { readonly stdout: OutputStream; readonly stderr: OutputStream },
  failed: (code: ExitCode) => void,
): CliIo {
  const open = { stdout: true, stderr: true };
  const guarded: CliIo = {
    ...io,
    stdout: (text) => void (open.stdout && io.stdout(text)),
    stderr: (text) => void (open.stderr && io.stderr(text)),
  };
  for (const name of ["stdout", "stderr"] as const) {
    streams[name].on("error", (error) => {
      if (!open[name]) return;
      open[name] = false;
      if (error.code === "EPIPE") return;
      if (name === "stdout") guarded.stderr(`${cliText(languageOfEnvironment(io.env)).cannotReport(name, error.message)}\n`);
      failed(EXIT.usage);
    });
  }
  return guarded;
}

/** Runs the real process's command line and sets its exit code (bin/assistlevel.js calls this). */
export function run(): void {
  // The more serious of the run's code and a failure to report it: a late stream error may follow the run's end.
  const worst = (code: ExitCode): void => {
    process.exitCode = Math.max(code, Number(process.exitCode ?? EXIT.ok));
  };
  const io = guardedIo(processIo(), { stdout: process.stdout, stderr: process.stderr }, worst);
  void main(process.argv.slice(2), io).then(worst);
}

if (require.main === module) run();
