import type { Block, CellValue } from "../port";
import { CellGrid, MAX_COLUMNS, MAX_ROWS, parseCellReference } from "./cellGrid";
import { PackageRefusal } from "./packageRefusal";
import type { SheetReadContext } from "./sheetReader";
import type { StartTag } from "./sheetScanner";
import { startsAt } from "./xmlChars";
import { readOoxmlString } from "./xmlText";

/** Excel's limit on a cell's text; a longer text cannot come from Excel and is read as an error (a row error where the product reads it). */
export const MAX_CELL_TEXT = 32_767;
export const TOO_LONG: CellValue = { code: "#VALUE! (text over 32,767 characters)" };

/** The `t` of a cell; any other (and none) is a number, as Excel reads it. */
type CellType = "s" | "str" | "inlineStr" | "b" | "e" | "d" | "n";
const TYPES: readonly CellType[] = ["s", "str", "inlineStr", "b", "e", "d"];

/**
 * What sheetData's rows and cells say, told element by element by the
 * SheetScanner: every cell's value as the use cases see it (shared and inline
 * strings as text, a date format's number as its ISO date, a formula as its
 * cached result, or its text when it has none, so it is reported, never
 * taken for blank). A row or cell without `r` follows the one before it.
 */
export class CellScanner {
  readonly cells = new CellGrid();
  /** True while text belongs to the cell: its `<v>`, its inline string's `<t>` (not a phonetic guide's), its `<f>`. */
  wantsText = false;
  private row = 0;
  private column = 0;
  private type: CellType = "n";
  private style = 0;
  /** The value's text, or while it is one plain run, where it lies (read in place when it is an index or a whole number). */
  private raw = "";
  private run: string | undefined;
  private runStart = 0;
  private runEnd = 0;
  private collecting = false;
  private formula = "";
  private inFormula = false;
  private hasFormula = false;
  private inCell = false;
  private sharedIndex = "";
  /** Open `<is>` and `<rPh>` elements: a `<t>` is the cell's text inside the first, never inside the second. */
  private inlines = 0;
  private phonetics = 0;
  private readonly sharedFormulas = new Map<string, string>();
  private readonly sharedTexts = new Map<string, string>();
  /** The highest `si` a formula of the part carries (-1: none): the product numbers its own shared formulas above it. */
  highestSharedIndex = -1;
  /** ISO dates by serial: an inventory's dates repeat, and making one costs a Date. */
  private readonly dates = new Map<number, string | undefined>();

  constructor(private readonly context: SheetReadContext) {}

  /** An element opens: rows, cells and what is in them (any other element means nothing here). */
  open(kind: string, tag: StartTag): void {
    switch (kind) {
      case "row":
        return this.openRow(tag);
      case "c":
        return this.openCell(tag);
      case "v":
      case "t":
        this.collecting = this.inCell && (kind === "v" || this.inlines > 0) && this.phonetics === 0;
        this.wantsText = this.collecting || this.inFormula;
        return;
      case "f":
        return this.openFormula(tag);
      case "is":
        this.inlines++;
        return;
      case "rPh":
        this.phonetics++;
    }
  }

  close(kind: string): void {
    switch (kind) {
      case "c":
        return this.closeCell();
      case "f":
        this.inFormula = false;
        this.wantsText = this.collecting;
        if (this.sharedIndex !== "" && this.formula !== "") {
          this.sharedFormulas.set(this.sharedIndex, this.formula);
          this.sharedTexts.delete(this.sharedIndex);
        }
        return;
      case "v":
      case "t":
        this.collecting = false;
        this.wantsText = this.inFormula;
        return;
      case "is":
        this.inlines--;
        return;
      case "rPh":
        this.phonetics--;
    }
  }

  private openRow(tag: StartTag): void {
    const at = attributeNamed(tag, 114 /* r */);
    const number = at < 0 ? this.row + 1 : (digits(tag.text, tag.offsets[4 * at + 2], tag.offsets[4 * at + 3]) ?? Number(tag.value(at)));
    if (!Number.isInteger(number) || number < 1 || number > MAX_ROWS) throw new PackageRefusal("tooManyRows", `${this.context.part}: row ${at < 0 ? number : tag.value(at)}`);
    this.row = number;
    this.column = 0;
  }

