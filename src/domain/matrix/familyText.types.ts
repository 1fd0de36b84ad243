import type { Localized } from "../language";

/** One result area of the function family, with its example tasks. */
export interface ResultArea {
  /** Stable key, e.g. "coordinator". */
  readonly key: string;
  /** The role name, e.g. NL "Als coördinator". */
  readonly title: Localized;
  /** What the role does and why ("… teneinde …"), one sentence. */
  readonly description: Localized;
  /** The seed marks one area "(facultatief)": optional. */
  readonly optional: boolean;
  /** Example tasks, in the seed's order; the same count in every language. */
  readonly exampleTasks: readonly Localized[];
}

/** The parts of the function-family description besides the criteria matrix. */
export interface FamilyText {
  /** Name of the function family. */
  readonly familyName: Localized;
  /** The purpose ("Doel") of the family, one paragraph. */
  readonly purpose: Localized;
  /** The six result areas (the last optional), in the seed's order. */
  readonly resultAreas: readonly ResultArea[];
}
