/**
 * Chunks a part's scanner keeps aside while it waits for one text. A scan
 * that stops in the middle of something long (a 70 MB comment, a cell of
 * 40 MB of text, a huge attribute) waits for one text to come: "-->", "<",
 * ">" or a row's end tag. Joining every chunk to the waiting text and
 * scanning again costs time in the square of the length (measured: a 10 MB
 * comment took 29 s, a 70 MB one over 10 minutes); holding the chunks until
 * the awaited text is among them makes it one join and one scan.
 */
export class HeldChunks {
  private readonly chunks: string[] = [];
  private awaited = "";
  /** The last characters seen, so an awaited text cut between two chunks is found. */
  private tail = "";

  /** The scan of `text` stopped, waiting for `awaited` ("" when it cannot say: nothing is held). */
  stalled(text: string, awaited: string): void {
    this.awaited = awaited;
    this.tail = awaited.length > 1 ? text.slice(-(awaited.length - 1)) : "";
  }

  /** Keeps `chunk` aside when what the scan waits for is not in it (nor across its start); false when the scan should go on. */
  hold(chunk: string): boolean {
    if (this.awaited === "") return false;
    const seen = this.tail + chunk;
    if (seen.includes(this.awaited)) return false;
    this.chunks.push(chunk);
    if (this.awaited.length > 1) this.tail = seen.slice(-(this.awaited.length - 1));
    return true;
  }

  /** The chunks held, in order; the scan takes them with the next one. */
  release(): string[] {
    this.awaited = "";
    return this.chunks.splice(0);
  }
}
