/**
 * Renders one sheet of a workbook to a PNG the way a person would see it
 * printed: a copy holding only that sheet (landscape, fitted to one page wide)
 * is opened by LibreOffice headless, exported to PDF, and its first page
 * turned into a PNG by pdftoppm. Used for the pictures in docs/ and by the
 * test that checks the evaluated sample opens and renders.
 *
 *   npx ts-node --transpile-only scripts/renderSheet.ts <in.xlsx> <sheet> <out.png> [last row]
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { convertTimed, sofficeOrUndefined } from "../bench/libreOffice";

export interface RenderOptions {
  /** Rows after this one are hidden in the picture (default: all shown). */
  readonly lastRow?: number;
  /** Headers (row `headerRow`) of columns to hide in the picture, to keep it legible. */
  readonly hide?: readonly string[];
  readonly headerRow?: number;
  /**
   * The workbook holds formulas with no results (a `--formulas portable`
   * copy): LibreOffice first opens it with a profile that recalculates every
   * formula on load and saves it (bench/libreOffice.ts), and the picture
   * shows what LibreOffice worked out: each formula cell of the sheet is
   * replaced by LibreOffice's result, since the sheets the formulas read are
   * left out of the rendered copy.
   */
  readonly recalculate?: boolean;
}

/** `file` saved by LibreOffice after recalculating every formula on load (into `dir`). */
async function recalculatedCopy(file: string, dir: string): Promise<string> {
  const soffice = sofficeOrUndefined();
  if (soffice === undefined) throw new Error("soffice not found: run `bash scripts/install-system-packages.sh` (Debian libreoffice-calc)");
  const conversion = await convertTimed(soffice, file, "xlsx", path.join(dir, "recalculated"), { recalculate: true, timeoutSeconds: 300 });
  if (conversion.output === undefined) throw new Error(`LibreOffice did not recalculate ${file}${conversion.timedOut ? " within 300 s" : `: ${conversion.stderr}`}`);
  return conversion.output;
}

/** Replaces each formula of `sheet` by its cached result (LibreOffice's, after recalculatedCopy); an error result stays an error value such as #N/A. */
function formulasToResults(sheet: ExcelJS.Worksheet): void {
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      // cell.result, not cell.value.result: ExcelJS's value drops a result of 0 or "".
      if (cell.type === ExcelJS.ValueType.Formula) cell.value = (cell.result ?? null) as ExcelJS.CellValue;
    }),
  );
}

export async function renderSheetPng(file: string, sheetName: string, png: string, options: RenderOptions = {}): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "render-"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(options.recalculate ? await recalculatedCopy(file, dir) : file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`${file} has no sheet "${sheetName}"`);
  if (options.recalculate) formulasToResults(sheet);
  for (const other of [...workbook.worksheets]) if (other.id !== sheet.id) workbook.removeWorksheet(other.id);
  sheet.state = "visible";
  if (options.lastRow !== undefined) {
    for (let r = options.lastRow + 1; r <= sheet.rowCount; r++) sheet.getRow(r).hidden = true;
  }
  const header = sheet.getRow(options.headerRow ?? 1);
  header.eachCell((cell, column) => {
    if (options.hide?.includes(String(cell.value))) sheet.getColumn(column).hidden = true;
  });
  sheet.pageSetup = {
    ...sheet.pageSetup,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 8 as ExcelJS.PaperSize, // A3
  };
  const copy = path.join(dir, "sheet.xlsx");
  await workbook.xlsx.writeFile(copy);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "soffice-profile-"));
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, copy], {
    stdio: "pipe",
    timeout: 180_000,
  });
  const pdf = path.join(dir, "sheet.pdf");
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for sheet "${sheetName}" of ${file}`);
  execFileSync("pdftoppm", ["-png", "-r", "160", "-f", "1", "-l", "1", "-singlefile", pdf, png.replace(/\.png$/, "")], { stdio: "pipe" });
  if (!fs.existsSync(png)) throw new Error(`pdftoppm wrote no ${png}`);
  trimWhitespace(png);
}

/** Crops the page's white margins (Debian python3-pil), so the picture is the sheet. */
function trimWhitespace(png: string): void {
  const script = [
    "import sys",
    "from PIL import Image, ImageChops",
    "im = Image.open(sys.argv[1]).convert('RGB')",
    "box = ImageChops.difference(im, Image.new('RGB', im.size, 'white')).getbbox()",
    "im.crop((max(box[0]-12,0), max(box[1]-12,0), min(box[2]+12,im.size[0]), min(box[3]+12,im.size[1]))).save(sys.argv[1]) if box else None",
  ].join("\n");
  execFileSync("/usr/bin/python3", ["-c", script, png], { stdio: "pipe" });
}

if (require.main === module) {
  const [file, sheet, png, lastRow] = process.argv.slice(2);
  if (!file || !sheet || !png) {
    process.stderr.write("usage: renderSheet.ts <in.xlsx> <sheet> <out.png> [last row]\n");
    process.exit(2);
  }
  renderSheetPng(file, sheet, png, { lastRow: lastRow ? Number(lastRow) : undefined }).catch((failure: unknown) => {
    process.stderr.write(`${failure instanceof Error ? failure.stack : String(failure)}\n`);
    process.exit(1);
  });
}
