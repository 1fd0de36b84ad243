import type { ResultField } from "../../usecases/resultColumns";
import type { CriterionKey } from "../../domain/criteria";

export interface ResultColumnsWords {
  /** Headers of the result columns that are not a criterion's band. */
  readonly fieldHeaders: Readonly<Record<Exclude<ResultField, CriterionKey>, string>>;
  /** "Band": a criterion's band column is headed "<criterion> — Band". */
  readonly band: string;
  /** The text of the class cell of a row that could not be evaluated. */
  readonly invalid: string;
}
