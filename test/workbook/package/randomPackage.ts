import fc from "fast-check";
import { columnLetter } from "../../../src/workbook/port";
import type { PackageSpec } from "./packageBuilder";
import { worksheet } from "./packageBuilder";

/**
 * Random inventory workbooks written as OOXML by hand, the way different
 * tools write them: shared or inline strings, cells and rows with or without
 * references, formatted blanks, the analyst's own columns right of the
 * inventory, columns, rules, dropdowns and merged cells of the analyst, and
 * the inventory anywhere among other sheets.
 */

type Value = null | number | string | boolean | { readonly formula: string; readonly cached: number } | { readonly date: number };

/** How one cell is written. */
export interface CellSpec {
  readonly value: Value;
  readonly shared: boolean;
  readonly withReference: boolean;
  /** A blank written as a formatted empty cell rather than left out. */
  readonly styledBlank: boolean;
  /** A blank written as a bare `<c/>`. */
  readonly bare?: boolean;
}

export interface InventorySpec {
  readonly title?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellSpec[])[];
  /**
   * Per row, formatted blanks past the inventory, where results go: one `gap`
   * columns after the last header, with its reference, then `after` more
   * written without one (as some writers do).
   */
  readonly trailing: readonly ({ readonly gap: number; readonly after: number } | undefined)[];
  readonly rowReferences: readonly boolean[];
  readonly colsUpTo: number;
  readonly ruleOn?: number;
  readonly dropdownOn?: number;
  readonly otherSheets: readonly string[];
  readonly position: number;
  /** Every row and cell with its reference, as Excel writes them (ExcelJS reads no other kind). */
  readonly referencesEverywhere: boolean;
}

const INPUTS: Record<string, fc.Arbitrary<Value>> = {
  Personeel: fc.oneof(fc.integer({ min: 1, max: 6000 }), fc.constantFrom<Value>("1 200", "12,5", "150", null, "veel")),
  Coördinatie: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom<Value>("A1", "A3", "a4", "opvolgen", "veel", null)),
  Advies: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom<Value>("dienst", "strategie", "A2", null)),
  Rol: fc.constantFrom<Value>("verantwoordelijk", "bijdragen", null, "?"),
  "Post-ID": fc.oneof(fc.integer({ min: 1, max: 999 }), fc.constantFrom<Value>("P-1", "P-2", "0412")),
  Titel: fc.constantFrom<Value>("Directeur", " spatie vooraan", "R&D <lab>", 'aanhalings"teken', "één 😀", "regel_x000D_einde", "", null),
};
const EXTRA: fc.Arbitrary<Value> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.boolean(),
  fc.constantFrom<Value>("notitie", "x_x005F_y", null, { formula: "1+1", cached: 2 }, { date: 45_000 }, { date: 1 }),
);

const cellSpec = (value: fc.Arbitrary<Value>): fc.Arbitrary<CellSpec> => fc.record({ value, shared: fc.boolean(), withReference: fc.boolean(), styledBlank: fc.boolean() });

