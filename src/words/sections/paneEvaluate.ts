import type { RunStep } from "../../usecases/paneJobs.types";

/** The Evaluate & highlight panel's words. */
export interface EvaluateText {
  readonly heading: string;
  /** The label of the choice of result modes, and each mode's name and one-line hint. */
  readonly resultMode: string;
  readonly values: string;
  readonly valuesHint: string;
  readonly liveFormulas: string;
  readonly liveFormulasHint: string;
  readonly portableFormulas: string;
  readonly portableFormulasHint: string;
  readonly formulasNeedExcel: string;
  readonly evaluate: string;
  readonly cancel: string;
  readonly needSource: string;
  readonly steps: Readonly<Record<RunStep, string>>;
  readonly progress: (step: string, done: number, total: number) => string;
  readonly results: (evaluated: number, invalid: number, blank: number) => string;
  readonly keptValidation: (columns: string) => string;
}
