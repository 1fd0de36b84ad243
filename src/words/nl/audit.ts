import type { AuditWords } from "../sections/audit";

export const AUDIT: AuditWords = {
  headers: ["Datum (UTC)", "Matrixversie", "Regel", "Inventarisblad", "Rijen geëvalueerd", "Rijen in fout", "Criteria zonder kolom"],
};
