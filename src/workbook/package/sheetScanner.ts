import { HeldChunks } from "./heldChunks";
import { PackageRefusal } from "./packageRefusal";
import { ENTITIES, XML_DECLARATION, blank, codeAt, indexOrEnd, nameChar, nameStart, readsAsWritten, sameText, startsAt } from "./xmlChars";

/**
 * A start tag as the scanner found it. Its attributes are offsets into the
 * text: a cell's `r`, `t` and `s` are read from the characters in place, so
 * a million cells cost no attribute strings.
 */
export interface StartTag {
  readonly text: string;
  readonly count: number;
  /** Attribute i: its name is text[offsets[4i], offsets[4i+1]), its value as written text[offsets[4i+2], offsets[4i+3]). */
  readonly offsets: readonly number[];
  /** Attribute i's value as XML reads it (entities decoded, tabs and line breaks as blanks). */
  value(index: number): string;
  /** True when attribute i's value reads as it is written (no entity, tab or line break in it). */
  asWritten(index: number): boolean;
  /** An attribute's value by its qualified name, undefined when the tag has none. */
  attribute(name: string): string | undefined;
}

/** What the scanner tells, element by element; `kind` is one of KINDS, or "" for any other element. */
export interface SheetEvents {
  /** True while the text between tags is wanted (it is decoded only then). */
  readonly wantsText: boolean;
  open(kind: string, parent: string, tag: StartTag): void;
  close(kind: string, parent: string): void;
  text(value: string): void;
  /** Wanted text that is text[start, end) as written (no entity, no line break to normalize): read in place when it can be. */
  plainText(text: string, start: number, end: number): void;
  /** The cell just opened is `<v>` holding text[start, end) as written, then its end: the events of that `<v>`, its text and the cell's end at once. */
  plainCell(text: string, start: number, end: number): void;
}

/** The local names of the worksheet elements the reader acts on; a switch on them compares references. */
const KINDS = ["row", "c", "v", "t", "f", "is", "rPh", "cols", "col", "dataValidation", "conditionalFormatting", "cfRule", "mergeCell", "sqref"];

/**
 * Scans a worksheet part's text by hand, with indexOf and charCodeAt, one
 * tag at a time, rather than with a general XML parser: a 100,000-row sheet
 * is 5 million tags, and saxes spent a second on them. The chunks may split
 * anything anywhere: what a chunk leaves unfinished waits for the next one,
 * and only that tail is kept (a million-row part is never one string).
 *
 * It is still strict, and refuses (badXml, naming the part) what is not
 * XML, and any DOCTYPE (no OOXML part has one; it is how entity bombs get
 * in): every "<" must open a tag, an end tag, a comment, a CDATA section or
 * a processing instruction; attribute values must be quoted and hold no "<";
 * an end tag must close the element open; one root holds everything, and
 * the text must not end before it closes; entities must be XML's five or
 * character references. Names must be names, no attribute may come twice,
 * a comment may not hold "--" nor text "]]>", and the XML declaration comes
 * first and well formed. So a part it has read is one where every "<" opens
 * markup and quotes delimit attribute values: what sheetPatcher's
 * tagScanner walk takes for granted when it copies the part.
 *
 * Element names are matched without their prefix ("x:row"); text has its
 * entities decoded and its line breaks normalized as XML wants; CDATA
 * sections are text; comments and processing instructions are stepped over.
 */
export class SheetScanner implements StartTag {
  text = "";
  count = 0;
  readonly offsets: number[] = [];
  /** Everything before `at` is read; the text from it on waits for more. */
  private at = 0;
  private final = false;
  /** No "<" lies strictly between `at` and `resume`, nor the end of the tag, comment, CDATA or instruction at `at` before `markupResume`: a long one is searched once. */
  private resume = 0;
  private markupResume = 0;
  /** Where the next "&", "\r" and "]]>" are (-1: not looked for yet; the text's length: none in it). */
  private amp = -1;
  private cr = -1;
  private cdataClose = -1;
  /** The open elements: qualified names (to match end tags) and kinds. */
  private readonly names: string[] = [];
  private readonly kinds: string[] = [];
  private depth = 0;
  private atStart = true;
  private rootDone = false;
  /** The last prefixed name of each kind ("x:c"), so a prefixed sheet costs no name strings either. */
  private readonly prefixed = new Map<string, string>();
  /** A plain cell's value tags, for the name its cells have ("c", "x:c"). */
  private cellName = "";
  private valueOpen = "";
  private valueClose = "";
  private readonly held = new HeldChunks();
  /** What the scan needs to come before it can go on: "<" in text, a markup's end ("-->"), else a ">". */
  private awaited = "";

