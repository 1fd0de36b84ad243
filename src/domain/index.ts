/**
 * The AssistLevel engine: the matrix as data, parsing of recorded values,
 * bands, the best-fit level, flags, explanations and messages. Pure: it
 * imports nothing from Office, React or Node IO (enforced by eslint).
 */
export * from "./assess";
export * from "./bands";
export * from "./criteria";
export * from "./explain";
export * from "./language";
export * from "./level";
export * from "./post";
export * from "./recordedBand";
export * from "./problem";
export { normalizeText } from "./normalize";
export { FAMILY_TEXT } from "./matrix/familyText";
export type { FamilyText, ResultArea } from "./matrix/familyText.types";
export { MATRIX_CELLS } from "./matrix/cells";
export { ORDINAL_DESCRIPTORS, type OrdinalDescriptor } from "./matrix/ordinalDescriptors";
export { MATRIX, MATRIX_VERSION, RULE_ID, matrixEdition, matrixStamp, ruleName } from "./matrix/version";
export { argumentLabel, formatProblem, messagesFor, orList, type Messages } from "./messages/catalogue";
export { printable, printableKeepingLines } from "./messages/printable";
export { parseCriterion } from "./parse/criterion";
export { descriptorChoices, parseDescriptor } from "./parse/descriptor";
export { parseHeadcount } from "./parse/headcount";
export { languageOfLocale, parseLanguage } from "./parse/language";
export { parseLevel } from "./parse/level";
export { ROLE_CONTRIBUTES, ROLE_RESPONSIBLE, ROLE_UNKNOWN, ROLE_WORDS, parseRole, type Role } from "./parse/role";
export { isBlank } from "./parse/cell";
