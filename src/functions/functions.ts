import {
  type ArgumentKey,
  CRITERIA,
  MATRIX_CELLS,
  bandHas,
  explain,
  flagCodes,
  formatBand,
  isProblem,
  levelCode,
  parseCriterion,
  parseLanguage,
  parseLevel,
  recordedBand,
} from "../domain";
import { displayLanguage } from "./displayLanguage";
import { declaredArguments } from "./columns";
import { POST_ARGUMENTS, assessRow, describeProblems, isBlankPost } from "./postRows";
import { type ResultCell, resultsByRow } from "./rowResults";

// Excel hands ranges over as any[][] and the metadata generator reads the
// TypeScript signature: `any[][]` declares a range argument and a spilled result.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** Each function's arguments, declared once in the order of its parameters (the JSDoc below documents them for Excel). */
const ARGUMENTS = {
  assistLevel: POST_ARGUMENTS,
  assistDetail: POST_ARGUMENTS,
  assistExplain: [...POST_ARGUMENTS, "language"],
  descriptor: ["criterion", "level", "language"],
  meets: ["criterion", "level", "value", "role"],
} as const satisfies Record<string, readonly ArgumentKey[]>;

/**
 * Indicative class (A1–A4) of a management-support post, by the best-fit rule of the criteria matrix.
 * @customfunction ASSISTLEVEL
 * @helpurl https://localhost:3000/help.html#assistlevel
 * @param staff Headcount of the directorate or organisation whose manager the post supports (1200, 1 200, 1.200).
 * @param scope Coordination descriptor: 1–4, A1–A4 or key words such as "opvolgen".
 * @param advice Advice descriptor: 1 (service/domain) or 2 (strategy), A1–A4 or key words.
 * @param [role] Support role: responsible/verantwoordelijk/responsable or contributes/bijdragen/contribue; blank if not known.
 * @param [improvement] Improvement/innovation descriptor: 1–3, A1–A4 or key words.
 * @param [contacts] Contacts descriptor: 1–3, A1–A4 or key words.
 * @returns One class per row, A1 to A4; #VALUE! with the reason for a row that cannot be read.
 */
export function assistLevel(
  staff: any[][],
  scope: any[][],
  advice: any[][],
  role?: any[][],
  improvement?: any[][],
  contacts?: any[][],
): any[][] {
  const language = displayLanguage();
  const args = declaredArguments(ARGUMENTS.assistLevel, [staff, scope, advice, role, improvement, contacts]);
  return resultsByRow(args, language, 1, (rows, row) => {
    if (isBlankPost(rows, row)) return [""];
    const assessed = assessRow(rows, row, language);
    return "message" in assessed ? assessed : [levelCode(assessed.assessment.level)];
  });
}

/** Column headings of HR.ASSISTDETAIL's result, in order (documented in the README). */
export const DETAIL_COLUMNS = ["level", ...CRITERIA, "misfit", "flags"] as const;

/**
 * Detail per post: class, the band of each of the five criteria (empty when not given), misfit and flags.
 * @customfunction ASSISTDETAIL
 * @helpurl https://localhost:3000/help.html#assistdetail
 * @param staff Headcount of the directorate or organisation whose manager the post supports.
 * @param scope Coordination descriptor: 1–4, A1–A4 or key words.
 * @param advice Advice descriptor: 1–2, A1–A4 or key words.
 * @param [role] Support role: responsible or contributes (NL/FR/EN); blank if not known.
 * @param [improvement] Improvement/innovation descriptor: 1–3, A1–A4 or key words.
 * @param [contacts] Contacts descriptor: 1–3, A1–A4 or key words.
 * @returns Per row: class, coordination, support, advice, improvement and contacts bands, misfit, flags.
 */
export function assistDetail(
  staff: any[][],
  scope: any[][],
  advice: any[][],
  role?: any[][],
  improvement?: any[][],
  contacts?: any[][],
): any[][] {
  const language = displayLanguage();
  const args = declaredArguments(ARGUMENTS.assistDetail, [staff, scope, advice, role, improvement, contacts]);
  return resultsByRow(args, language, DETAIL_COLUMNS.length, (rows, row) => {
    if (isBlankPost(rows, row)) return DETAIL_COLUMNS.map(() => "");
    const assessed = assessRow(rows, row, language);
    if ("message" in assessed) return assessed;
    const { level, bands, misfit, flags } = assessed.assessment;
    const cells: ResultCell[] = [levelCode(level)];
    for (const criterion of CRITERIA) cells.push(formatBand(bands[criterion]));
    cells.push(misfit, flagCodes(flags).join(", "));
    return cells;
  });
}