  constructor(
    private readonly part: string,
    private readonly events: SheetEvents,
  ) {}

  write(chunk: string): void {
    if (this.held.hold(chunk)) return;
    this.take([...this.held.release(), chunk]);
    this.scan();
    this.held.stalled(this.text, this.awaited);
  }

  /** The text not read yet followed by `chunks`. join, not "+": it makes one flat string, where "+" makes a rope every charCodeAt then goes through. */
  private take(chunks: readonly string[]): void {
    this.text = [this.text.slice(this.at), ...chunks].join("");
    this.resume = Math.max(0, this.resume - this.at);
    this.markupResume = Math.max(0, this.markupResume - this.at);
    this.at = 0;
    this.amp = this.cr = this.cdataClose = -1;
  }

  /** The part's text has all come: what is left must complete it. */
  end(): void {
    const held = this.held.release();
    if (held.length > 0) this.take(held);
    this.final = true;
    this.scan();
    if (this.at < this.text.length) this.textRun(this.at, this.text.length);
    if (this.depth > 0) throw this.refusal(`the text ends before </${this.names[this.depth - 1]}>`);
    if (!this.rootDone) throw this.refusal("no root element");
  }

  value(index: number): string {
    const start = this.offsets[4 * index + 2];
    const end = this.offsets[4 * index + 3];
    return this.asWritten(index) ? this.text.slice(start, end) : this.decode(start, end, true);
  }

  asWritten(index: number): boolean {
    return readsAsWritten(this.text, this.offsets[4 * index + 2], this.offsets[4 * index + 3]);
  }

  /** Reads every tag and text complete in the buffer. */
  private scan(): void {
    const text = this.text;
    let at = this.at;
    let lt = at < text.length && text.charCodeAt(at) === 60 ? at : text.indexOf("<", Math.max(at, this.resume));
    this.awaited = ">";
    while (lt >= 0) {
      if (lt > at) this.textRun(at, lt);
      at = lt;
      const next = lt + 1 < text.length ? text.charCodeAt(lt + 1) : -1;
      const end = next === 47 ? this.endTag(lt) : next === 33 ? this.markup(lt) : next === 63 ? this.instruction(lt) : this.startTag(lt);
      if (end < 0) break;
      this.atStart = false;
      at = end;
      lt = at < text.length && text.charCodeAt(at) === 60 ? at : text.indexOf("<", at);
      if (lt < 0) this.resume = text.length;
    }
    if (lt < 0) this.awaited = "<";
    this.at = at;
  }

