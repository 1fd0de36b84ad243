import type { AuditWords } from "../sections/audit";

export const AUDIT: AuditWords = {
  headers: ["Date (UTC)", "Version de la matrice", "Règle", "Feuille d'inventaire", "Lignes évaluées", "Lignes en erreur", "Critères sans colonne"],
};
