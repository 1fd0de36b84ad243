import { RELATIONSHIPS_NS, type Relationships, isRelType } from "./opcParts";
import { PackageRefusal } from "./packageRefusal";
import { type TextEdit, type XmlElement, attribute, child, children, parseXml, prefixFor } from "./xmlTree";
import { prefixOf, withAttribute } from "./xmlText";

export type SheetState = "visible" | "hidden" | "veryHidden";

/** One `<sheet>` of workbook.xml, resolved to its part. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  readonly state: SheetState;
  /** The worksheet part; undefined for chart sheets and other kinds (never an inventory). */
  readonly part?: string;
  /** Its element in workbook.xml (undefined for a sheet this run adds). */
  readonly element?: XmlElement;
}

/** What the product needs from xl/workbook.xml, and where to append to it. */
export interface WorkbookPart {
  readonly part: string;
  readonly text: string;
  readonly root: XmlElement;
  readonly sheets: SheetEntry[];
  readonly sheetsElement: XmlElement;
  /** Dates count from 1904-01-01 (Mac Excel's old default) instead of 1900-01-01. */
  readonly date1904: boolean;
  /** The prefix bound to the relationships namespace on the root ("r:"), undefined when the root does not bind it. */
  readonly relationshipsPrefix?: string;
}

/** Reads workbook.xml with its relationships; a structure-locked workbook is refused (no sheet can be added to it). */
export function readWorkbookPart(part: string, text: string, relationships: Relationships): WorkbookPart {
  const root = parseXml(text, part);
  if (root.local !== "workbook") throw new PackageRefusal("badXml", `${part}: not a workbook part`);
  const protection = child(root, "workbookProtection");
  if (protection && isTrue(attribute(protection, "lockStructure"))) throw new PackageRefusal("lockedStructure", part);
  const sheetsElement = child(root, "sheets");
  if (!sheetsElement) throw new PackageRefusal("badXml", `${part}: no <sheets>`);
  const byId = new Map(relationships.list.map((r) => [r.id, r]));
  const sheets = children(sheetsElement, "sheet").map((element): SheetEntry => {
    const relationshipId = attribute(element, "id") ?? "";
    const relationship = byId.get(relationshipId);
    return {
      name: attribute(element, "name") ?? "",
      sheetId: Number(attribute(element, "sheetId") ?? 0),
      relationshipId,
      state: stateOf(attribute(element, "state")),
      part: relationship && isRelType(relationship.type, "worksheet") ? relationship.part : undefined,
      element,
    };
  });
  const properties = child(root, "workbookPr");
  return {
    part,
    text,
    root,
    sheets,
    sheetsElement,
    date1904: properties !== undefined && isTrue(attribute(properties, "date1904")),
    relationshipsPrefix: prefixFor(root, RELATIONSHIPS_NS),
  };
}

/** CT_Workbook's children after `calcPr`, in schema order (ECMA-376 Part 1, 18.2.27 workbook). */
const AFTER_CALC_PR = new Set(["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]);

/**
 * The edit that makes the spreadsheet calculate every formula when the copy
 * is opened (`<calcPr fullCalcOnLoad="1">`, ECMA-376 Part 1, 18.2.2
 * calcPr): for formulas written without a cached value. An existing
 * `<calcPr>` gets the attribute (its other attributes stay); else one is
 * inserted where the schema puts it, after `<definedNames>` and before
 * `<oleSize>`…`<extLst>`. Undefined when the workbook already asks for it.
 */
export function fullCalculationOnLoad(workbook: WorkbookPart): TextEdit | undefined {
  const { root, text } = workbook;
  const calcPr = child(root, "calcPr");
  if (calcPr) {
    if (isTrue(attribute(calcPr, "fullCalcOnLoad"))) return undefined;
    return { from: calcPr.start, to: calcPr.startTagEnd, text: withAttribute(text.slice(calcPr.start, calcPr.startTagEnd), "fullCalcOnLoad", "1") };
  }
  const element = `<${prefixOf(workbook.sheetsElement.name)}calcPr fullCalcOnLoad="1"/>`;
  const before = root.children.find((c) => AFTER_CALC_PR.has(c.local));
  const at = before ? before.start : root.closeStart;
  return { from: at, to: at, text: element };
}

function stateOf(value: string | undefined): SheetState {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

/** xsd:boolean: "1" or "true". */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
