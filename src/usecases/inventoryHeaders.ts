import { POST_INPUT_KEYS } from "../domain";
/**
 * The inventory columns the product reads, and the headers (NL/FR/EN and common
 * variants) it recognises them by. A header matches when, after normalizeText
 * and dropping a trailing "(…)" or ":" part, it equals one of the variants.
 * Documented in the README; an explicit --map overrides.
 */
export const INVENTORY_INPUTS = [
  // The six post inputs, in the domain's order (domain/post.ts), then what identifies a post.
  ...POST_INPUT_KEYS,
  "postId",
  "title",
  "currentClass",
] as const;
export type InventoryInput = (typeof INVENTORY_INPUTS)[number];

/** Inputs the evaluation cannot do without. */
export const REQUIRED_INPUTS: readonly InventoryInput[] = ["staff", "scope", "advice"];

export const HEADER_VARIANTS: Readonly<Record<InventoryInput, readonly string[]>> = {
  staff: [
    "staff", "headcount", "head count", "size of organisation", "organisation size", "staff supported",
    "personeel", "personeelsaantal", "personeelsomvang", "aantal personeelsleden", "aantal personen", "omvang", "omvang organisatie", "omvang entiteit",
    "ondersteund personeel", "grootte directie", "grootte organisatie",
    "effectif", "effectifs", "effectif soutenu", "taille de l'organisation", "nombre de personnes",
  ],
  scope: [
    "scope", "coordination", "coordination level",
    "coördinatie", "coordinatie", "niveau coördinatie",
    "coordination (critere)", "niveau de coordination",
  ],
  advice: ["advice", "advies", "conseil", "avis", "advisering"],
  role: [
    "role", "support role", "role in support",
    "rol", "rol ondersteuning", "rol in de ondersteuning", "verantwoordelijk/bijdragen",
    "rôle", "role dans le soutien", "responsable/contribue",
  ],
  improvement: [
    "improvement", "innovation", "improvement / innovation", "improvement/innovation",
    "verbetering", "innovatie", "verbetering / innovatie", "verbetering/innovatie",
    "amélioration", "amélioration / innovation", "amélioration/innovation",
  ],
  contacts: ["contacts", "contact", "contacten"],
  postId: [
    "post id", "post", "post number", "post no", "id",
    "functie id", "functienummer", "betrekking", "betrekkingsnummer", "postnummer", "post-id",
    "poste", "numéro de poste", "id poste", "n° de poste",
  ],
  title: ["title", "post title", "job title", "functietitel", "titel", "benaming", "intitulé", "titre", "intitulé de fonction"],
  currentClass: [
    "current class", "class", "current level",
    "huidige klasse", "klasse", "huidige klasse (a1-a4)",
    "classe actuelle", "classe", "classe actuelle (a1-a4)",
  ],
};
