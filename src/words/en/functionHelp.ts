import type { FunctionHelpWords } from "../sections/functionHelp";

/** The JSDoc of src/functions/functions.ts, word for word (the build checks it). */
const STAFF = "Headcount of the directorate or organisation whose manager the post supports.";
const SCOPE = "Coordination descriptor: 1–4, A1–A4 or key words.";
const ADVICE = "Advice descriptor: 1–2, A1–A4 or key words.";
const ROLE = "Support role: responsible or contributes (NL/FR/EN); blank if not known.";
const IMPROVEMENT = "Improvement/innovation descriptor: 1–3, A1–A4 or key words.";
const CONTACTS = "Contacts descriptor: 1–3, A1–A4 or key words.";
const LANGUAGE = "nl, fr or en; default: Office's display language (English if it is another).";
const CRITERION = "coordination, support, advice, improvement or contacts (or the Dutch/French name).";
const LEVEL = "A1, A2, A3 or A4.";

const POST = { staff: STAFF, scope: SCOPE, advice: ADVICE, role: ROLE, improvement: IMPROVEMENT, contacts: CONTACTS };

export const FUNCTION_HELP: FunctionHelpWords = {
  ASSISTLEVEL: {
    description: "Indicative class (A1–A4) of a management-support post, by the best-fit rule of the criteria matrix.",
    parameters: {
      staff: "Headcount of the directorate or organisation whose manager the post supports (1200, 1 200, 1.200).",
      scope: 'Coordination descriptor: 1–4, A1–A4 or key words such as "opvolgen".',
      advice: "Advice descriptor: 1 (service/domain) or 2 (strategy), A1–A4 or key words.",
      role: "Support role: responsible/verantwoordelijk/responsable or contributes/bijdragen/contribue; blank if not known.",
      improvement: IMPROVEMENT,
      contacts: CONTACTS,
    },
  },
  ASSISTDETAIL: {
    description: "Detail per post: class, the band of each of the five criteria (empty when not given), misfit and flags.",
    parameters: POST,
  },
  ASSISTEXPLAIN: {
    description: "A sentence per post naming its indicative class, the descriptors it meets and what to check.",
    parameters: { ...POST, language: LANGUAGE },
  },
  DESCRIPTOR: {
    description: "The matrix text of a criterion at a class, in Dutch (the source), French or English.",
    parameters: { criterion: CRITERION, level: LEVEL, language: LANGUAGE },
  },
  MEETS: {
    description: "TRUE when the recorded value meets the descriptor of the criterion at the class (for conditional formats).",
    parameters: {
      criterion: CRITERION,
      level: LEVEL,
      value: "The recorded value: a descriptor (1–4, A1–A4, key words) or, for support, the headcount. Blank gives FALSE.",
      role: "For support only: responsible or contributes (NL/FR/EN); blank if not known.",
    },
  },
};
