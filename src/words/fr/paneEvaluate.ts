import type { EvaluateText } from "../sections/paneEvaluate";

export const PANE_EVALUATE: EvaluateText = {
  heading: "Évaluer et surligner",
  resultMode: "Écrire les résultats comme",
  values: "Valeurs",
  valuesHint: "Les résultats sont écrits comme valeurs fixes.",
  liveFormulas: "Formules dynamiques (=HR.…)",
  liveFormulasHint: "Les résultats se recalculent quand une cellule change.",
  portableFormulas: "Formules portables (sans complément)",
  portableFormulasHint:
    "Les résultats sont des formules natives qui continuent de calculer dans Excel, LibreOffice et Google Sheets, sans le complément ; la feuille de synthèse compte à la date de cette exécution.",
  formulasNeedExcel: "Les formules dynamiques ne calculent que dans Excel avec le complément ; choisissez ici des valeurs ou des formules portables.",
  evaluate: "Évaluer",
  cancel: "Annuler",
  needSource: "Choisissez d'abord un inventaire dont les colonnes sont reconnues.",
  steps: {
    map: "Reconnaissance des colonnes",
    read: "Lecture de l'inventaire",
    evaluate: "Évaluation",
    write: "Écriture des résultats",
    highlight: "Surlignage",
    matrix: "Feuille matrice",
    summary: "Synthèse",
    audit: "Journal",
  },
  progress: (step, done, total) => (total > 0 ? `${step} : ${done} sur ${total}` : step),
  results: (evaluated, invalid, blank) => `${evaluated} évalués · ${invalid} non valides · ${blank} vides`,
  keptValidation: (columns) => `Validation existante conservée en colonne ${columns}.`,
};
