/**
 * What Excel hands a custom function for one input cell, turned into what the
 * domain reads (a number, a text, a boolean, blank, or an error `{ code }`).
 *
 * functions.json sets two flags (src/functions/metadataOptions.json):
 * - `allowErrorForDataTypeAny`: Excel calls the function even when an input
 *   range holds an error, so one #N/A in a column costs that row, not the
 *   whole spilled result ("Errors as custom function inputs",
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-errors).
 * - `allowCustomDataForDataTypeAny` (the metadata generator's default):
 *   data-typed cells arrive as their cell-value JSON ("Use data types with
 *   custom functions in Excel", which also says an error may arrive as a
 *   data-types error object;
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-data-types-concepts).
 *
 * Microsoft does not document one shape for an error input, so both are read:
 * a `CustomFunctions.Error` (`code` "#N/A", …) and an `ErrorCellValue`
 * (`type` "Error", `basicValue` "#N/A"). A formatted number, a text or a
 * boolean cell value gives its `basicValue`; an entity gives its display
 * `text`. Anything else is passed on and refused by the domain as a value of
 * the wrong type, with its row.
 */
export type InputCell = unknown;

interface CellValueLike {
  readonly type?: unknown;
  readonly basicValue?: unknown;
  readonly text?: unknown;
  readonly code?: unknown;
}

const isPlain = (value: unknown): boolean => value === null || value === undefined || typeof value !== "object";

export function cellInput(value: unknown): InputCell {
  if (isPlain(value) || Array.isArray(value)) return value;
  const cell = value as CellValueLike;
  if (typeof cell.code === "string") return { code: cell.code };
  switch (cell.type) {
    case undefined:
      return value;
    case "Error":
      return { code: typeof cell.basicValue === "string" && cell.basicValue.startsWith("#") ? cell.basicValue : "#VALUE!" };
    case "Entity":
    case "LinkedEntity":
      return typeof cell.text === "string" ? cell.text : value;
    default:
      return cell.basicValue !== undefined && isPlain(cell.basicValue) ? cell.basicValue : value;
  }
}