export const inventorySpec: fc.Arbitrary<InventorySpec> = fc
  .record({
    optional: fc.subarray(["Post-ID", "Titel", "Rol"]),
    order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
    extras: fc.subarray(["Opmerking", "VTE"]),
    count: fc.nat({ max: 14 }),
    title: fc.option(fc.constantFrom("Inventaris 2026", "Posten & functies"), { nil: undefined }),
    otherSheets: fc.uniqueArray(fc.constantFrom("Uitleg", "Notities", "Archief"), { maxLength: 3 }),
    position: fc.nat(),
    colsUpTo: fc.nat({ max: 12 }),
    ruleOn: fc.option(fc.nat({ max: 8 }), { nil: undefined }),
    dropdownOn: fc.option(fc.nat({ max: 8 }), { nil: undefined }),
    referencesEverywhere: fc.boolean(),
  })
  .chain((shape) => {
    const inputs = [...["Personeel", "Coördinatie", "Advies"], ...shape.optional]
      .map((header, i) => ({ header, key: shape.order[i] }))
      .sort((a, b) => a.key - b.key)
      .map(({ header }) => header);
    const headers = [...inputs, ...shape.extras];
    const row = fc.tuple(...headers.map((h) => cellSpec(INPUTS[h] ?? EXTRA)));
    const trailing = fc.option(fc.record({ gap: fc.integer({ min: 1, max: 5 }), after: fc.nat({ max: 2 }) }), { nil: undefined, freq: 3 });
    return fc.record({
      rows: fc.array(row, { minLength: shape.count, maxLength: shape.count }),
      trailing: fc.array(trailing, { minLength: shape.count, maxLength: shape.count }),
      rowReferences: fc.array(fc.boolean(), { minLength: shape.count + 2, maxLength: shape.count + 2 }),
    }).map(({ rows, trailing: blanks, rowReferences }): InventorySpec => ({
      title: shape.title,
      headers,
      rows,
      trailing: blanks,
      rowReferences,
      colsUpTo: shape.colsUpTo,
      ruleOn: shape.ruleOn !== undefined && shape.ruleOn < headers.length ? shape.ruleOn + 1 : undefined,
      dropdownOn: shape.dropdownOn !== undefined && shape.dropdownOn < headers.length ? shape.dropdownOn + 1 : undefined,
      otherSheets: shape.otherSheets,
      position: shape.position % (shape.otherSheets.length + 1),
      referencesEverywhere: shape.referencesEverywhere,
    }));
  });

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The package of a spec: the inventory sheet "Posten" among the others, in the order the spec says. */
export function inventoryPackage(spec: InventorySpec): PackageSpec & { readonly inventoryPart: string } {
  const strings: string[] = [];
  const shared = (text: string): number => {
    strings.push(`<t xml:space="preserve">${escape(text)}</t>`);
    return strings.length - 1;
  };
  const lines: { cells: (CellSpec & { column: number })[] }[] = [];
  const plain = (value: string): CellSpec => ({ value, shared: true, withReference: true, styledBlank: false });
  if (spec.title) lines.push({ cells: [{ ...plain(spec.title), column: 1 }] });
  lines.push({ cells: spec.headers.map((h, i) => ({ ...plain(h), column: i + 1 })) });
  spec.rows.forEach((row, r) => {
    const cells = row.map((cell, i) => ({ ...cell, column: i + 1 }));
    const blanks = spec.trailing[r];
    const blank = (column: number, withReference: boolean) => ({ value: null, shared: false, withReference, styledBlank: true, bare: !withReference && column % 2 === 0, column });
    if (blanks) for (let i = 0; i <= blanks.after; i++) cells.push(blank(spec.headers.length + blanks.gap + i, i === 0));
    lines.push({ cells });
  });

  const rowsXml = lines.map((line, index) => {
    const number = index + 1;
    let previous = 0;
    const cells = line.cells.map((cell) => {
      const { value, column } = cell;
      if ((value === null || value === "") && !cell.styledBlank) return "";
      // A cell may go without its reference only right after the cell before it.
      const reference = cell.withReference || spec.referencesEverywhere || column !== previous + 1 ? ` r="${columnLetter(column)}${number}"` : "";
      previous = column;
      if (value === null || value === "") return cell.bare ? `<c${reference}/>` : `<c${reference} s="4"/>`;
      if (typeof value === "number") return `<c${reference}><v>${value}</v></c>`;
      if (typeof value === "boolean") return `<c${reference} t="b"><v>${value ? 1 : 0}</v></c>`;
      if (typeof value === "string") {
        return cell.shared ? `<c${reference} t="s"><v>${shared(value)}</v></c>` : `<c${reference} t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
      }
      if ("date" in value) return `<c${reference} s="${cell.shared ? 1 : 2}"><v>${value.date}</v></c>`;
      return `<c${reference}><f>${value.formula}</f><v>${value.cached}</v></c>`;
    });
    const reference = spec.rowReferences[index] || spec.referencesEverywhere || index === 0 ? ` r="${number}"` : "";
    return `<row${reference}>${cells.join("")}</row>`;
  });
  const last = lines.length;
  const firstData = spec.title ? 3 : 2;
  const columnRange = (column: number): string => `${columnLetter(column)}${firstData}:${columnLetter(column)}${Math.max(last, firstData)}`;
  const xml = worksheet(
    `<dimension ref="A1:${columnLetter(spec.headers.length)}${last}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
      (spec.colsUpTo > 0 ? `<cols><col min="1" max="${spec.colsUpTo}" width="13" customWidth="1"/></cols>` : "") +
      `<sheetData>${rowsXml.join("")}</sheetData>` +
      (spec.title ? '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>' : "") +
      (spec.ruleOn ? `<conditionalFormatting sqref="${columnRange(spec.ruleOn)}"><cfRule type="expression" dxfId="0" priority="1"><formula>LEN(A1)&gt;3</formula></cfRule></conditionalFormatting>` : "") +
      (spec.dropdownOn ? `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${columnRange(spec.dropdownOn)}"><formula1>"1,2,3,4"</formula1></dataValidation></dataValidations>` : "") +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
  );
  const others = spec.otherSheets.map((name, i) => ({ name, xml: worksheet(`<sheetData><row r="1"><c r="A1" t="s"><v>${shared(`${name} ${i}`)}</v></c></row></sheetData>`) }));
  const sheets = [...others.slice(0, spec.position), { name: "Posten", xml }, ...others.slice(spec.position)];
  return { sheets, sharedStrings: strings, inventoryPart: `xl/worksheets/sheet${spec.position + 1}.xml` };
}