  private openCell(tag: StartTag): void {
    const { text, offsets } = tag;
    let referenced = false;
    this.type = "n";
    this.style = 0;
    for (let i = 0; i < tag.count; i++) {
      const name = offsets[4 * i];
      if (offsets[4 * i + 1] !== name + 1) continue;
      const start = offsets[4 * i + 2];
      const end = offsets[4 * i + 3];
      const letter = text.charCodeAt(name);
      if (letter === 114 /* r */) {
        referenced = true;
        if (!this.reference(text, start, end)) {
          const at = parseCellReference(tag.value(i), this.context.part);
          this.row = at.row;
          this.column = at.column;
        }
      } else if (letter === 116 /* t */) this.type = cellType(tag, i);
      else if (letter === 115 /* s */) this.style = digits(text, start, end) ?? Number(tag.value(i));
    }
    if (!referenced) this.column++;
    this.raw = "";
    this.run = undefined;
    this.formula = "";
    this.hasFormula = false;
    this.sharedIndex = "";
    this.inCell = true;
  }

  private openFormula(tag: StartTag): void {
    if (!this.inCell) return;
    this.hasFormula = true;
    this.inFormula = this.wantsText = true;
    let shared = false;
    let index: string | undefined;
    for (let i = 0; i < tag.count; i++) {
      const name = tag.offsets[4 * i];
      const length = tag.offsets[4 * i + 1] - name;
      if (length === 1 && tag.text.charCodeAt(name) === 116 /* t */) shared = valueIs(tag, i, "shared");
      else if (length === 2 && startsAt(tag.text, name, "si")) index = tag.value(i);
    }
    if (shared && index !== undefined) this.sharedIndex = index;
    if (index !== undefined) {
      const number = Number(index);
      if (number > this.highestSharedIndex) this.highestSharedIndex = number;
    }
  }

  /** Text of the cell, as XML reads it. */
  text(value: string): void {
    if (this.inFormula) this.formula += value;
    else this.raw = this.written() + value;
  }

  /** Text of the cell that is text[start, end) as it stands (no entity, no line break to normalize). */
  plainText(text: string, start: number, end: number): void {
    if (this.inFormula) this.formula += text.slice(start, end);
    else if (this.raw === "" && this.run === undefined) {
      this.run = text;
      this.runStart = start;
      this.runEnd = end;
    } else this.raw = this.written() + text.slice(start, end);
  }

  /** The cell just opened holds `<v>` with text[start, end) as written, and ends: what opening and closing that `<v>`, its text and the cell's end do. */
  plainCell(text: string, start: number, end: number): void {
    if (end > start && ((this.inCell && this.phonetics === 0) || this.inFormula)) this.plainText(text, start, end);
    this.collecting = false;
    this.wantsText = this.inFormula;
    this.closeCell();
  }

  private written(): string {
    if (this.run === undefined) return this.raw;
    const raw = this.run.slice(this.runStart, this.runEnd);
    this.run = undefined;
    return raw;
  }

  private closeCell(): void {
    this.inCell = false;
    const { row, column, context } = this;
    this.cells.set(row, column, this.value());
    const formulasIn = context.formulasIn;
    if (formulasIn && this.hasFormula && insideBlock(formulasIn.block, row, column)) formulasIn.found.set(`${row}:${column}`, this.formulaWithSign());
  }

  /**
   * The formula as read back ("=…"). A shared formula's cells all give its
   * first cell's text, made once per group: a filled column of a million
   * cells holds one copy, not a million.
   */
  private formulaWithSign(): string {
    if (this.formula !== "") return `=${this.formula}`;
    let text = this.sharedTexts.get(this.sharedIndex);
    if (text === undefined) this.sharedTexts.set(this.sharedIndex, (text = `=${this.sharedFormulas.get(this.sharedIndex) ?? ""}`));
    return text;
  }

  private writtenFormula(): string {
    return this.formula !== "" ? this.formula : (this.sharedFormulas.get(this.sharedIndex) ?? "");
  }

