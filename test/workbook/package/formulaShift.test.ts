import { shiftRows } from "../../../src/workbook/package/formulaShift";

/**
 * shiftRows: a formula as a fill-down writes it lower. It gives the first
 * cell of a shared formula that starts below the filled block's first row
 * (a fill interrupted by a later write), so it must move exactly what Excel
 * moves and leave everything else character for character.
 */

test.each([
  ["=$E2*2", 3, "=$E5*2"],
  ["=SUM($B2:$F2)", 1, "=SUM($B3:$F3)"],
  ["=A2+B$1+$C$3+D4", 2, "=A4+B$1+$C$3+D6"],
  ["=COUNTIF('AssistLevel.forms'!$A$2:$A$90,$B2)", 5, "=COUNTIF('AssistLevel.forms'!$A$2:$A$90,$B7)"],
  ["=COUNTIF(AssistLevel.forms!$A$2:A2,1)", 2, "=COUNTIF(AssistLevel.forms!$A$2:A4,1)"],
  ["='It''s A1'!B2&Données!B2", 1, "='It''s A1'!B3&Données!B3"],
  ['=IF($A2="A1 – x\u00a0B2","Z9",MID($A2,1,2))', 1, '=IF($A3="A1 – x\u00a0B2","Z9",MID($A3,1,2))'],
  ['=SUBSTITUTE($A2,"""A2""","B2")', 1, '=SUBSTITUTE($A3,"""A2""","B2")'],
  ["=LOG10(A2)+ATAN2(1,2)+1E5+E5", 1, "=LOG10(A3)+ATAN2(1,2)+1E5+E6"],
  ["=SUM(2:5)+SUM($2:5)+SUM(A:B)", 1, "=SUM(3:6)+SUM($2:6)+SUM(A:B)"],
  ["=Table1[@Col]+T[[#This Row],[A1]]+A1", 1, "=Table1[@Col]+T[[#This Row],[A1]]+A2"],
  ["=IFERROR(#N/A,#REF!)+XFE1+XFD1", 1, "=IFERROR(#N/A,#REF!)+XFE1+XFD2"],
  ["=_xlfn.CONCAT(A1,B$1)", 2, "=_xlfn.CONCAT(A3,B$1)"],
  ["=A1048575+SUM(B2:B1048576)", 1, "=A1048576+SUM(#REF!)"],
  ["$A2*2", 1, "$A3*2"],
])("%s filled %i row(s) down is %s", (formula, rows, expected) => {
  expect(shiftRows(formula, rows)).toBe(expected);
});

test("no shift returns the very text", () => {
  const formula = "=$A2*2";
  expect(shiftRows(formula, 0)).toBe(formula);
  expect(shiftRows('="no reference"', 4)).toBe('="no reference"');
});
