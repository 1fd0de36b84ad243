import { FLAG_CODES, LEVELS, levelCode } from "../domain";
import type { EvaluationReport } from "../usecases/evaluateInventory";
import { RESULT_FIELDS, RESULT_WIDTH } from "../usecases/resultColumns";
import { columnLetter } from "../workbook/port";
import type { CliText } from "./cliText";
import type { FileFormat } from "./outputPath";

/** Problem lines shown on stderr before "… and N more". */
export const PROBLEM_LINES = 50;

/** The short summary for stdout: where the output is, posts per class, errors, blanks, flags. */
export function summaryLines(
  report: EvaluationReport,
  output: { readonly path: string; readonly format: FileFormat },
  addedSheets: readonly string[],
  say: CliText,
): string[] {
  const width = output.format === "csv" ? RESULT_FIELDS.length : RESULT_WIDTH;
  const columns = `${columnLetter(report.column)}–${columnLetter(report.column + width - 1)}`;
  // One pass over the posts: a million of them are counted without a list per class or flag.
  const levels = [0, 0, 0, 0];
  const flags = FLAG_CODES.map(() => 0);
  for (const { assessment } of report.posts) {
    if (!assessment) continue;
    levels[assessment.level - 1]++;
    for (let bit = 0; bit < flags.length; bit++) if ((assessment.flags & (1 << bit)) !== 0) flags[bit]++;
  }
  const perLevel = LEVELS.map((level) => `${levelCode(level)} ${levels[level - 1]}`);
  const perFlag = FLAG_CODES.map((flag, bit) => ({ flag, count: flags[bit] })).filter((f) => f.count > 0);
  return [
    say.written(output.path, report.mapping.sheet, columns),
    output.format === "csv" ? say.csvHolds : say.addedSheets(addedSheets.join(", ")),
    ...(report.mode === "portable" ? [say.portableWritten] : []),
    say.evaluated(report.evaluated, perLevel.join(", ")),
    say.invalid(report.invalid),
    say.blank(report.blank),
    say.flagged(perFlag.length === 0 ? say.none : perFlag.map((f) => `${say.flagName[f.flag]} ${f.count}`).join(", ")),
  ];
}

/**
 * The rows that could not be evaluated, for stderr: a header, then each
 * problem message (it names the cell: `K12 staff (…): "12,5" …`), one a
 * line, at most `limit` lines, then "… and N more".
 */
export function problemLines(report: EvaluationReport, say: CliText, limit = PROBLEM_LINES): string[] {
  const messages = report.posts.flatMap((post) => post.problems ?? []);
  // The layout notes (merged data cells read blank…) come first: they explain problems that follow.
  const notes = report.layoutNotes ?? [];
  if (messages.length === 0) return [...notes];
  const shown = messages.slice(0, limit);
  const rest = messages.length - shown.length;
  return [...notes, say.problemsHeader(report.invalid), ...shown, ...(rest > 0 ? [say.more(rest)] : [])];
}