  private value(): CellValue {
    const { type, context } = this;
    if (this.run !== undefined && (type === "s" || type === "n")) {
      // Most values are a shared string's index or a whole number: read in place, no string made.
      const whole = digits(this.run, this.runStart, this.runEnd);
      const shared = whole !== undefined && type === "s" ? context.sharedStrings[whole] : undefined;
      if (shared !== undefined) return shared.length > MAX_CELL_TEXT ? TOO_LONG : shared;
      if (whole !== undefined && type === "n") return this.number(whole);
    }
    const raw = (this.raw = this.written());
    if (raw === "" && type !== "inlineStr" && type !== "str") return this.hasFormula ? detached(`=${this.writtenFormula()}`) : null;
    switch (type) {
      case "s": {
        const shared = context.sharedStrings[Number(raw)];
        if (shared === undefined) throw new PackageRefusal("damagedPart", `${context.part}: shared string ${raw} does not exist`);
        return shared.length > MAX_CELL_TEXT ? TOO_LONG : shared;
      }
      case "str":
      case "inlineStr": {
        const value = readOoxmlString(raw);
        return value.length > MAX_CELL_TEXT ? TOO_LONG : detached(value);
      }
      case "b":
        return raw === "1" || raw === "true";
      case "e":
        return { code: detached(raw) };
      case "d":
        return detached(raw.slice(0, 10));
      default: {
        const number = Number(raw);
        if (raw.trim() === "" || !Number.isFinite(number)) throw new PackageRefusal("badXml", `${context.part}: "${raw.slice(0, 40)}" is not a number`);
        return this.number(number);
      }
    }
  }

  /** A number, or its ISO date when the cell's format shows a date. */
  private number(value: number): CellValue {
    const { styles, date1904 } = this.context;
    if (!styles?.isDate(this.style)) return value;
    let date = this.dates.get(value);
    if (date === undefined && !this.dates.has(value)) this.dates.set(value, (date = isoDate(value, date1904)));
    return date ?? value;
  }

  /** A plain reference ("B12", "$B$12") read in place into row and column; false for anything else, left to parseCellReference and its refusals. */
  private reference(text: string, start: number, end: number): boolean {
    let i = text.charCodeAt(start) === 36 /* $ */ ? start + 1 : start;
    let column = 0;
    for (; i < end; i++) {
      const letter = text.charCodeAt(i) & ~32;
      if (letter < 65 || letter > 90) break;
      column = column * 26 + (letter - 64);
    }
    if (text.charCodeAt(i) === 36) i++;
    const row = digits(text, i, end);
    if (column === 0 || column > MAX_COLUMNS || row === undefined || row < 1 || row > MAX_ROWS) return false;
    this.row = row;
    this.column = column;
    return true;
  }
}

/**
 * A date serial as "YYYY-MM-DD" (the time of day dropped), in the 1900 or
 * 1904 date system. In the 1900 system Excel counts a 29 February 1900 that
 * never was (serial 60), so serials before it are one day later than the count.
 */
export function isoDate(serial: number, date1904: boolean): string | undefined {
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  if (!date1904 && Math.floor(serial) === 60) return "1900-02-29";
  const date = new Date(Math.round((days - 25569) * 86_400_000));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/**
 * A text kept in the grid, copied out of the chunk it was cut from: V8 cuts
 * a slice of 13 characters or more as a view of its parent string, so one
 * inline string kept would keep its whole chunk of sheet text alive.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

/** The index of the attribute with this one-letter name, -1 when the tag has none. */
function attributeNamed(tag: StartTag, letter: number): number {
  for (let i = 0; i < tag.count; i++) if (tag.offsets[4 * i + 1] === tag.offsets[4 * i] + 1 && tag.text.charCodeAt(tag.offsets[4 * i]) === letter) return i;
  return -1;
}

/** The number written with 1–9 digits and nothing else in text[start, end); undefined otherwise. */
function digits(text: string, start: number, end: number): number | undefined {
  if (end <= start || end - start > 9) return undefined;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/** A cell's `t`: "n" for any type but those Excel reads otherwise. */
function cellType(tag: StartTag, index: number): CellType {
  for (const type of TYPES) if (valueIs(tag, index, type)) return type;
  return "n";
}

/** True when attribute `index` is `expected`: compared in place when written plainly, decoded first otherwise ("st&#114;" is "str"). */
function valueIs(tag: StartTag, index: number, expected: string): boolean {
  const start = tag.offsets[4 * index + 2];
  const length = tag.offsets[4 * index + 3] - start;
  if (length === expected.length && startsAt(tag.text, start, expected)) return true;
  return !tag.asWritten(index) && tag.value(index) === expected;
}

function insideBlock(block: Block, row: number, column: number): boolean {
  return row >= block.row && row < block.row + block.rows && column >= block.column && column < block.column + block.columns;
}
