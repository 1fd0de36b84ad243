/**
 * Excel calculating the formulas the product writes, for the fake Excel
 * (issue 10): the HR.* custom functions are called as Excel calls them
 * (harness/customFunctions/excelCalculation.ts: not at all on an error input without
 * allowErrorForDataTypeAny), with the metadata the build serves, and
 * counted. What Microsoft documents and the fake models:
 * - a formula returning an array spills it over the cells below and to the
 *   right; those cells' `values` are the spilled values; when a cell of that
 *   area is not empty the formula shows #SPILL! ("Dynamic arrays and spilled
 *   array behavior", https://support.microsoft.com/en-us/office/dynamic-array-formulas-and-spilled-array-behavior-205c6b06-03ba-4151-89a1-87a7eb36e531;
 *   "Handle dynamic arrays and spilling", https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-dynamic-arrays);
 * - `[@Header]` is the cell of that table column on the formula's own row
 *   ("Using structured references with Excel tables");
 * - INDEX(array, row, column) picks one element.
 * Only these forms are calculated: any other formula is refused, so a test
 * never reads a value the fake made up.
 */
import * as fs from "fs";
import * as path from "path";
import * as functions from "../../src/functions/functions";
import { installCustomFunctions } from "../customFunctions/customFunctionsRuntime";
import { ErrorCell, calculate } from "../customFunctions/excelCalculation";
import type { Scalar, SheetModel, TableModel } from "./fakeSheet";

/** What a calculated cell shows: a value or an error code. */
export type Shown = { readonly value: Scalar } | { readonly error: string };

const METADATA = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../customFunctions/functions.json"), "utf8")) as Parameters<typeof calculate>[0];
const FUNCTIONS: Record<string, (...args: unknown[]) => unknown[][]> = {
  ASSISTLEVEL: functions.assistLevel as never,
  ASSISTDETAIL: functions.assistDetail as never,
  ASSISTEXPLAIN: functions.assistExplain as never,
  DESCRIPTOR: functions.descriptor as never,
  MEETS: functions.meets as never,
};
const ERROR_CODES = new Set(["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!"]);

type Result = Shown[][];

