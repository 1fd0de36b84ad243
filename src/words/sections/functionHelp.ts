import type { ArgumentKey } from "../../domain";

/**
 * What Excel shows while an analyst types an `=HR.…` formula: the function's
 * description in the formula autocomplete and one description per argument in
 * the argument tip (functions.json's `description` fields). Keyed by the
 * function ids and the parameter names of functions.json, which stay the same in
 * every language, so a missing text is a compile error.
 *
 * The English texts repeat the JSDoc of src/functions/functions.ts, from which
 * the build generates the English functions.json; the build refuses to run when
 * the two differ (scripts/localizedMetadata.ts).
 */
export interface FunctionText<Parameter extends ArgumentKey> {
  readonly description: string;
  readonly parameters: Readonly<Record<Parameter, string>>;
}

/** The six inputs of a post, in the order of HR.ASSISTLEVEL's arguments. */
type PostParameter = "staff" | "scope" | "advice" | "role" | "improvement" | "contacts";

export interface FunctionHelpWords {
  readonly ASSISTLEVEL: FunctionText<PostParameter>;
  readonly ASSISTDETAIL: FunctionText<PostParameter>;
  readonly ASSISTEXPLAIN: FunctionText<PostParameter | "language">;
  readonly DESCRIPTOR: FunctionText<"criterion" | "level" | "language">;
  readonly MEETS: FunctionText<"criterion" | "level" | "value" | "role">;
}

export type FunctionId = keyof FunctionHelpWords;
