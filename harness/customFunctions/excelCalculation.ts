/**
 * How Excel calls a custom function whose inputs hold error cells, as far as
 * Microsoft documents it (issue 10, failure 3):
 * - "To process inputs that contain errors, a custom function must have the
 *   JSON metadata property allowErrorForDataTypeAny set to true"; "All
 *   parameters with the type any or any[][] can accept errors as input values"
 *   then. https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-errors
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany
 *   Without it the function is not called and the formula shows an error. The
 *   pages do not say which one; the fake shows the first error of the inputs,
 *   as Excel's own functions propagate theirs.
 * - An error that reaches the function arrives as "a data types error object"
 *   (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-data-types-concepts),
 *   an ErrorCellValue: { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }
 *   (https://learn.microsoft.com/en-us/javascript/api/excel/excel.errorcellvalue).
 */

/** An error cell of the test's worksheet (the code Excel shows). */
export class ErrorCell {
  constructor(readonly code: "#N/A" | "#VALUE!" | "#REF!" | "#DIV/0!" | "#NUM!" | "#NAME?" | "#NULL!") {}
}

const ERROR_TYPES: Record<ErrorCell["code"], string> = {
  "#N/A": "NotAvailable",
  "#VALUE!": "Value",
  "#REF!": "Ref",
  "#DIV/0!": "Div0",
  "#NUM!": "Num",
  "#NAME?": "Name",
  "#NULL!": "Null",
};

interface Metadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: readonly { readonly id: string; readonly parameters: readonly { readonly type?: string }[] }[];
}

export interface Calculation {
  /** What the formula shows: the function's result, or the error Excel put there without calling it. */
  readonly result: unknown[][] | ErrorCell;
  readonly called: boolean;
}

const cellsOf = (arg: unknown): unknown[] => (Array.isArray(arg) ? (arg as unknown[][]).flat() : [arg]);

/** Excel calculating `=NS.ID(args…)` with the add-in's metadata. */
export function calculate(metadata: Metadata, id: string, fn: (...args: unknown[]) => unknown[][], args: readonly unknown[]): Calculation {
  const declared = metadata.functions.find((f) => f.id === id);
  if (!declared) throw new Error(`${id} is not in the metadata: Excel shows #NAME?`);
  for (const [index, arg] of args.entries()) {
    const error = cellsOf(arg).find((cell): cell is ErrorCell => cell instanceof ErrorCell);
    const accepts = metadata.allowErrorForDataTypeAny === true && declared.parameters[index]?.type === "any";
    if (error && !accepts) return { result: error, called: false };
  }
  const passed = args.map((arg) =>
    Array.isArray(arg)
      ? (arg as unknown[][]).map((row) => row.map((cell) => (cell instanceof ErrorCell ? { type: "Error", basicValue: cell.code, errorType: ERROR_TYPES[cell.code] } : cell)))
      : arg,
  );
  return { result: fn(...passed), called: true };
}
