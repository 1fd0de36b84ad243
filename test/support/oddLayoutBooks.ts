/**
 * The odd-layout workbooks of issue 11 (a merged block where the results go,
 * a table's totals row, merged data cells, hidden and filtered rows, a date
 * in the headcount column, a sheet reaching column XFD), each a small
 * hand-written package, for the batch tool's and browser mode's tests.
 */
import { MAIN_NS, buildPackage, inline, num, worksheet } from "../workbook/package/packageBuilder";

const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const REL_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/** Header row and three posts (A1, A4, A2 with the role unknown); `extra` cells go into the rows by number. */
export function sheetData(extra: Record<number, string> = {}, rowAttributes: Record<number, string> = {}): string {
  const rows = [
    [inline("A1", "Post"), inline("B1", "Personeel"), inline("C1", "Coördinatie"), inline("D1", "Advies")],
    [inline("A2", "P1"), num("B2", 150), num("C2", 1), num("D2", 1)],
    [inline("A3", "P2"), num("B3", 1200), num("C3", 4), num("D3", 2)],
    [inline("A4", "P3"), num("B4", 500), num("C4", 2), num("D4", 1)],
  ];
  const all = new Set([1, 2, 3, 4, ...Object.keys(extra).map(Number)]);
  const xml = [...all]
    .sort((a, b) => a - b)
    .map((r) => `<row r="${r}"${rowAttributes[r] ?? ""}>${(rows[r - 1] ?? []).join("")}${extra[r] ?? ""}</row>`)
    .join("");
  return `<sheetData>${xml}</sheetData>`;
}

const posten = (xml: string): Promise<Uint8Array> => buildPackage({ sheets: [{ name: "Posten", xml: worksheet(xml) }] });

/** A merged block (`ref`) on the Posten sheet. */
export const withMerge = (ref: string, data = sheetData()): Promise<Uint8Array> => posten(`${data}<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`);

/** Table T1 over A1:D5 whose last row is its totals row (Totaal, a SUBTOTAL of 1850). */
export function withTotalsRow(): Promise<Uint8Array> {
  const totals = `${inline("A5", "Totaal")}<c r="B5"><f>SUBTOTAL(109,T1[Personeel])</f><v>1850</v></c>`;
  const columns = ["Post", "Personeel", "Coördinatie", "Advies"].map((n, i) => `<tableColumn id="${i + 1}" name="${n}"/>`).join("");
  return buildPackage({
    sheets: [
      {
        name: "Posten",
        xml: worksheet(`${sheetData({ 5: totals })}<tableParts count="1"><tablePart r:id="rT1"/></tableParts>`),
        rels: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rT1" Type="${REL_TABLE}" Target="../tables/table1.xml"/></Relationships>`,
      },
    ],
    extraParts: {
      "xl/tables/table1.xml": `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${MAIN_NS}" id="1" name="T1" displayName="T1" ref="A1:D5" totalsRowCount="1"><autoFilter ref="A1:D4"/><tableColumns count="4">${columns}</tableColumns></table>`,
    },
    overrides: { "xl/tables/table1.xml": CT_TABLE },
  });
}

/** C2:C3 merged as Excel writes a merge: the covered cell C3 holds nothing. */
export const withMergedData = (): Promise<Uint8Array> => withMerge("C2:C3", sheetData().replace('<c r="C3"><v>4</v></c>', ""));

/** Row 3 hidden, and an autoFilter on the coordination column. */
export const withHiddenRows = (): Promise<Uint8Array> =>
  posten(`${sheetData({}, { 3: ' hidden="1"' })}<autoFilter ref="A1:D4"><filterColumn colId="2"><filters><filter val="1"/><filter val="2"/></filters></filterColumn></autoFilter>`);

/** B3 holds 45717 in style 1 of the test styles, built-in format 14 (a date): 1 March 2025. */
export const withDateHeadcount = (): Promise<Uint8Array> => posten(sheetData().replace('<c r="B3"><v>1200</v></c>', '<c r="B3" s="1"><v>45717</v></c>'));

/** A cell in column XFD on a post's row. */
export const withCellInXfd = (): Promise<Uint8Array> => posten(sheetData({ 2: inline("XFD2", "x") }));

/** Wide to XFD only by a dimension and a formatted empty cell. */
export const withFormattedXfd = (): Promise<Uint8Array> => posten(`<dimension ref="A1:XFD4"/>${sheetData({ 2: '<c r="XFD2" s="4"/>' })}`);
