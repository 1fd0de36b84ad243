/**
 * How typed text is compared: case, accents, surrounding spaces and runs of
 * inner spaces are ignored ("  Coördinatie " equals "coordinatie").
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}
