import type { Localized } from "./language";

/** The five distinguishing criteria of the matrix, in the seed's order. */
export const CRITERIA = ["coordination", "support", "advice", "improvement", "contacts"] as const;
export type CriterionKey = (typeof CRITERIA)[number];

/** Criteria recorded as the number of one of their descriptors. */
export const ORDINAL_CRITERIA = ["coordination", "advice", "improvement", "contacts"] as const;
export type OrdinalCriterionKey = (typeof ORDINAL_CRITERIA)[number];

/** Criterion names; the Dutch ones are the seed's row headings. */
export const CRITERION_NAMES: Readonly<Record<CriterionKey, Localized>> = {
  coordination: { nl: "Coördinatie", fr: "Coordination", en: "Coordination" },
  support: {
    nl: "Ondersteuning van het management",
    fr: "Soutien au management",
    en: "Management support",
  },
  advice: { nl: "Advies", fr: "Conseil", en: "Advice" },
  improvement: {
    nl: "Verbetering / Innovatie",
    fr: "Amélioration / Innovation",
    en: "Improvement / Innovation",
  },
  contacts: { nl: "Contacten", fr: "Contacts", en: "Contacts" },
};
