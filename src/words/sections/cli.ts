import type { FlagCode } from "../../domain";

/** File-system refusals of a write that the batch tool explains in words (others show the system's message). */
export type WriteFailure = "ENOSPC" | "EDQUOT" | "EACCES" | "EPERM" | "EROFS" | "EISDIR" | "EIO" | "EFBIG";

/** Steps shown as progress: the use case's own steps plus reading and writing the files. */
export type ProgressStep = "read" | "map" | "evaluate" | "matrix" | "summary" | "audit" | "write";

/** What the batch tool says, in the user's language (commander's own usage errors stay English). */
export interface CliText {
  readonly mapPair: (pair: string, inputs: string) => string;
  readonly mapInput: (name: string, inputs: string) => string;
  readonly mapTwice: (name: string) => string;
  readonly noSuchFile: (path: string) => string;
  readonly notAFile: (path: string) => string;
  readonly unreadable: (path: string, reason: string) => string;
  readonly wrongExtension: (path: string) => string;
  readonly notXlsx: (path: string) => string;
  readonly corruptXlsx: (path: string, reason: string) => string;
  readonly badCsv: (path: string, record: number, reason: string) => string;
  readonly outputExists: (path: string) => string;
  readonly outputIsInput: (path: string) => string;
  readonly outputExtension: (path: string) => string;
  readonly csvButXlsx: (path: string) => string;
  readonly portableNeedsXlsx: string;
  readonly outputDirectory: (directory: string) => string;
  readonly outputNotFile: (path: string) => string;
  readonly cannotWrite: (path: string, reason: string) => string;
  readonly writeFailure: Readonly<Record<WriteFailure, string>>;
  readonly outputAppeared: (path: string) => string;
  readonly noLinks: (path: string) => string;
  readonly interrupted: (signal: string, path: string) => string;
  readonly interruptedAfter: (signal: string, path: string) => string;
  readonly temporaryLeft: (path: string) => string;
  readonly cannotReport: (stream: string, reason: string) => string;
  readonly step: Readonly<Record<ProgressStep, string>>;
  readonly written: (path: string, sheet: string, columns: string) => string;
  readonly addedSheets: (sheets: string) => string;
  readonly csvHolds: string;
  readonly portableWritten: string;
  readonly evaluated: (count: number, classes: string) => string;
  readonly invalid: (count: number) => string;
  readonly blank: (count: number) => string;
  readonly flagged: (flags: string) => string;
  readonly none: string;
  readonly flagName: Readonly<Record<FlagCode, string>>;
  readonly problemsHeader: (rows: number) => string;
  readonly more: (count: number) => string;
  /** A defect: the stack follows, then how to report it. */
  readonly internalError: (detail: string) => string;
  /** The words of `--help`, in the language of the environment (commander's own words stay English). */
  readonly usage: CliUsage;
}

/** `assistlevel --help` and `assistlevel evaluate --help`: what the command and each option do. */
export interface CliUsage {
  readonly program: string;
  readonly addHelp: string;
  readonly evaluate: string;
  readonly inventory: string;
  readonly output: string;
  readonly sheet: string;
  readonly map: (inputs: string) => string;
  readonly lang: string;
  readonly formulas: string;
  readonly csv: string;
  readonly force: string;
}
