/** Why a file cannot be read or copied as a workbook package; each surface words it for the analyst. */
export type RefusalCode =
  | "notZip"
  | "notWorkbook"
  | "encrypted"
  | "missingPart"
  | "damagedPart"
  | "partTooLarge"
  | "badXml"
  | "tooManyRows"
  | "lockedStructure"
  // What the file is when it is no workbook package at all (src/workbook/fileKind.ts):
  | "emptyFile"
  | "notXlsx"
  | "legacyXls"
  | "passwordProtected"
  | "ods"
  | "otherDocument"
  | "compoundFile"
  | "plainZip"
  | "utf16Text"
  | "notText";

/**
 * A property of the analyst's file that stops the run before anything is
 * written (exit 2 in the batch tool, a refusal message in browser mode) —
 * never a defect of the product. `detail` names the part or the value.
 */
export class PackageRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "PackageRefusal";
  }
}
