import type ExcelJS from "exceljs";
import type { CellContent, CellValue } from "../../../src/workbook/port";

/**
 * An ExcelJS cell value as the use cases read it: numbers, texts and booleans
 * as they are; a formula as its last result; rich text and hyperlinks as
 * their text; an error cell as an error value the engine reports. A formula
 * with no stored result (files from tools that do not calculate) reads as its
 * formula text, so it is reported, never taken for blank.
 */
export function readCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("error" in value) return { code: value.error };
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return `=${(value as ExcelJS.CellFormulaValue).formula ?? ""}`;
    return readCellValue(result as ExcelJS.CellValue);
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value) return String(value.text);
  return null;
}

/** A cell as written: its formula ("=…") where it has one, else its value. */
export function readCellContent(value: ExcelJS.CellValue | undefined): CellContent {
  if (value !== null && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    const formula = (value as ExcelJS.CellFormulaValue).formula ?? (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
    if (formula) return { formula: `=${formula}` };
  }
  return readCellValue(value);
}

/** What ExcelJS stores for a value or formula the use cases write. */
export function toExcelJsValue(content: CellContent): ExcelJS.CellValue {
  if (content !== null && typeof content === "object" && "formula" in content) {
    return { formula: content.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  }
  if (content !== null && typeof content === "object") return { error: content.code } as ExcelJS.CellErrorValue;
  return content;
}
