import { existsSync, statSync } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import type { CliText } from "./cliText";
import { UsageError } from "./exitCodes";

/** The two kinds of file the batch tool reads and writes. */
export type FileFormat = "xlsx" | "csv";

/** The format of a file by its extension (case ignored), or undefined for any other; a macro-enabled .xlsm is an .xlsx package. */
export function formatOf(path: string): FileFormat | undefined {
  const extension = extname(path).toLowerCase();
  return extension === ".xlsx" || extension === ".xlsm" ? "xlsx" : extension === ".csv" ? "csv" : undefined;
}

/** True for an .xlsm name: its package must hold macros, and a package with macros needs this name. */
export function isMacroName(path: string): boolean {
  return extname(path).toLowerCase() === ".xlsm";
}

export interface OutputChoice {
  readonly path: string;
  readonly format: FileFormat;
}

/**
 * Where the output goes and in which format. Without -o: next to the input,
 * `<name>.evaluated.xlsx` (`.csv` with --csv). With -o: its extension decides
 * (`.csv` means CSV even without --csv); --csv with an `.xlsx` name, or any
 * other extension, is a usage error rather than a file Excel will not open.
 */
export function chooseOutput(input: string, output: string | undefined, csv: boolean, say: CliText): OutputChoice {
  if (output === undefined) {
    const format: FileFormat = csv ? "csv" : "xlsx";
    const name = basename(input, extname(input));
    const extension = csv ? "csv" : isMacroName(input) ? "xlsm" : "xlsx";
    return { path: join(dirname(input), `${name}.evaluated.${extension}`), format };
  }
  const format = formatOf(output);
  if (format === undefined) throw new UsageError(say.outputExtension(output));
  if (csv && format === "xlsx") throw new UsageError(say.csvButXlsx(output));
  return { path: output, format };
}

/**
 * Refuses, before any work, an output that is the input itself (same path,
 * or the same file through another name, a link or a case-insensitive file
 * system), an existing output without --force, and a missing folder.
 */
export function checkOutput(input: string, output: string, force: boolean, say: CliText): void {
  const folder = dirname(resolve(output));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(say.outputDirectory(dirname(output)));
  if (resolve(output) === resolve(input)) throw new UsageError(say.outputIsInput(output));
  if (!existsSync(output)) return;
  const existing = statSync(output);
  const source = statSync(input);
  if (existing.dev === source.dev && existing.ino === source.ino) throw new UsageError(say.outputIsInput(output));
  if (!existing.isFile()) throw new UsageError(say.outputNotFile(output));
  if (!force) throw new UsageError(say.outputExists(output));
}
