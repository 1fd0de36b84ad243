/**
 * Identifies the matrix and rule this code applies. Stamped on every sheet and
 * audit row the product writes; change it whenever a descriptor text, a
 * translation or the rule changes.
 */
export const MATRIX_VERSION = "management-support/2026.1 (seed b3e58612e6259128)";

/** The best-fit rule of evaluation-model.md, section 3. */
export const RULE_ID = "best-fit misfit, ties to the lowest level";
