import type { FunctionHelpWords } from "../sections/functionHelp";

/**
 * Formula help in French (functions-fr.json). The matrix's own words: the
 * criterion names of src/domain/criteria.ts, « effectif soutenu », « rôle dans
 * le soutien » and « valeur encodée » as the messages name those inputs,
 * « écart » and « signaux » as the result columns call misfit and flags; TRUE
 * and FALSE as French Excel shows them (VRAI, FAUX).
 */
const STAFF = "Effectif soutenu : nombre de personnes de la direction (générale) ou de l'organisation dont la fonction soutient le manager.";
const SCOPE = "Coordination : descripteur 1–4, A1–A4 ou mots-clés.";
const ADVICE = "Conseil : descripteur 1–2, A1–A4 ou mots-clés.";
const ROLE = "Rôle dans le soutien : responsable ou contribue (NL/FR/EN) ; vide s'il n'est pas connu.";
const IMPROVEMENT = "Amélioration / Innovation : descripteur 1–3, A1–A4 ou mots-clés.";
const CONTACTS = "Contacts : descripteur 1–3, A1–A4 ou mots-clés.";
const LANGUAGE = "nl, fr ou en ; par défaut, la langue d'affichage d'Office (l'anglais si c'est une autre langue).";
const CRITERION = "coordination, soutien, conseil, amélioration ou contacts (ou leur nom néerlandais ou anglais).";
const LEVEL = "Classe A1, A2, A3 ou A4.";

const POST = { staff: STAFF, scope: SCOPE, advice: ADVICE, role: ROLE, improvement: IMPROVEMENT, contacts: CONTACTS };

export const FUNCTION_HELP: FunctionHelpWords = {
  ASSISTLEVEL: {
    description: "Classe indicative (A1–A4) d'une fonction de soutien au management, selon la meilleure adéquation à la matrice des critères distinctifs.",
    parameters: {
      staff: "Effectif soutenu : nombre de personnes de la direction (générale) ou de l'organisation dont la fonction soutient le manager (1200, 1 200, 1.200).",
      scope: "Coordination : numéro du descripteur (1–4), A1–A4 ou mots-clés comme « suivre ».",
      advice: "Conseil : 1 (service/domaine) ou 2 (stratégie), A1–A4 ou mots-clés.",
      role: "Rôle dans le soutien : responsable/verantwoordelijk/responsible ou contribue/bijdragen/contributes ; vide s'il n'est pas connu.",
      improvement: "Amélioration / Innovation : numéro du descripteur (1–3), A1–A4 ou mots-clés.",
      contacts: "Contacts : numéro du descripteur (1–3), A1–A4 ou mots-clés.",
    },
  },
  ASSISTDETAIL: {
    description: "Détail par fonction : classe, bande de chacun des cinq critères (vide si le critère n'est pas indiqué), écart et signaux.",
    parameters: POST,
  },
  ASSISTEXPLAIN: {
    description: "Une phrase par fonction indiquant sa classe indicative, les descripteurs auxquels elle satisfait et ce qu'il faut vérifier.",
    parameters: { ...POST, language: LANGUAGE },
  },
  DESCRIPTOR: {
    description: "Le texte de la matrice pour un critère et une classe, en néerlandais (le texte source), en français ou en anglais.",
    parameters: { criterion: CRITERION, level: LEVEL, language: LANGUAGE },
  },
  MEETS: {
    description: "VRAI si la valeur encodée satisfait au descripteur du critère pour la classe (pour la mise en forme conditionnelle).",
    parameters: {
      criterion: CRITERION,
      level: LEVEL,
      value: "La valeur encodée : un descripteur (1–4, A1–A4, mots-clés) ou, pour le soutien au management, l'effectif. Vide donne FAUX.",
      role: "Pour le soutien au management uniquement : responsable ou contribue (NL/FR/EN) ; vide s'il n'est pas connu.",
    },
  },
};
