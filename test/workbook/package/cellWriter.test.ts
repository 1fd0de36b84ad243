import type { CellContent } from "../../../src/workbook/port";
import { CellWriter, cellXml } from "../../../src/workbook/package/cellXml";

/**
 * CellWriter makes the same cells as cellXml, only keeping what repeats
 * (column letters, a value's text after the reference) between rows.
 */
const CONTENTS: CellContent[] = [
  "A1",
  "A2–A3",
  " leading blank",
  "line\nbreak",
  "Tom & Jerry <b>",
  "_x0041_ stays literal",
  "",
  null,
  0,
  3,
  -1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  { formula: '=IF(A2="x";1;0)' },
  { code: "#N/A" },
];

test("every kind of content, styled or not, in any prefix, written twice over many rows and columns, equals cellXml", () => {
  for (const prefix of ["", "x:"]) {
    const writer = new CellWriter(prefix);
    for (let pass = 0; pass < 2; pass++) {
      for (const [i, content] of CONTENTS.entries()) {
        for (const style of [undefined, 0, 7]) {
          for (const [row, column] of [[1, 1], [2 + i, 26 + i], [1_048_576, 16_384]]) {
            expect(writer.cell(row, column, content, style)).toBe(cellXml(prefix, row, column, content, style));
          }
        }
      }
    }
  }
});

test("a column of distinct texts is still written right once the writer stops keeping them", () => {
  const writer = new CellWriter("");
  for (let i = 0; i < 12_000; i++) {
    const text = `problem ${i}`;
    expect(writer.cell(i + 1, 3, text, undefined)).toBe(cellXml("", i + 1, 3, text, undefined));
  }
  expect(writer.cell(2, 3, "problem 11999", 4)).toBe('<c r="C2" s="4" t="inlineStr"><is><t>problem 11999</t></is></c>');
});