  /** Just after the start tag at `lt`, its element opened (and closed, when written `<x/>`); -1 while the tag is not complete. */
  private startTag(lt: number): number {
    const text = this.text;
    // A tag the last chunk cut short is scanned again only once a ">" has come.
    if (this.markupResume > 0) {
      if (text.indexOf(">", this.markupResume) < 0) return this.cut(lt, text.length);
      this.markupResume = 0;
    }
    const first = codeAt(text, lt + 1);
    if (!nameStart(first)) {
      if (lt + 1 >= text.length) return this.cut(lt, lt + 1);
      throw this.refusal(`"${text.slice(lt, lt + 2)}" is no markup (a "<" in text)`);
    }
    let p = lt + 2;
    let colon = first === 58 ? lt + 1 : -1;
    let ch = codeAt(text, p);
    for (; ch > 32 && ch !== 47 && ch !== 62; ch = codeAt(text, ++p)) {
      if (ch === 58) colon = colon < 0 ? p : colon;
      else if (!nameChar(ch)) return this.cut(lt, p);
    }
    const nameEnd = p;
    // Each attribute: a blank, its name, "=" and its value in quotes, with no "<" anywhere.
    this.count = 0;
    while (ch !== 62 && !(ch === 47 && codeAt(text, p + 1) === 62)) {
      if (!blank(ch)) return this.cut(lt, p);
      while (blank((ch = codeAt(text, ++p))));
      if (ch === 62 || (ch === 47 && codeAt(text, p + 1) === 62)) break;
      const name = p;
      if (!nameStart(ch)) return this.cut(lt, p);
      while (nameChar((ch = codeAt(text, ++p))));
      const nameStop = p;
      while (blank(ch)) ch = codeAt(text, ++p);
      if (ch !== 61) return this.cut(lt, p);
      while (blank((ch = codeAt(text, ++p))));
      if (ch !== 34 && ch !== 39) return this.cut(lt, p);
      let close = p + 1;
      for (let c = codeAt(text, close); c !== ch; c = codeAt(text, ++close)) if (c === 60 || c < 0) return this.cut(lt, close);
      for (let o = 0; o < 4 * this.count; o += 4) {
        if (this.offsets[o + 1] - this.offsets[o] === nameStop - name && sameText(text, this.offsets[o], name, nameStop - name)) {
          throw this.refusal(`a duplicate attribute ${text.slice(name, nameStop)} in "${this.tagAt(lt)}"`);
        }
      }
      const o = 4 * this.count++;
      this.offsets[o] = name;
      this.offsets[o + 1] = nameStop;
      this.offsets[o + 2] = p + 1;
      this.offsets[o + 3] = close;
      if (this.ampAfter(p + 1) < close) this.decode(p + 1, close, true);
      ch = codeAt(text, (p = close + 1));
    }
    if (this.depth === 0 && this.rootDone) throw this.refusal(`a second root element <${text.slice(lt + 1, nameEnd)}>`);
    const kind = kindOf(text, colon < 0 ? lt + 1 : colon + 1, nameEnd);
    let name = kind;
    if (kind === "" || colon >= 0) {
      const known = this.prefixed.get(kind);
      if (known === undefined || known.length !== nameEnd - lt - 1 || !startsAt(text, lt + 1, known)) this.prefixed.set(kind, (name = text.slice(lt + 1, nameEnd)));
      else name = known;
    }
    this.names[this.depth] = name;
    this.kinds[this.depth++] = kind;
    this.events.open(kind, this.depth > 1 ? this.kinds[this.depth - 2] : "", this);
    if (ch === 47) {
      this.close();
      return p + 2;
    }
    return kind === "c" ? this.plainCell(name, p + 1) : p + 1;
  }

  /**
   * Most cells are `<c …><v>value</v></c>`, the value as written (no entity,
   * no line break): when the one just opened is, its value and both end tags
   * are read at once and told as one event, with the same effect as tag by
   * tag. Anything else is left to the tag-by-tag walk from `from`.
   */
  private plainCell(name: string, from: number): number {
    if (name !== this.cellName) {
      this.cellName = name;
      this.valueOpen = `<${name.slice(0, -1)}v>`;
      this.valueClose = `</${name.slice(0, -1)}v></${name}>`;
    }
    const text = this.text;
    if (!startsAt(text, from, this.valueOpen)) return from;
    const start = from + this.valueOpen.length;
    const end = text.indexOf("<", start);
    if (end < 0 || !startsAt(text, end, this.valueClose)) return from;
    if (this.ampAfter(start) < end || this.crAfter(start) < end || this.cdataCloseAfter(start) < end) return from;
    if (--this.depth === 0) this.rootDone = true;
    this.events.plainCell(text, start, end);
    return end + this.valueClose.length;
  }

  /** Just after the end tag at `lt`, which must close the element open. */
  private endTag(lt: number): number {
    const text = this.text;
    if (this.depth === 0) throw this.refusal(`an end tag "${text.slice(lt, lt + 20)}" with no element open`);
    const name = this.names[this.depth - 1];
    let p = lt + 2 + name.length;
    if (p >= text.length) return this.needMore(lt);
    if (!startsAt(text, lt + 2, name)) throw this.unbalanced(lt, name);
    while (p < text.length && blank(text.charCodeAt(p))) p++;
    if (p >= text.length) return this.needMore(lt);
    if (text.charCodeAt(p) !== 62) throw this.unbalanced(lt, name);
    this.close();
    return p + 1;
  }

