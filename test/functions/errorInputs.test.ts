/**
 * Issue 10, failure 3: one error cell among a column's inputs. Excel does not
 * call a function on error inputs unless functions.json allows it
 * (excelCalculation.ts); the build sets allowErrorForDataTypeAny, and the
 * functions turn each error input into that row's #VALUE! with a message.
 * Data-typed cells (formatted numbers, entities) give their plain value.
 */
import * as fs from "fs";
import * as path from "path";
import { cellInput } from "../../src/functions/cellInput";
import { ASSISTDETAIL, ASSISTLEVEL, column, plain, valueErrorMessage } from "./excelCalls";
import { ErrorCell, calculate } from "../../harness/customFunctions/excelCalculation";

interface Metadata {
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: { readonly id: string; readonly parameters: { readonly type?: string }[] }[];
}

/** The metadata the build serves (functions-json.test.ts keeps the golden equal to the generator's output completed by the build). */
const built = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../harness/customFunctions/functions.json"), "utf8")) as Metadata;
/** The same without the flag: the metadata as generated before this fix. */
const generatorOnly: Metadata = { functions: built.functions };

const staff = column(150, 600, new ErrorCell("#N/A"), 1500, 90);
const scope = column(1, 2, 3, 4, 1);
const advice = column(1, 1, 2, 2, 1);

describe("an error cell in one row of an inventory's inputs", () => {
  it("without allowErrorForDataTypeAny, Excel does not call the function: the whole spilled result is one error", () => {
    const shown = calculate(generatorOnly, "ASSISTLEVEL", ASSISTLEVEL, [staff, scope, advice, null, null, null]);
    expect(shown.called).toBe(false);
    expect(shown.result).toEqual(new ErrorCell("#N/A"));
  });

  it("with the build's metadata, that row alone shows #VALUE! naming the row, the argument and the error", () => {
    const shown = calculate(built, "ASSISTLEVEL", ASSISTLEVEL, [staff, scope, advice, null, null, null]);
    expect(shown.called).toBe(true);
    const result = shown.result as unknown[][];
    expect(result).toHaveLength(5);
    expect([result[0][0], result[1][0], result[3][0], result[4][0]]).toEqual(["A1", "A2", "A4", "A1"]);
    expect(valueErrorMessage(result[2][0])).toMatch(/^row 3: staff \(headcount supported\) holds the error #N\/A\./);
  });

  it("an error in an optional input costs its row too, in every spilled column", () => {
    const contacts = column(1, new ErrorCell("#REF!"), 1, 1, 1);
    const shown = calculate(built, "ASSISTDETAIL", ASSISTDETAIL, [column(150, 600, 700, 1500, 90), scope, advice, null, null, contacts]);
    const rows = plain(shown.result as unknown[][]);
    expect(rows[1]).toEqual(Array(8).fill(expect.stringMatching(/^#VALUE!: row 2: .*#REF!/)));
    expect(rows.filter((row) => typeof row[0] === "string" && /^A[1-4]$/.test(row[0]))).toHaveLength(4);
  });
});

describe("cellInput: what Excel may hand over for one cell", () => {
  it.each([
    ["a CustomFunctions.Error", { code: "#N/A", message: "" }, { code: "#N/A" }],
    ["an ErrorCellValue", { type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }, { code: "#DIV/0!" }],
    ["an ErrorCellValue without its text", { type: "Error", errorType: "Busy" }, { code: "#VALUE!" }],
    ["a formatted number", { type: "Double", basicValue: 1200, numberFormat: "#,##0" }, 1200],
    ["a text cell value", { type: "String", basicValue: "opvolgen" }, "opvolgen"],
    ["an entity, by its display text", { type: "Entity", text: "A3", properties: {} }, "A3"],
    ["a plain number", 3, 3],
    ["a blank", "", ""],
    ["null", null, null],
  ])("%s", (_, given, read) => {
    expect(cellInput(given)).toEqual(read);
  });

  it("a formatted-number headcount classifies as the number would", () => {
    const formatted = column({ type: "Double", basicValue: 1200, numberFormat: "# ##0" });
    expect(ASSISTLEVEL(formatted, column(4), column(2))).toEqual(ASSISTLEVEL(column(1200), column(4), column(2)));
  });

  it("an object with no value Excel documents is refused as a wrong type, with its row", () => {
    const result = ASSISTLEVEL(column(150, { type: "WebImage", address: "x" }), column(1, 1), column(1, 1));
    expect(result[0][0]).toBe("A1");
    expect(valueErrorMessage(result[1][0])).toMatch(/^row 2: staff/);
  });
});
