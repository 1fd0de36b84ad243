import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { convertAll } from "../support/libreOffice";
import type { Finding } from "./appendOnly";
import { cellsOf, formulaCells } from "./keptContent";
import { OpcPackage } from "./opcPackage";

/** A cell's value after LibreOffice recalculated the workbook: its type (`n`, `str`, `e`, …) and text. */
export interface RecalculatedValue {
  readonly type: string;
  readonly value: string;
}

/** Every cell LibreOffice saved, by sheet name and address. */
export type RecalculatedWorkbook = ReadonlyMap<string, ReadonlyMap<string, RecalculatedValue>>;

const XLSX = "xlsx:Calc MS Excel 2007 XML";

/**
 * Opens every workbook in LibreOffice, recalculating every formula on load,
 * and reads back the values it saves; undefined for a workbook LibreOffice
 * could not open. One LibreOffice start for all of them; a workbook missing
 * from a batch is tried again alone, so one file that stops LibreOffice is
 * not blamed on the others.
 */
export async function recalculateWorkbooks(workbooks: readonly Uint8Array[]): Promise<(RecalculatedWorkbook | undefined)[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "fidelity-recalc-"));
  try {
    const inputs = workbooks.map((bytes, index) => {
      const file = path.join(folder, `workbook${index}.xlsx`);
      fs.writeFileSync(file, bytes);
      return file;
    });
    const outDir = fs.mkdtempSync(path.join(folder, "out-"));
    const outputs = convertAll(inputs, XLSX, outDir, { recalculate: true });
    for (const [index, output] of outputs.entries()) {
      if (output === undefined && inputs.length > 1) outputs[index] = convertAll([inputs[index]], XLSX, outDir, { recalculate: true })[0];
    }
    return await Promise.all(outputs.map((output) => (output === undefined ? undefined : readValues(fs.readFileSync(output)))));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

async function readValues(bytes: Uint8Array): Promise<RecalculatedWorkbook | undefined> {
  let pkg: OpcPackage;
  try {
    pkg = await OpcPackage.read(bytes);
  } catch {
    return undefined;
  }
  const sheets = new Map<string, Map<string, RecalculatedValue>>();
  for (const sheet of await pkg.sheets()) {
    if (!sheet.part || !pkg.has(sheet.part)) continue;
    const values = new Map<string, RecalculatedValue>();
    for (const [address, cell] of await cellsOf(pkg, sheet.part)) values.set(address, { type: cell.type, value: cell.value });
    sheets.set(sheet.name, values);
  }
  return sheets;
}

/**
 * The copy opens in LibreOffice, and every formula cell of every original
 * sheet recalculates to the same value in the copy as in the original.
 */
export async function compareRecalculated(
  original: OpcPackage,
  recalculatedOriginal: RecalculatedWorkbook | undefined,
  recalculatedCopy: RecalculatedWorkbook | undefined,
): Promise<Finding[]> {
  const part = "LibreOffice";
  if (!recalculatedCopy) return [{ part, path: "", problem: "LibreOffice could not open the copy (a headless conversion wrote nothing)" }];
  if (!recalculatedOriginal) return [{ part, path: "", problem: "LibreOffice could not open the original, so its formulas were not compared" }];
  const findings: Finding[] = [];
  for (const sheet of await original.sheets()) {
    if (!sheet.part || !original.has(sheet.part) || (await original.xml(sheet.part)).local !== "worksheet") continue;
    const before = recalculatedOriginal.get(sheet.name);
    const after = recalculatedCopy.get(sheet.name);
    if (!after) {
      findings.push({ part, path: sheet.name, problem: "LibreOffice shows no sheet of this name in the copy" });
      continue;
    }
    for (const address of await formulaCells(original, sheet.part)) {
      const was = before?.get(address);
      const is = after.get(address);
      if (was?.value === is?.value && was?.type === is?.type) continue;
      findings.push({ part, path: `${sheet.name}!${address}`, problem: `recalculates to ${shown(is)} in the copy, ${shown(was)} in the original` });
    }
  }
  return findings;
}

function shown(value: RecalculatedValue | undefined): string {
  if (!value) return "nothing";
  return value.type === "n" ? value.value : `${JSON.stringify(value.value)} (t=${value.type})`;
}
