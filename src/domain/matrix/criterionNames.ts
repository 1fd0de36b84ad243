import type { CriterionKey } from "../criteria";
import type { Localized } from "../language";

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
