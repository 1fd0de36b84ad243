/**
 * A file the page cannot read as an inventory (another format, a broken
 * workbook, malformed CSV). The message names the file and the reason in
 * the analyst's language; the page shows it where the file was picked.
 */
export class UnreadableFile extends Error {
  readonly code = "unreadableFile";
  constructor(message: string) {
    super(message);
    this.name = "UnreadableFile";
  }
}
