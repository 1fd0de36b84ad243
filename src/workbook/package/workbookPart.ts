import { RELATIONSHIPS_NS, type Relationships, isRelType } from "./opcParts";
import { PackageRefusal } from "./packageRefusal";
import { type XmlElement, attribute, child, children, parseXml, prefixFor } from "./xmlTree";

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

function stateOf(value: string | undefined): SheetState {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

/** xsd:boolean: "1" or "true". */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