/**
 * A sentence per post naming its indicative class, the descriptors it meets and what to check.
 * @customfunction ASSISTEXPLAIN
 * @helpurl https://localhost:3000/help.html#assistexplain
 * @param staff Headcount of the directorate or organisation whose manager the post supports.
 * @param scope Coordination descriptor: 1–4, A1–A4 or key words.
 * @param advice Advice descriptor: 1–2, A1–A4 or key words.
 * @param [role] Support role: responsible or contributes (NL/FR/EN); blank if not known.
 * @param [improvement] Improvement/innovation descriptor: 1–3, A1–A4 or key words.
 * @param [contacts] Contacts descriptor: 1–3, A1–A4 or key words.
 * @param [language] nl, fr or en; default: Office's display language (English if it is another).
 * @returns One explanation per row.
 */
export function assistExplain(
  staff: any[][],
  scope: any[][],
  advice: any[][],
  role?: any[][],
  improvement?: any[][],
  contacts?: any[][],
  language?: any[][],
): any[][] {
  const fallback = displayLanguage();
  const args = declaredArguments(ARGUMENTS.assistExplain, [staff, scope, advice, role, improvement, contacts, language]);
  return resultsByRow(args, fallback, 1, (rows, row) => {
    if (isBlankPost(rows, row)) return [""];
    const lang = parseLanguage("language", rows.named("language", row), fallback);
    if (isProblem(lang)) return describeProblems([lang], fallback);
    const assessed = assessRow(rows, row, lang);
    return "message" in assessed ? assessed : [explain(assessed.facts, assessed.assessment, lang)];
  });
}

/**
 * The matrix text of a criterion at a class, in Dutch (the source), French or English.
 * @customfunction DESCRIPTOR
 * @helpurl https://localhost:3000/help.html#descriptor
 * @param criterion coordination, support, advice, improvement or contacts (or the Dutch/French name).
 * @param level A1, A2, A3 or A4.
 * @param [language] nl, fr or en; default: Office's display language (English if it is another).
 * @returns The descriptor text, one per row.
 */
export function descriptor(criterion: any[][], level: any[][], language?: any[][]): any[][] {
  const fallback = displayLanguage();
  const args = declaredArguments(ARGUMENTS.descriptor, [criterion, level, language]);
  return resultsByRow(args, fallback, 1, (rows, row) => {
    const lang = parseLanguage("language", rows.named("language", row), fallback);
    if (isProblem(lang)) return describeProblems([lang], fallback);
    const key = parseCriterion("criterion", rows.named("criterion", row));
    const lvl = parseLevel("level", rows.named("level", row));
    if (isProblem(key) || isProblem(lvl)) return describeProblems([key, lvl].filter(isProblem), lang);
    return [MATRIX_CELLS[key][lvl - 1][lang]];
  });
}

/**
 * TRUE when the recorded value meets the descriptor of the criterion at the class (for conditional formats).
 * @customfunction MEETS
 * @helpurl https://localhost:3000/help.html#meets
 * @param criterion coordination, support, advice, improvement or contacts (or the Dutch/French name).
 * @param level A1, A2, A3 or A4.
 * @param value The recorded value: a descriptor (1–4, A1–A4, key words) or, for support, the headcount. Blank gives FALSE.
 * @param [role] For support only: responsible or contributes (NL/FR/EN); blank if not known.
 * @returns TRUE or FALSE, one per row.
 */
export function meets(criterion: any[][], level: any[][], value: any[][], role?: any[][]): any[][] {
  const language = displayLanguage();
  const args = declaredArguments(ARGUMENTS.meets, [criterion, level, value, role]);
  return resultsByRow(args, language, 1, (rows, row) => {
    const key = parseCriterion("criterion", rows.named("criterion", row));
    const lvl = parseLevel("level", rows.named("level", row));
    if (isProblem(key) || isProblem(lvl)) return describeProblems([key, lvl].filter(isProblem), language);
    const band = recordedBand(key, rows.named("value", row), rows.named("role", row));
    return isProblem(band) ? describeProblems([band], language) : [bandHas(band, lvl)];
  });
}
