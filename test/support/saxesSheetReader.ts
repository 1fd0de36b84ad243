import { SaxesParser } from "saxes";
import type { Block, CellValue } from "../../src/workbook/port";
import { CellGrid, MAX_ROWS, parseCellReference } from "../../src/workbook/package/cellGrid";
import { PackageRefusal } from "../../src/workbook/package/packageRefusal";
import { MAX_CELL_TEXT, type SheetFacts, type SheetReadContext, TOO_LONG, isoDate } from "../../src/workbook/package/sheetReader";
import { feed } from "../../src/workbook/package/xmlTree";
import { localName, readOoxmlString } from "../../src/workbook/package/xmlText";

/*
 * The worksheet reader as it was before it scanned the text by hand: saxes,
 * a strict streaming XML parser, with one handler per event. Kept verbatim
 * as the oracle the hand scanner must agree with (sheetReaderAgreement.test.ts).
 */

/**
 * Reads one worksheet part as a stream of text with saxes: every cell's
 * value as the use cases see it (shared and inline strings as text, a date
 * format's number as its ISO date, a formula as its cached result, or its
 * text when it has none, so it is reported, never taken for blank), plus the
 * sheet's facts. Element names are matched without their prefix ("x:row").
 */
export async function readSheetWithSaxes(chunks: AsyncIterable<string>, context: SheetReadContext): Promise<{ cells: CellGrid; facts: SheetFacts }> {
  const { part, sharedStrings, styles, date1904, formulasIn } = context;
  const cells = new CellGrid();
  const facts: SheetFacts = { columns: [], validations: [], conditionalFormats: [], maxPriority: 0, merges: [] };
  const parser = new SaxesParser({ position: false });
  const stack: string[] = [];
  let row = 0;
  let column = 0;
  let type = "";
  let style = 0;
  let text: string[] = [];
  let collecting = false;
  let formula = "";
  let inFormula = false;
  let hasFormula = false;
  let inCell = false;
  const sharedFormulas = new Map<string, string>();
  let sharedIndex = "";

  parser.on("doctype", () => {
    throw new PackageRefusal("badXml", `${part}: a DOCTYPE declaration`);
  });
  parser.on("opentag", (tag) => {
    const local = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    stack.push(local);
    switch (local) {
      case "row": {
        row = a.r !== undefined ? Number(a.r) : row + 1;
        if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new PackageRefusal("tooManyRows", `${part}: row ${a.r ?? row}`);
        column = 0;
        return;
      }
      case "c": {
        if (a.r !== undefined) {
          const at = parseCellReference(a.r, part);
          row = at.row;
          column = at.column;
        } else column++;
        type = a.t ?? "n";
        style = a.s !== undefined ? Number(a.s) : 0;
        text = [];
        formula = "";
        hasFormula = false;
        sharedIndex = "";
        inCell = true;
        return;
      }
      case "v":
      case "t":
        collecting = inCell && (local === "v" || stack.includes("is")) && !stack.includes("rPh");
        return;
      case "f":
        if (!inCell) return;
        hasFormula = true;
        inFormula = true;
        if (a.t === "shared" && a.si !== undefined) sharedIndex = a.si;
        return;
      case "col":
        if (stack[stack.length - 2] === "cols") facts.columns.push({ min: Number(a.min), max: Number(a.max) });
        return;
      case "dataValidation":
        if (a.sqref !== undefined) facts.validations.push(a.sqref);
        return;
      case "conditionalFormatting":
        if (a.sqref !== undefined) facts.conditionalFormats.push(a.sqref);
        return;
      case "cfRule":
        if (a.priority !== undefined) facts.maxPriority = Math.max(facts.maxPriority, Number(a.priority) || 0);
        return;
      case "mergeCell":
        if (a.ref !== undefined) facts.merges.push(a.ref);
        return;
      case "sqref":
        collecting = true;
        text = [];
        return;
    }
  });
  parser.on("closetag", (tag) => {
    const local = stack.pop();
    if (local === "c") {
      inCell = false;
      cells.set(row, column, cellValue());
      if (formulasIn && hasFormula && insideBlock(formulasIn.block, row, column)) {
        formulasIn.found.set(`${row}:${column}`, `=${formula !== "" ? formula : (sharedFormulas.get(sharedIndex) ?? "")}`);
      }
    } else if (local === "f") {
      inFormula = false;
      if (sharedIndex !== "" && formula !== "") sharedFormulas.set(sharedIndex, formula);
    } else if (local === "v" || local === "t") collecting = false;
    else if (local === "sqref") {
      collecting = false;
      const owner = stack[stack.length - 1];
      if (owner === "dataValidation") facts.validations.push(text.join(""));
      else if (owner === "conditionalFormatting") facts.conditionalFormats.push(text.join(""));
    }
    void tag;
  });
  const onText = (value: string): void => {
    if (inFormula) formula += value;
    else if (collecting) text.push(value);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  function cellValue(): CellValue {
    const raw = text.length === 1 ? text[0] : text.join("");
    if (raw === "" && type !== "inlineStr" && type !== "str") {
      if (!hasFormula) return null;
      const written = formula !== "" ? formula : (sharedFormulas.get(sharedIndex) ?? "");
      return `=${written}`;
    }
    switch (type) {
      case "s": {
        const shared = sharedStrings[Number(raw)];
        if (shared === undefined) throw new PackageRefusal("damagedPart", `${part}: shared string ${raw} does not exist`);
        return shared.length > MAX_CELL_TEXT ? TOO_LONG : shared;
      }
      case "str":
      case "inlineStr": {
        const value = readOoxmlString(raw);
        return value.length > MAX_CELL_TEXT ? TOO_LONG : value;
      }
      case "b":
        return raw === "1" || raw === "true";
      case "e":
        return { code: raw };
      case "d":
        return raw.slice(0, 10);
      default: {
        const number = Number(raw);
        if (raw.trim() === "" || !Number.isFinite(number)) throw new PackageRefusal("badXml", `${part}: "${raw.slice(0, 40)}" is not a number`);
        return styles?.isDate(style) ? (isoDate(number, date1904) ?? number) : number;
      }
    }
  }

  await feed(parser, chunks, part);
  return { cells, facts };
}

function insideBlock(block: Block, row: number, column: number): boolean {
  return row >= block.row && row < block.row + block.rows && column >= block.column && column < block.column + block.columns;
}