/** Splits a function's argument list at its top-level commas (not inside quotes, brackets or parentheses). */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const columnNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export class FakeCalculation {
  private readonly cache = new Map<string, Result>();
  private readonly calculating = new Set<string>();
  /** Per sheet, the cells holding a formula that may return an array ("row!column"). */
  private readonly anchors = new Map<SheetModel, Set<string>>();

  constructor(
    private readonly tables: () => readonly TableModel[],
    private readonly countCall: () => void,
  ) {
    if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") installCustomFunctions();
  }

  /** A cell was stored (SheetModel.set): every result is calculated again when read, and array formulas are indexed. */
  stored(sheet: SheetModel, row: number, column: number, value: Scalar): void {
    if (this.cache.size > 0) this.cache.clear();
    // A formula in a table cannot spill (Excel shows #SPILL!; see the spill page above): only a plain range's may.
    const array = typeof value === "string" && /^=(?:_xldudf_)?HR\./i.test(value) && !this.inTable(sheet, row, column);
    let anchors = this.anchors.get(sheet);
    if (!array && !anchors) return;
    const key = `${row}!${column}`;
    if (array) {
      if (!anchors) this.anchors.set(sheet, (anchors = new Set()));
      anchors.add(key);
    } else anchors?.delete(key);
  }

  private inTable(sheet: SheetModel, row: number, column: number): boolean {
    return this.tables().some((t) => t.sheet === sheet && row >= t.rect.row && row < t.rect.row + t.rect.rows && column >= t.rect.column && column < t.rect.column + t.rect.columns);
  }

  /** What the cell shows: its formula's value, a value spilled into it, or undefined when neither. */
  shown(sheet: SheetModel, row: number, column: number): Shown | undefined {
    const stored = sheet.get(row, column);
    if (typeof stored === "string" && stored.startsWith("=")) return this.result(sheet, row, column)[0][0];
    if (stored !== "") return undefined;
    for (const key of this.anchors.get(sheet) ?? []) {
      const [top, left] = key.split("!").map(Number);
      if (row < top || column < left) continue;
      const result = this.result(sheet, top, left);
      if (row < top + result.length && column < left + result[0].length) return result[row - top][column - left];
    }
    return undefined;
  }

  private result(sheet: SheetModel, row: number, column: number): Result {
    const key = `${sheet.name}!${row}!${column}`;
    if (this.calculating.has(key)) return [[{ error: "#REF!" }]]; // a circular reference: Excel warns; the fake never loops

    const cached = this.cache.get(key);
    if (cached) return cached;
    const formula = String(sheet.get(row, column)).slice(1);
    this.calculating.add(key);
    let result: Result;
    try {
      result = this.evaluate(sheet, row, formula);
    } finally {
      this.calculating.delete(key);
    }
    // A spill needs its area empty but for the formula's own cell, and a table cell cannot spill at all.
    const many = result.length > 1 || result[0].length > 1;
    const blocked = (many && this.inTable(sheet, row, column)) || result.some((line, i) => line.some((_, j) => (i > 0 || j > 0) && sheet.get(row + i, column + j) !== ""));
    if (blocked) result = [[{ error: "#SPILL!" }]];
    this.cache.set(key, result);
    return result;
  }

  private evaluate(sheet: SheetModel, row: number, formula: string): Result {
    if (ERROR_CODES.has(formula)) return [[{ error: formula }]];
    const index = /^INDEX\((.*),(\d+),(\d+)\)$/.exec(formula);
    if (index) {
      const inner = this.evaluate(sheet, row, index[1]);
      const cell = inner[Number(index[2]) - 1]?.[Number(index[3]) - 1];
      return [[cell ?? { error: "#REF!" }]];
    }
    const call = /^(?:_xldudf_)?HR\.(\w+)\((.*)\)$/.exec(formula);
    const fn = call ? FUNCTIONS[call[1]] : undefined;
    if (!call || !fn) throw new Error(`The fake Excel does not calculate =${formula}.`);
    const args = splitArguments(call[2]).map((arg) => this.argument(sheet, row, arg.trim(), formula));
    const { result, called } = calculate(METADATA, call[1], fn, args);
    if (called) this.countCall();
    if (result instanceof ErrorCell) return [[{ error: result.code }]];
    return result.map((line) =>
      line.map((cell): Shown => {
        if (cell instanceof CustomFunctions.Error) return { error: cell.code };
        if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") return { value: cell };
        return { error: "#VALUE!" };
      }),
    );
  }

  /** One argument as Excel hands it over: a matrix of the cells' values (errors as ErrorCell), or null when omitted. */
  private argument(sheet: SheetModel, row: number, text: string, formula: string): unknown {
    if (text === "") return null;
    const literal = /^"(.*)"$/.exec(text);
    if (literal) return [[literal[1].replace(/""/g, '"')]];
    const range = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(text);
    if (range) {
      const [c1, r1, c2, r2] = [columnNumber(range[1]), Number(range[2]), columnNumber(range[3]), Number(range[4])];
      return Array.from({ length: r2 - r1 + 1 }, (_, i) => Array.from({ length: c2 - c1 + 1 }, (_, j) => this.input(sheet, r1 + i, c1 + j)));
    }
    const thisRow = /^\[@(?:\[((?:[^[\]']|'.)*)\]|([^[\]]+))\]$/.exec(text);
    if (thisRow) {
      const header = (thisRow[1] ?? thisRow[2]).replace(/'(.)/g, "$1");
      const table = this.tables().find((t) => t.sheet === sheet && row > t.rect.row && row < t.rect.row + t.rect.rows);
      const offset = table?.headers.findIndex((h) => h.toLowerCase() === header.toLowerCase()) ?? -1;
      if (!table || offset < 0) return [[new ErrorCell("#REF!")]];
      return [[this.input(sheet, row, table.rect.column + offset)]];
    }
    throw new Error(`The fake Excel does not calculate the argument ${text} of =${formula}.`);
  }

  private input(sheet: SheetModel, row: number, column: number): unknown {
    const shown = this.shown(sheet, row, column);
    if (shown === undefined) return sheet.get(row, column);
    return "error" in shown ? new ErrorCell(shown.error as ErrorCell["code"]) : shown.value;
  }
}
