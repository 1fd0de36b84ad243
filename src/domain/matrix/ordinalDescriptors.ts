import type { OrdinalCriterionKey } from "../criteria";
import type { Language, Localized } from "../language";
import { type Band, bandOf } from "../level";
import { MATRIX_CELLS } from "./cells";

/**
 * A distinct descriptor of an ordinal criterion: what the analyst records.
 * Its number is its position among the criterion's distinct texts; its band
 * is every level whose matrix cell carries that text.
 */
export interface OrdinalDescriptor {
  readonly number: number;
  readonly band: Band;
  readonly text: Localized;
  /**
   * Short key words an analyst may type instead of the number, per language.
   * Matched whole (case, accents and surrounding spaces ignored), never as a
   * substring, so a near miss is an error rather than a guess.
   */
  readonly keywords: Readonly<Record<Language, readonly string[]>>;
}

type Keywords = OrdinalDescriptor["keywords"];

function descriptor(
  criterion: OrdinalCriterionKey,
  number: number,
  low: 1 | 2 | 3 | 4,
  high: 1 | 2 | 3 | 4,
  keywords: Keywords,
): OrdinalDescriptor {
  return { number, band: bandOf(low, high), text: MATRIX_CELLS[criterion][low - 1], keywords };
}

/** The distinct descriptors of each ordinal criterion (model page, section 2). */
export const ORDINAL_DESCRIPTORS: Readonly<Record<OrdinalCriterionKey, readonly OrdinalDescriptor[]>> = {
  coordination: [
    descriptor("coordination", 1, 1, 1, {
      nl: ["opvolgen", "opvolgen en coördineren"],
      fr: ["suivre", "suivi", "suivre et coordonner"],
      en: ["follow up", "follow-up", "follow up and coordinate"],
    }),
    descriptor("coordination", 2, 2, 2, {
      nl: ["dossiers plannen", "dossiers plannen en verdelen"],
      fr: ["planifier les dossiers", "planifier des dossiers"],
      en: ["plan dossiers", "plan and distribute dossiers"],
    }),
    descriptor("coordination", 3, 3, 3, {
      nl: ["opdrachten plannen", "opdrachten plannen en verdelen"],
      fr: ["planifier les missions", "planifier des missions"],
      en: ["plan missions", "plan and distribute missions"],
    }),
    descriptor("coordination", 4, 4, 4, {
      nl: ["diensten coördineren", "projecten sturen"],
      fr: ["coordonner les services", "piloter des projets"],
      en: ["coordinate services", "steer projects"],
    }),
  ],
  advice: [
    descriptor("advice", 1, 1, 2, {
      nl: ["dienst", "organisatie van de dienst", "domein"],
      fr: ["service", "organisation du service", "domaine"],
      en: ["service", "organisation of the service", "domain"],
    }),
    descriptor("advice", 2, 3, 4, {
      nl: ["strategie", "managementplan"],
      fr: ["stratégie", "plan de management"],
      en: ["strategy", "management plan"],
    }),
  ],
  improvement: [
    descriptor("improvement", 1, 1, 1, {
      nl: ["verbeteren"],
      fr: ["améliorer"],
      en: ["improve"],
    }),
    descriptor("improvement", 2, 2, 3, {
      nl: ["verbeteren en ontwikkelen", "ontwikkelen"],
      fr: ["améliorer et développer", "développer"],
      en: ["improve and develop", "develop"],
    }),
    descriptor("improvement", 3, 4, 4, {
      nl: ["moderniseringsprojecten", "moderniseren", "modernisering"],
      fr: ["projets de modernisation", "moderniser", "modernisation"],
      en: ["modernisation projects", "modernise", "modernisation", "modernize", "modernization"],
    }),
  ],
  contacts: [
    descriptor("contacts", 1, 1, 2, {
      nl: ["contactpersoon"],
      fr: ["personne de contact"],
      en: ["contact person"],
    }),
    descriptor("contacts", 2, 3, 3, {
      nl: ["netwerk onderhouden", "vertegenwoordigen"],
      fr: ["entretenir un réseau", "représenter"],
      en: ["maintain a network", "represent"],
    }),
    descriptor("contacts", 3, 4, 4, {
      nl: ["netwerk opbouwen", "strategie verdedigen"],
      fr: ["construire un réseau", "défendre la stratégie"],
      en: ["build a network", "defend the strategy"],
    }),
  ],
};
