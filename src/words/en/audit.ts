import type { AuditWords } from "../sections/audit";

export const AUDIT: AuditWords = {
  headers: ["Date (UTC)", "Matrix version", "Rule", "Inventory sheet", "Rows evaluated", "Rows in error", "Criteria without a column"],
};
