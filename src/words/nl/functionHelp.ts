import type { FunctionHelpWords } from "../sections/functionHelp";

/**
 * Formula help in Dutch (functions-nl.json). The matrix's own words: the
 * criterion names of src/domain/criteria.ts, "ondersteund personeelsaantal" and
 * "rol in de ondersteuning" as the messages name those inputs, "afwijking" and
 * "signalen" as the result columns call misfit and flags; TRUE and FALSE as
 * Dutch Excel shows them (WAAR, ONWAAR).
 */
const STAFF = "Ondersteund personeelsaantal: aantal personen van de directie (-generaal) of organisatie waarvan de functie de manager ondersteunt.";
const SCOPE = "Coördinatie: descriptor 1–4, A1–A4 of trefwoorden.";
const ADVICE = "Advies: descriptor 1–2, A1–A4 of trefwoorden.";
const ROLE = "Rol in de ondersteuning: verantwoordelijk of bijdragen (NL/FR/EN); leeg als die niet bekend is.";
const IMPROVEMENT = "Verbetering / Innovatie: descriptor 1–3, A1–A4 of trefwoorden.";
const CONTACTS = "Contacten: descriptor 1–3, A1–A4 of trefwoorden.";
const LANGUAGE = "nl, fr of en; standaard de weergavetaal van Office (Engels als dat een andere taal is).";
const CRITERION = "coördinatie, ondersteuning, advies, verbetering of contacten (of de Franse of Engelse naam).";
const LEVEL = "Klasse A1, A2, A3 of A4.";

const POST = { staff: STAFF, scope: SCOPE, advice: ADVICE, role: ROLE, improvement: IMPROVEMENT, contacts: CONTACTS };

export const FUNCTION_HELP: FunctionHelpWords = {
  ASSISTLEVEL: {
    description: "Indicatieve klasse (A1–A4) van een functie ondersteuning van het management, volgens de beste passing op de matrix van onderscheidende criteria.",
    parameters: {
      staff: "Ondersteund personeelsaantal: aantal personen van de directie (-generaal) of organisatie waarvan de functie de manager ondersteunt (1200, 1 200, 1.200).",
      scope: 'Coördinatie: nummer van de descriptor (1–4), A1–A4 of trefwoorden zoals "opvolgen".',
      advice: "Advies: 1 (dienst/domein) of 2 (strategie), A1–A4 of trefwoorden.",
      role: "Rol in de ondersteuning: verantwoordelijk/responsible/responsable of bijdragen/contributes/contribue; leeg als die niet bekend is.",
      improvement: "Verbetering / Innovatie: nummer van de descriptor (1–3), A1–A4 of trefwoorden.",
      contacts: "Contacten: nummer van de descriptor (1–3), A1–A4 of trefwoorden.",
    },
  },
  ASSISTDETAIL: {
    description: "Detail per functie: klasse, de band van elk van de vijf criteria (leeg als het criterium niet opgegeven is), afwijking en signalen.",
    parameters: POST,
  },
  ASSISTEXPLAIN: {
    description: "Een zin per functie met de indicatieve klasse, de descriptoren waaraan de functie voldoet en wat na te kijken is.",
    parameters: { ...POST, language: LANGUAGE },
  },
  DESCRIPTOR: {
    description: "De tekst van de matrix voor een criterium en een klasse, in het Nederlands (de brontekst), het Frans of het Engels.",
    parameters: { criterion: CRITERION, level: LEVEL, language: LANGUAGE },
  },
  MEETS: {
    description: "WAAR als de opgegeven waarde voldoet aan de descriptor van het criterium voor de klasse (voor voorwaardelijke opmaak).",
    parameters: {
      criterion: CRITERION,
      level: LEVEL,
      value: "De opgegeven waarde: een descriptor (1–4, A1–A4, trefwoorden) of, voor ondersteuning van het management, het personeelsaantal. Leeg geeft ONWAAR.",
      role: "Alleen voor ondersteuning van het management: verantwoordelijk of bijdragen (NL/FR/EN); leeg als die niet bekend is.",
    },
  },
};
