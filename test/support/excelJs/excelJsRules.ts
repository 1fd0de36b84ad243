import type ExcelJS from "exceljs";
import { type ConditionalFormat, address } from "../../../src/workbook/port";

/** "RRGGBB" → ExcelJS's opaque ARGB. */
export const argb = (hex: string): string => `FF${hex.toUpperCase()}`;

/** A port conditional format as ExcelJS writes it (both the in-memory and the streaming writer). */
export function excelJsConditionalFormat(format: ConditionalFormat, priority: number): ExcelJS.ConditionalFormattingOptions {
  const font = format.fontColor ? { color: { argb: argb(format.fontColor) } } : undefined;
  return {
    ref: address(format.block),
    rules: [
      {
        type: "expression",
        priority,
        formulae: [format.formula],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } }, font },
      },
    ],
  };
}

/** A dropdown of `items` in information style: other values are allowed after `message`. */
export function excelJsListValidation(items: readonly string[], message: string): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${items.map((i) => i.replace(/"/g, '""')).join(",")}"`],
    showErrorMessage: true,
    errorStyle: "information",
    error: message,
  };
}

/** ExcelJS keeps data validations per cell address; its typings omit the collection. */
export interface DataValidations {
  model: Record<string, unknown>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

export function validationsOf(sheet: ExcelJS.Worksheet): DataValidations {
  return (sheet as unknown as { dataValidations: DataValidations }).dataValidations;
}
