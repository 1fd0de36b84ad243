import { descriptorForms, numberedForms } from "../../../src/domain/parse/descriptor";
import { roleForms } from "../../../src/domain/parse/role";
import { LANGUAGES, ORDINAL_DESCRIPTORS, descriptorChoices, normalizeText } from "../../../src/domain";
import { FORMS_SHEET, formsSheet } from "../../../src/usecases/portable/formsSheet";
import { PORTABLE_FUNCTIONS, calledFunctions, template } from "../../../src/usecases/portable/formulaText";
import { portableRowFormulas } from "../../../src/usecases/portable/portableFormulas";
import type { InventoryMapping } from "../../../src/usecases/mapInventory";
import { RESULT_WIDTH, STRIP, STRIP_OFFSET, fieldOffset } from "../../../src/usecases/resultColumns";

/**
 * The portable formulas as text: only functions every target spreadsheet
 * has, no add-in call, within Excel's limits, and lists made from the
 * engine's own parse tables. (What they compute is checked against the
 * engine through LibreOffice in test/cli/portableFormulas.test.ts.)
 */

const mapping = (columns: InventoryMapping["columns"]): InventoryMapping => ({
  sheet: "Posts",
  headerRow: 1,
  firstRow: 2,
  lastRow: 9,
  lastColumn: 8,
  headers: [],
  columns,
  recognised: {},
  absent: [],
});
const ALL = { postId: 1, staff: 2, scope: 3, advice: 4, role: 5, improvement: 6, contacts: 7 } as const;
const REQUIRED_ONLY = { staff: 2, scope: 3, advice: 4 } as const;
const layout = formsSheet().layout;
const written = LANGUAGES.flatMap((language) =>
  [ALL, REQUIRED_ONLY].flatMap((columns) => portableRowFormulas(mapping(columns), 9, layout, language).filter((f): f is string => f !== null)),
);

/** Deepest nesting of parentheses outside string constants (Excel allows 64 levels of nested functions). */
function depth(formula: string): number {
  let deepest = 0;
  let level = 0;
  for (const char of formula.replace(/"(?:[^"]|"")*"/g, '""')) {
    if (char === "(") deepest = Math.max(deepest, ++level);
    if (char === ")") level--;
  }
  return deepest;
}

describe("the portable formulas' text", () => {
  it("calls only functions Excel 2010+, Excel on the web, LibreOffice and Google Sheets all have, and never the add-in", () => {
    const used = new Set(written.flatMap(calledFunctions));
    expect([...used].filter((name) => !(PORTABLE_FUNCTIONS as readonly string[]).includes(name))).toEqual([]);
    for (const formula of written) {
      expect(formula).not.toMatch(/HR\.|_xldudf|_xlfn|LET\(|LAMBDA\(|XLOOKUP|FILTER\(|SEQUENCE\(/i);
    }
    // The check can fail: a live formula is caught.
    expect(calledFunctions("=HR.ASSISTLEVEL($B2,$C2,$D2)")).toEqual(["HR.ASSISTLEVEL"]);
  });

  it("stays within Excel's limits: 8,192 characters, 64 nested levels, 255-character strings", () => {
    for (const formula of written) {
      expect(formula.length).toBeLessThan(8192);
      expect(depth(formula)).toBeLessThan(64);
      for (const constant of formula.match(/"(?:[^"]|"")*"/g) ?? []) expect(constant.length - 2).toBeLessThanOrEqual(255);
    }
  });

  it("fills every value column and leaves the strip to its highlight rules", () => {
    const formulas = portableRowFormulas(mapping(REQUIRED_ONLY), 9, layout, "en");
    expect(formulas).toHaveLength(RESULT_WIDTH);
    STRIP.forEach((_, i) => expect(formulas[STRIP_OFFSET + i]).toBeNull());
    for (const field of ["class", "coordination", "support", "advice", "misfit", "flags", "rationale"] as const) expect(formulas[fieldOffset(field)]).toMatch(/^=/);
    // A criterion without a column does not vote, and its cell is still the product's formula.
    expect(formulas[fieldOffset("improvement")]).toBe('=""');
  });

  it("reads each row's own inputs with column-absolute, row-relative references, and the forms sheet absolutely", () => {
    const formulas = portableRowFormulas(mapping(ALL), 9, layout, "nl");
    const band = formulas[fieldOffset("coordination")] ?? "";
    expect(band).toContain("$C2");
    expect(band).toContain(`'${FORMS_SHEET}'!$B$`);
    expect(band).not.toMatch(/(?<![$A-Z])[A-Z]{1,3}\d+(?![\d(])/); // no reference without its column $
  });
});

describe("the forms sheet", () => {
  const sheet = formsSheet();
  const listed = (list: string): Map<string, unknown> => new Map(sheet.rows.filter((r) => r[0] === list).map((r) => [r[1] as string, r[2]]));

  it("lists every form the engine accepts, and every numbered choice, with what it names, from the engine's own tables", () => {
    for (const criterion of ["coordination", "advice", "improvement", "contacts"] as const) {
      expect(listed(criterion)).toEqual(new Map([...descriptorForms(criterion), ...numberedForms(criterion)]));
      expect(descriptorForms(criterion).size).toBeGreaterThan(ORDINAL_DESCRIPTORS[criterion].length * 3);
    }
    expect(listed("role")).toEqual(new Map(roleForms()));
  });

  it("reads the dropdown's choices whole, each as its own number, in every language", () => {
    for (const criterion of ["coordination", "advice", "improvement", "contacts"] as const) {
      for (const language of LANGUAGES) {
        descriptorChoices(criterion, language).forEach((choice, i) => expect(listed(criterion).get(normalizeText(choice))).toBe(i + 1));
      }
    }
    // The check can fail: a number with another descriptor's words is no choice.
    expect(listed("coordination").get(normalizeText(`1 – ${ORDINAL_DESCRIPTORS.coordination[1].keywords.nl[0]}`))).toBeUndefined();
  });
});

describe("template", () => {
  it("joins a message's words with formula values", () => {
    expect(template((a, b) => `Best fit ${a} (misfit ${b}).`, ["$I2", "$O2"])).toBe('"Best fit "&($I2)&" (misfit "&($O2)&")."');
    expect(template((a) => `Zeg "${a}"`, ["X1"])).toBe('"Zeg """&(X1)&""""');
  });
});