  /** Just after the comment or CDATA section at `lt` (a CDATA section's content is text); a DOCTYPE, or any other "<!", is refused. */
  private markup(lt: number): number {
    const text = this.text;
    if (text.startsWith("<!--", lt)) {
      const end = this.markupEnd("-->", lt + 4);
      if (end < 0) return this.needMore(lt);
      if (text.indexOf("--", lt + 4) < end) throw this.refusal(`"--" inside a comment "${text.slice(lt, Math.min(end + 3, lt + 40))}"`);
      return end + 3;
    }
    if (text.startsWith("<![CDATA[", lt)) {
      const end = this.markupEnd("]]>", lt + 9);
      if (end < 0) return this.needMore(lt);
      if (this.depth === 0) throw this.refusal("a CDATA section outside the root element");
      const content = text.slice(lt + 9, end);
      if (this.events.wantsText) this.events.text(content.includes("\r") ? content.replace(/\r\n?/g, "\n") : content);
      return end + 3;
    }
    if (text.startsWith("<!DOCTYPE", lt)) throw this.refusal("a DOCTYPE declaration");
    if (text.length - lt < 9 && ["<!--", "<![CDATA[", "<!DOCTYPE"].some((open) => open.startsWith(text.slice(lt)))) return this.needMore(lt);
    throw this.refusal(`unexpected markup "${text.slice(lt, lt + 12)}"`);
  }

  /** Just after the processing instruction at `lt`; the XML declaration only at the very start, and well formed. */
  private instruction(lt: number): number {
    const text = this.text;
    const end = this.markupEnd("?>", lt + 2);
    if (end < 0) return this.needMore(lt);
    let p = lt + 2;
    if (nameStart(text.charCodeAt(p))) while (++p < end && nameChar(text.charCodeAt(p)));
    const instruction = text.slice(lt, Math.min(end + 2, lt + 80));
    if (p === lt + 2 || (p < end && !blank(text.charCodeAt(p)) && text.charCodeAt(p) !== 63)) throw this.refusal(`a processing instruction without a target "${instruction}"`);
    const target = text.slice(lt + 2, p);
    if (target.toLowerCase() === "xml" && !(target === "xml" && this.atStart && XML_DECLARATION.test(text.slice(lt, end + 2)))) {
      throw this.refusal(`a misplaced or malformed XML declaration "${instruction}"`);
    }
    return end + 2;
  }

  /** Where `close` is from `from` on, -1 when not in the text yet (the search goes on from there next time). */
  private markupEnd(close: string, from: number): number {
    const end = this.text.indexOf(close, Math.max(from, this.markupResume));
    this.markupResume = end < 0 ? Math.max(from, this.text.length - close.length + 1) : 0;
    if (end < 0) this.awaited = close;
    return end;
  }

  /** Text between tags: handed on when it is wanted (in place when it needs no decoding), its entities checked when it is not; outside the root only blanks. */
  private textRun(start: number, end: number): void {
    const text = this.text;
    if (this.depth === 0) {
      for (let i = start; i < end; i++) if (!blank(text.charCodeAt(i)) && text.charCodeAt(i) !== 0xfeff) throw this.refusal(`text outside the root element: "${text.slice(i, i + 20)}"`);
      // Nothing may come before the XML declaration but the byte order mark.
      if (!(end - start === 1 && text.charCodeAt(start) === 0xfeff)) this.atStart = false;
    } else if (this.cdataCloseAfter(start) <= end - 3) {
      throw this.refusal(`"]]>" in text: "${text.slice(start, Math.min(end, start + 40))}"`);
    } else if (this.events.wantsText) {
      if (this.ampAfter(start) >= end && this.crAfter(start) >= end) this.events.plainText(text, start, end);
      else this.events.text(this.decode(start, end, false));
    } else if (this.ampAfter(start) < end) this.decode(start, end, false);
  }

