import type { InventoryInput } from "./inventoryHeaders";

interface KeyWords {
  readonly strong: readonly string[];
  readonly weak: readonly string[];
  /** Words beside which a weak key word is as sure as a strong one. */
  readonly sureWith?: readonly string[];
}

/**
 * The key words that name an input inside a longer header, NL/FR/EN, compared
 * after headerKey (lower case, no accents). A strong word names the input on
 * its own ("Aantal medewerkers", "Nombre d'agents"); a weak one only hints at
 * it ("VTE" may be the post's own FTE), so it counts only when no stronger
 * header claims the input. Documented in the README.
 */
export const KEY_WORDS: Readonly<Record<InventoryInput, KeyWords>> = {
  staff: {
    strong: [
      "personeel", "personeelsleden", "personeelsaantal", "personeelsomvang", "medewerkers", "werknemers",
      "agents", "effectif", "effectifs", "collaborateurs",
      "staff", "headcount", "employees",
    ],
    weak: ["fte", "vte", "etp", "omvang", "taille", "size", "grootte", "personen", "koppen", "personnes", "membres", "people", "persons"],
    // "FTE ondersteund", "ETP soutenus": the supported staff, not the post's own FTE.
    sureWith: ["ondersteund", "ondersteunde", "supported", "soutenu", "soutenus", "soutenue", "soutenues"],
  },
  scope: {
    strong: ["coordinatie", "coordination", "coordinate", "scope", "reikwijdte", "perimetre", "span"],
    weak: ["bereik", "portee"],
  },
  advice: {
    strong: ["advies", "advisering", "adviezen", "advice", "advisory", "conseil", "conseils", "avis"],
    weak: ["adviseren", "advise"],
  },
  role: {
    strong: ["rol", "rollen", "role", "roles"],
    // "Support ticket", "Ondersteunde directie": support alone is only a hint.
    weak: ["ondersteuning", "support", "soutien", "verantwoordelijk", "bijdragen", "responsable", "contribue", "responsible", "contributes"],
  },
  improvement: {
    strong: ["verbetering", "verbeteringen", "verbeter", "innovatie", "vernieuwing", "improvement", "improvements", "innovation", "amelioration", "ameliorations"],
    weak: ["verbeteren", "improve", "ameliorer"],
  },
  contacts: {
    strong: ["contacten", "contacts"],
    // "Contact e-mail", "Netwerkschijf": these only hint at the criterion.
    weak: ["contact", "netwerk", "network", "reseau", "relaties", "relations", "stakeholders", "interlocuteurs", "gesprekspartners"],
  },
  postId: {
    strong: ["postnummer", "functienummer", "betrekkingsnummer", "betrekking", "id", "identifier", "identifiant"],
    weak: ["post", "poste", "nummer", "number", "numero", "nr", "no", "code", "ref", "reference", "referentie"],
  },
  title: {
    strong: ["functietitel", "titel", "title", "benaming", "intitule", "titre", "functiebenaming"],
    weak: ["functie", "fonction", "function", "job", "libelle"],
  },
  currentClass: {
    strong: ["klasse", "class", "classe", "weging", "weighting", "ponderation"],
    weak: ["graad", "grade", "rang", "schaal", "echelle", "scale"],
  },
};

/**
 * Words a header may wrap around a key word without weakening it: "Niveau
 * advies", "Niveau de coordination", "Advice level", "FTE ondersteund",
 * "Nombre d'agents", "Current class".
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  "niveau", "level", "levels", "niv", "lvl",
  "de", "du", "des", "d", "l", "la", "le", "les", "het", "van", "der", "the", "of", "in", "en", "and", "et", "a", "op", "per", "par", "for", "voor", "pour",
  "aantal", "nombre", "number", "nb", "nbr", "nr", "no", "total", "totaal", "count", "hoeveelheid",
  "ondersteund", "ondersteunde", "supported", "soutenu", "soutenus", "soutenue", "soutenues", "supportes", "supporte",
  "criterium", "critere", "criterion", "dimension", "dimensie",
  "huidige", "current", "actuel", "actuelle", "bestaande", "existing",
  "post", "poste", "posts", "postes", "functie", "fonction",
  "dienst", "service", "team", "equipe", "entiteit", "entite", "organisatie", "organisation", "directie", "direction", "afdeling", "unit", "eenheid",
]);


/**
 * Words that make a header name a person's or a post's identity, not a
 * criterion: "Staff number", "Personeel nr", "Contact e-mail", "Nom de
 * l'agent". With one of them a header names no criterion input (staff to
 * contacts), whatever key word it holds: a column of staff numbers read as
 * headcounts would give wrong classes without a word. "number", "no" and
 * "nr" count only when "of" does not follow them ("Number of staff").
 */
export const IDENTITY_WORDS: ReadonlySet<string> = new Set([
  "id", "nr", "no", "n", "number", "nummer", "numero", "code", "matricule", "ref", "reference", "referentie",
  "naam", "name", "nom", "voornaam", "prenom", "email", "mail", "e", "telefoon", "phone", "telephone", "tel", "adres", "address", "adresse",
]);
