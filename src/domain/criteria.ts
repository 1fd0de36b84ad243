/** The five distinguishing criteria of the matrix, in the seed's order. */
export const CRITERIA = ["coordination", "support", "advice", "improvement", "contacts"] as const;
export type CriterionKey = (typeof CRITERIA)[number];

/** Criteria recorded as the number of one of their descriptors. */
export const ORDINAL_CRITERIA = ["coordination", "advice", "improvement", "contacts"] as const;
export type OrdinalCriterionKey = (typeof ORDINAL_CRITERIA)[number];

export { CRITERION_NAMES } from "./matrix/criterionNames";