  private close(): void {
    const kind = this.kinds[--this.depth];
    if (this.depth === 0) this.rootDone = true;
    this.events.close(kind, this.depth > 0 ? this.kinds[this.depth - 1] : "");
  }

  attribute(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) {
      const start = this.offsets[4 * i];
      if (this.offsets[4 * i + 1] - start === name.length && startsAt(this.text, start, name)) return this.value(i);
    }
    return undefined;
  }

  /** text[start, end) as XML reads it: entities decoded; in text a line break is "\n", in an attribute value it and a tab are a blank. */
  private decode(start: number, end: number, attribute: boolean): string {
    const text = this.text;
    let out = "";
    let run = start;
    for (let i = start; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 38 /* & */) {
        const semicolon = text.indexOf(";", i);
        if (semicolon < 0 || semicolon >= end) throw this.refusal(`an unterminated entity "${text.slice(i, Math.min(end, i + 12))}"`);
        out += text.slice(run, i) + this.entity(text.slice(i + 1, semicolon));
        run = (i = semicolon) + 1;
      } else if (ch === 13 || (attribute && (ch === 9 || ch === 10))) {
        out += text.slice(run, i) + (attribute ? " " : "\n");
        if (ch === 13 && i + 1 < end && text.charCodeAt(i + 1) === 10) i++;
        run = i + 1;
      }
    }
    return out + text.slice(run, end);
  }

  /** XML's five entities and character references; anything else (a DTD's entities) is refused. */
  private entity(name: string): string {
    const predefined = ENTITIES[name];
    if (predefined !== undefined) return predefined;
    const code = /^#[0-9]+$/.test(name) ? Number(name.slice(1)) : /^#x[0-9A-Fa-f]+$/.test(name) ? parseInt(name.slice(2), 16) : NaN;
    const xmlChar = code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!xmlChar) throw this.refusal(`an unknown entity "&${name.slice(0, 12)};"`);
    return String.fromCodePoint(code);
  }

  private ampAfter(at: number): number {
    if (this.amp < at) this.amp = indexOrEnd(this.text, "&", at);
    return this.amp;
  }

  private cdataCloseAfter(at: number): number {
    if (this.cdataClose < at) this.cdataClose = indexOrEnd(this.text, "]]>", at);
    return this.cdataClose;
  }

  private crAfter(at: number): number {
    if (this.cr < at) this.cr = indexOrEnd(this.text, "\r", at);
    return this.cr;
  }

  /** The start tag at `lt` is not what XML allows at `at`: malformed, or when `at` is its last character or past it, cut short by the chunk (wait for more). */
  private cut(lt: number, at: number): number {
    if (at + 1 < this.text.length) return this.malformedTag(lt);
    this.markupResume = this.text.length;
    return this.needMore(lt);
  }

  /** -1 (wait for the next chunk), or at the end of the part a refusal: the text ends inside the markup at `lt`. */
  private needMore(lt: number): number {
    if (this.final) throw this.refusal(`the text ends inside "${this.text.slice(lt, lt + 40)}"`);
    return -1;
  }

  private malformedTag(lt: number): never {
    throw this.refusal(`a malformed tag "${this.tagAt(lt)}"`);
  }

  private unbalanced(lt: number, expected: string): PackageRefusal {
    return this.refusal(`"${this.tagAt(lt)}" where </${expected}> was expected`);
  }

  private tagAt(lt: number): string {
    const close = this.text.indexOf(">", lt);
    return this.text.slice(lt, Math.min(close < 0 ? this.text.length : close + 1, lt + 60));
  }

  private refusal(detail: string): PackageRefusal {
    return new PackageRefusal("badXml", `${this.part}: ${detail}`);
  }
}

/** The kind of the element whose local name is text[start, end): one of KINDS (a string literal), or "". */
function kindOf(text: string, start: number, end: number): string {
  if (end - start === 1) {
    const ch = text.charCodeAt(start);
    return ch === 99 ? "c" : ch === 118 ? "v" : ch === 116 ? "t" : ch === 102 ? "f" : "";
  }
  for (const kind of KINDS) if (kind.length === end - start && startsAt(text, start, kind)) return kind;
  return "";
}
