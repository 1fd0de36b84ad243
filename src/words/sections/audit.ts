
export interface AuditWords {
  /** Column headings of the log, in the language of the run that starts it. */
  readonly headers: readonly string[];
}
