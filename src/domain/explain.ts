import { type Assessment, type PostFacts, flagCodes } from "./assess";
import { CRITERIA, CRITERION_NAMES, type CriterionKey, type OrdinalCriterionKey } from "./criteria";
import type { Language } from "./language";
import { type Band, type Level, formatBand, levelCode, levelsOf } from "./level";
import { MATRIX_CELLS } from "./matrix/cells";
import { ORDINAL_DESCRIPTORS } from "./matrix/ordinalDescriptors";
import { messagesFor } from "./messages/catalogue";

const withoutFinalStop = (text: string): string => text.replace(/\.$/, "");

/** The descriptor texts a post meets for one criterion, quoted. */
function quotedDescriptors(criterion: CriterionKey, facts: PostFacts, band: Band, language: Language): string {
  const m = messagesFor(language);
  if (criterion === "support") {
    return levelsOf(band)
      .map((level) => m.quote(withoutFinalStop(MATRIX_CELLS.support[level - 1][language])))
      .join(" / ");
  }
  const descriptor = ORDINAL_DESCRIPTORS[criterion as OrdinalCriterionKey][facts[criterion as OrdinalCriterionKey] - 1];
  return m.quote(withoutFinalStop(descriptor.text[language]));
}

/**
 * Explains an assessment in words: the indicative class and its misfit, the
 * descriptors met per given criterion (quoted from the matrix) and the flags.
 */
export function explain(facts: PostFacts, assessment: Assessment, language: Language): string {
  const m = messagesFor(language);
  const parts = [m.explanation.indicativeClass(levelCode(assessment.level), assessment.misfit)];
  for (const criterion of CRITERIA) {
    const band = assessment.bands[criterion];
    if (band === 0) continue;
    let name = CRITERION_NAMES[criterion][language];
    if (criterion === "support") {
      const staff = new Intl.NumberFormat(m.locale).format(facts.staff);
      name = `${name} (${m.explanation.supportFacts(staff, m.roleName[facts.role])})`;
    }
    parts.push(m.explanation.meets(name, formatBand(band), quotedDescriptors(criterion, facts, band, language)));
  }
  const flags = flagCodes(assessment.flags);
  if (flags.length > 0) {
    parts.push(m.explanation.toCheck(flags.map((flag) => `${m.flagName[flag]} (${m.flagWhy[flag]})`).join("; ")));
  }
  return parts.join(" ");
}

/**
 * A one-line rationale for a result column: the best fit with the misfit at
 * every class, the band of each given criterion, and the flags to check.
 */
export function rationale(assessment: Assessment, language: Language): string {
  const m = messagesFor(language);
  const misfits = assessment.misfits.map((misfit, i) => `${levelCode((i + 1) as Level)} ${misfit}`).join(" · ");
  const bands = CRITERIA.filter((c) => assessment.bands[c] !== 0)
    .map((c) => `${m.criterionShort[c]} ${formatBand(assessment.bands[c])}`)
    .join(", ");
  const parts = [m.rationale.bestFit(levelCode(assessment.level), misfits), m.rationale.bands(bands)];
  const flags = flagCodes(assessment.flags);
  if (flags.length > 0) parts.push(m.rationale.check(flags.map((f) => m.flagName[f]).join(", ")));
  return parts.join(" ");
}
