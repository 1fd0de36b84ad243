import type { FlagCode } from "../../domain/assess";
import type { ArgumentKey, ProblemCode } from "../../domain/problem";
import type { Role } from "../../domain/parse/role";

/**
 * One language's message catalogue. Every language implements the whole
 * interface, so a missing translation is a compile error, not a blank cell.
 */
export interface Messages {
  /** BCP 47 tag for Intl number and list formatting. */
  readonly locale: string;
  /** "<family> function family, matrix <version> of <date>": the version stamp a person reads. */
  readonly matrixEdition: (family: string, version: string, date: string) => string;
  /** Where the matrix's text comes from, said after the edition. */
  readonly matrixSource: string;
  /** The evaluation rule in words (evaluation-model.md, section 3). */
  readonly rule: string;
  /** What each argument records, shown after its name: "staff (headcount)". */
  readonly argumentGloss: Readonly<Record<ArgumentKey, string>>;
  /** What went wrong, naming where (argument or cell) and the value received. */
  readonly problem: Readonly<Record<ProblemCode, (where: string, value: string) => string>>;
  /** What is accepted instead, one sentence. */
  readonly accepts: {
    readonly headcount: string;
    readonly role: string;
    readonly level: string;
    readonly criterion: string;
    readonly language: string;
    readonly value: string;
    readonly descriptor: (criterionName: string, choices: string) => string;
  };
  /** "row 3: " before the message of one row of a range. */
  readonly rowPrefix: (row: number) => string;
  readonly heightMismatch: (heights: string) => string;
  readonly notOneColumn: (where: string, columns: number) => string;
  readonly rowsOf: (argument: string, rows: number) => string;
  readonly unexpected: (detail: string) => string;
  readonly flagName: Readonly<Record<FlagCode, string>>;
  readonly flagWhy: Readonly<Record<FlagCode, string>>;
  readonly roleName: Readonly<Record<Role, string>>;
  readonly quote: (text: string) => string;
  readonly explanation: {
    readonly indicativeClass: (level: string, misfit: number) => string;
    readonly meets: (criterion: string, band: string, quotes: string) => string;
    readonly supportFacts: (staff: string, role: string) => string;
    readonly toCheck: (flags: string) => string;
  };
  /** The short rationale of a result column: best fit, the misfit at each class, the bands. */
  readonly rationale: {
    readonly bestFit: (level: string, misfits: string) => string;
    readonly bands: (bands: string) => string;
    readonly check: (flags: string) => string;
  };
  /** Short criterion names for column headers. */
  readonly criterionShort: Readonly<Record<"coordination" | "support" | "advice" | "improvement" | "contacts", string>>;
}
