import { renameSync, rmSync, statSync, writeFileSync } from "fs";
import { basename, dirname, join } from "path";
import type { Language } from "../domain";
import { evaluateWorkbook } from "../usecases/evaluateWorkbook";
import type { WorkbookPort } from "../workbook/port";
import { ExcelJsWorkbook } from "../workbook/xlsx/ExcelJsWorkbook";
import { LOST_IN_STREAMING } from "../workbook/xlsx/StreamedWorkbook";
import { writeXlsx } from "../workbook/xlsx/xlsxFile";
import type { CliIo } from "./cliIo";
import { type InventoryMap, languageOfEnvironment, parseMap } from "./cliOptions";
import { type CliText, cliText } from "./cliText";
import { inventoryCsv } from "./csvOutput";
import { EXIT, type ExitCode, UsageError } from "./exitCodes";
import { checkInput, isLargeXlsx, readInventory, readStreamedInventory } from "./inventoryFile";
import { checkOutput, chooseOutput, formatOf } from "./outputPath";
import { Progress } from "./progress";
import { problemLines, summaryLines } from "./runReport";

/** The options of `assistlevel evaluate`, as commander hands them over. */
export interface EvaluateOptions {
  readonly output?: string;
  readonly sheet?: string;
  readonly map?: readonly string[];
  readonly lang?: Language;
  readonly csv?: boolean;
  readonly force?: boolean;
  readonly stream?: boolean;
}

/**
 * `assistlevel evaluate <inventory>`: reads the inventory (never writing to
 * it), runs the whole job of the pane's "Evaluate" on it, writes the copy
 * and reports. Every refusal (options, input, output in the way, a Stop from
 * the use cases) happens before the output is touched. Returns 0 when every
 * row was evaluated, 1 when the output was written but some rows were not.
 * Usage problems are thrown as UsageError, a Stop as itself.
 */
export async function evaluateCommand(input: string, options: EvaluateOptions, io: CliIo): Promise<ExitCode> {
  const language = options.lang ?? languageOfEnvironment(io.env);
  const say = cliText(language);
  const map: InventoryMap = parseMap(options.map ?? [], language);
  checkInput(input, say);
  const output = chooseOutput(input, options.output, options.csv ?? false, say);
  checkOutput(input, output.path, options.force ?? false, say);

  const progress = new Progress(io.stderr, say, io.stderrIsTty);
  progress.step("read");
  const { port, save } = await openInventory(input, language, options.stream ?? false, progress, io);
  const { report, sheets } = await evaluateWorkbook(port, {
    language,
    sheet: options.sheet,
    map,
    onStep: (step) => progress.step(step),
  });

  progress.step("write");
  await writeAtomically(
    output.path,
    (path) => (output.format === "csv" ? inventoryCsv(port, report).then((csv) => writeFileSync(path, csv, "utf8")) : save(path)),
    say,
  );

  for (const line of summaryLines(report, output, Object.values(sheets), say)) io.stdout(`${line}\n`);
  for (const line of problemLines(report, say)) io.stderr(`${line}\n`);
  return report.invalid > 0 ? EXIT.invalidRows : EXIT.ok;
}

/**
 * The inventory as a workbook port and how to save it: an ExcelJS workbook
 * in memory, or — for an .xlsx too large for that — a streamed workbook,
 * after telling the analyst what such a copy does not keep.
 */
async function openInventory(
  input: string,
  language: Language,
  stream: boolean,
  progress: Progress,
  io: CliIo,
): Promise<{ port: WorkbookPort; save: (path: string) => Promise<void> }> {
  const say = cliText(language);
  if (isLargeXlsx(input) || (stream && formatOf(input) === "xlsx")) {
    progress.showIfLarge(Number.MAX_SAFE_INTEGER);
    io.stderr(`${say.streaming(Math.round(statSync(input).size / 1e6), LOST_IN_STREAMING[language])}\n`);
    const streamed = await readStreamedInventory(input, say);
    return { port: streamed, save: (path) => streamed.save(path) };
  }
  const workbook = await readInventory(input, say);
  progress.showIfLarge(Math.max(0, ...workbook.worksheets.map((sheet) => sheet.rowCount)));
  return { port: new ExcelJsWorkbook(workbook), save: (path) => writeXlsx(workbook, path) };
}

/**
 * Writes through a temporary file in the output's folder, renamed into
 * place at the end: an interrupted or failed write never leaves a half file
 * under the output's name, nor half-overwrites an earlier output (--force).
 * A file-system refusal (permissions, full disk, read-only folder) is the
 * environment's, reported as a UsageError; anything else stays a defect.
 */
async function writeAtomically(path: string, write: (temporary: string) => Promise<void>, say: CliText): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await write(temporary);
    renameSync(temporary, path);
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).code === "string" && (error as NodeJS.ErrnoException).syscall !== undefined) {
      throw new UsageError(say.cannotWrite(path, (error as Error).message));
    }
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}
