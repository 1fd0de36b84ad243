import { type ArgumentKey, type Language, argumentLabel, messagesFor } from "../domain";
import { cellInput } from "./cellInput";

/**
 * One argument of a custom function as Excel passes it: a single value, a
 * 2-D array for a range (one column expected), or null when omitted.
 */
export interface Argument {
  readonly argument: ArgumentKey;
  readonly value: unknown;
}

/** The arguments' values, row by row, with single cells repeated on every row. */
export interface Rows {
  readonly height: number;
  /** Value of argument `index` (in declaration order) on row `row`, data types and errors unwrapped (cellInput.ts). */
  value(index: number, row: number): unknown;
  /** Value of the argument declared as `name` on row `row` (undefined when the function declares no such argument). */
  named(name: ArgumentKey, row: number): unknown;
}

/**
 * A function's arguments declared as data, hyperformula-style: the names in
 * the order of its parameters, given once, and zipped with the values Excel
 * passed. Each function body then reads its arguments by name.
 */
export function declaredArguments(names: readonly ArgumentKey[], values: readonly unknown[]): Argument[] {
  if (values.length > names.length) throw new Error(`${values.length} values for ${names.length} declared arguments`);
  return names.map((argument, i) => ({ argument, value: values[i] }));
}

/** Why the arguments cannot be read row by row: one message for the whole call. */
export interface ShapeProblem {
  readonly message: string;
}

interface Column {
  readonly height: number;
  readonly cells: readonly (readonly unknown[])[] | null;
  readonly single: unknown;
}

function columnOf(value: unknown): Column | number {
  if (!Array.isArray(value)) return { height: 1, cells: null, single: value };
  const rows = value as unknown[][];
  const width = rows.length > 0 && Array.isArray(rows[0]) ? rows[0].length : 0;
  if (width !== 1) return width;
  if (rows.length === 1) return { height: 1, cells: null, single: rows[0][0] };
  return { height: rows.length, cells: rows, single: undefined };
}

/**
 * Lines the arguments up row by row: ranges must share one height, single
 * cells and omitted arguments apply to every row.
 */
export function rowsOf(args: readonly Argument[], language: Language): Rows | ShapeProblem {
  const m = messagesFor(language);
  const columns: Column[] = [];
  for (const { argument, value } of args) {
    const column = columnOf(value);
    if (typeof column === "number") {
      return { message: m.notOneColumn(argumentLabel(argument, language), column) };
    }
    columns.push(column);
  }
  const heights = new Set(columns.filter((c) => c.height > 1).map((c) => c.height));
  if (heights.size > 1) {
    const detail = args
      .flatMap((a, i) => (columns[i].height > 1 ? [m.rowsOf(a.argument, columns[i].height)] : []))
      .join(", ");
    return { message: m.heightMismatch(detail) };
  }
  const height = heights.size === 1 ? [...heights][0] : 1;
  const positions = new Map(args.map((a, i) => [a.argument, i]));
  const value = (index: number, row: number): unknown => {
    const column = columns[index];
    return cellInput(column.cells === null ? column.single : column.cells[row][0]);
  };
  return {
    height,
    value,
    named: (name, row) => {
      const index = positions.get(name);
      return index === undefined ? undefined : value(index, row);
    },
  };
}

export function isShapeProblem(x: Rows | ShapeProblem): x is ShapeProblem {
  return "message" in x;
}
