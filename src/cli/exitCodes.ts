/**
 * How `assistlevel` ends. Scripts and pipelines branch on these, so each
 * outcome keeps its own code: a defect (3) is never mistaken for a usage
 * error (2), and "written, but some rows invalid" (1) is not a failure to write.
 */
export const EXIT = {
  /** Every row with inputs was evaluated. */
  ok: 0,
  /** The output was written, but some rows could not be evaluated (listed on stderr). */
  invalidRows: 1,
  /** Usage error, unreadable input, refused output, or a use case that stopped (Stop). */
  usage: 2,
  /** A defect in AssistLevel: the message and stack are printed. */
  internal: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The command cannot run as asked (bad option, unreadable file, output in
 * the way). The message is complete and already in the user's language;
 * it is printed as is and the command exits with 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
