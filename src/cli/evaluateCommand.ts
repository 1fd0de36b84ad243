import { statSync } from "fs";
import type { Language } from "../domain";
import { absentCriterionMessages } from "../usecases/absentCriteria";
import { evaluateWorkbook } from "../usecases/evaluateWorkbook";
import type { PackageWorkbook } from "../workbook/package/PackageWorkbook";
import type { CliIo } from "./cliIo";
import { type InventoryMap, languageOfEnvironment, parseMap } from "./cliOptions";
import { cliText } from "./cliText";
import { inventoryCsv } from "./csvOutput";
import { EXIT, type ExitCode, UsageError } from "./exitCodes";
import { checkInput, openInventoryFile, refusalAsUsage } from "./inventoryFile";
import { writeOutput, writeText } from "./outputFile";
import { type OutputChoice, checkOutput, chooseOutput, isMacroName } from "./outputPath";
import { wordsFor } from "../words/words";
import { Progress } from "./progress";
import { problemLines, summaryLines } from "./runReport";

const LARGE_FILE_BYTES = 2_000_000;

/** The options of `assistlevel evaluate`, as commander hands them over. */
export interface EvaluateOptions {
  readonly output?: string;
  readonly sheet?: string;
  readonly map?: readonly string[];
  readonly lang?: Language;
  readonly csv?: boolean;
  readonly force?: boolean;
  /** "values" (default) or "portable": native formulas that recalculate with no add-in. */
  readonly formulas?: "values" | "portable";
}

/**
 * `assistlevel evaluate <inventory>`: reads the inventory (never writing to
 * it), runs the whole job of the pane's "Evaluate" on it, writes the copy
 * and reports. Every refusal (options, input, output in the way, a Stop from
 * the use cases) happens before the output is touched. Returns 0 when every
 * row was evaluated, 1 when the output was written but some rows were not.
 * Usage problems are thrown as UsageError, a Stop as itself. An .xlsx copy
 * is the analyst's package with the results added (see PackageWorkbook):
 * one path for every size.
 */
export async function evaluateCommand(input: string, options: EvaluateOptions, io: CliIo): Promise<ExitCode> {
  const language = options.lang ?? languageOfEnvironment(io.env);
  const say = cliText(language);
  const map: InventoryMap = parseMap(options.map ?? [], language);
  checkInput(input, say, language);
  const output = chooseOutput(input, options.output, options.csv ?? false, say);
  const mode = options.formulas ?? "values";
  if (mode === "portable" && output.format === "csv") throw new UsageError(say.portableNeedsXlsx);
  checkOutput(input, output.path, options.force ?? false, say);

  const progress = new Progress(io.stderr, say, io.stderrIsTty);
  progress.step("read");
  const port = await openInventoryFile(input, language, say);
  checkMacros(port, output, language);
  // Progress lines are for runs long enough to wonder about (a few MB is ~100,000 rows).
  if (statSync(input).size > LARGE_FILE_BYTES) progress.showIfLarge(Number.MAX_SAFE_INTEGER);
  const { report, sheets } = await evaluateWorkbook(port, {
    language,
    sheet: options.sheet,
    map,
    mode,
    onStep: (step) => progress.step(step),
  }).catch((error: unknown) => {
    // Sheets are read while the use cases run: a row past the grid or a bomb in a part is refused then.
    throw refusalAsUsage(error, input, language);
  });

  progress.step("write");
  await writeOutput(output.path, { force: options.force ?? false }, say, (out) =>
    output.format === "csv" ? inventoryCsv(port, report).then((csv) => writeText(out.stream, csv)) : port.save(out.stream),
  ).catch((error: unknown) => {
    // A part first read while the copy is written (an untouched sheet's raw bytes) can still be refused.
    throw refusalAsUsage(error, input, language);
  });

  for (const line of summaryLines(report, output, Object.values(sheets), say)) io.stdout(`${line}\n`);
  // An optional criterion without a column is said, not dropped: the run succeeds, but the classes were made without it.
  for (const line of absentCriterionMessages(report.mapping.absent, language)) io.stderr(`${line}\n`);
  for (const line of problemLines(report, say)) io.stderr(`${line}\n`);
  return report.invalid > 0 ? EXIT.invalidRows : EXIT.ok;
}

/** An .xlsm's macros stay in an .xlsm; an .xlsm name for a workbook without macros would not open. */
function checkMacros(port: PackageWorkbook, output: OutputChoice, language: Language): void {
  if (output.format !== "xlsx" || port.macroEnabled === isMacroName(output.path)) return;
  throw new UsageError(wordsFor(language).files.macroExtension(output.path, port.macroEnabled));
}
