/**
 * Issue 10, lesser point: Excel reads `values` as typed input (fakeRange.ts,
 * typedEntry, from the Range.values reference), so a text the product writes
 * (the analyst's post id, a phone number, a date-like code) must reach the
 * cell as that text.
 */
import { OfficeWorkbook } from "../../../src/workbook/office/OfficeWorkbook";
import { needsQuotePrefix } from "../../../src/workbook/office/officeCells";
import { FakeContext } from "../../../harness/excel/fakeExcel";

const TEXTS = ["-", "+32 2 555 12 12", "-5", "=HYPERLINK(\"x\")", "'quoted", "@mention", "1 200", "00123", "2024-01", "12 mei", "TRUE", "#N/A", "P-17", "Directie Financiën"];

test("every text written through the office.js port reads back as the same text", async () => {
  const fake = new FakeContext();
  fake.addSheet("Overzicht");
  const port = new OfficeWorkbook(fake as unknown as Excel.RequestContext);
  const block = { sheet: "Overzicht", row: 1, column: 1, rows: TEXTS.length, columns: 1 };
  await port.write(block, TEXTS.map((text) => [text]));
  await port.flush();
  expect((await port.readValues(block)).map(([value]) => value)).toEqual(TEXTS);
});

test("the fake takes a text starting with + or - as a formula, as the reference says, unless quoted", async () => {
  const fake = new FakeContext();
  const sheet = fake.addSheet("Overzicht");
  const range = fake.workbook.worksheets.getItem("Overzicht").getRange("A1:A3");
  range.values = [["-5"], ["+32 2"], ["'-5"]];
  await fake.sync();
  expect([sheet.get(1, 1), sheet.get(2, 1), sheet.get(3, 1)]).toEqual(["=-5", "=+32 2", "'-5"]);
});

test("only texts Excel would turn into something else get the quote prefix", () => {
  expect(TEXTS.filter((text) => !needsQuotePrefix(text))).toEqual(["P-17", "Directie Financiën"]);
  expect(["Indicatieve klasse A3 (afwijking 0).", "A2–A4", "tie, role-unknown", "Post-1"].some(needsQuotePrefix)).toBe(false);
});
