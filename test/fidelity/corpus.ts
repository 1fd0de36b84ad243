import * as fs from "fs";
import * as path from "path";

/** The fidelity corpus: one folder per writer (openpyxl, libreoffice, handmade…), each with a corpus.json. */
export const CORPUS_ROOT = path.resolve(__dirname, "../fixtures/fidelity");

/** One workbook of the corpus, as its folder's corpus.json describes it. */
export interface CorpusFile {
  /** The writer's folder, e.g. "openpyxl". */
  readonly folder: string;
  readonly file: string;
  readonly path: string;
  /** The sheet the tool must find and evaluate. */
  readonly inventorySheet: string;
  readonly features: readonly string[];
  /** 0 or 1 for a written copy, 2 for a workbook the tool must refuse (e.g. a locked structure). */
  readonly expectedExit: number;
}

interface CorpusJson {
  readonly files: readonly { file: string; inventorySheet: string; features: string[]; expectedExit: number }[];
}

/** Every file of every corpus folder, folders and files in a stable order; a listed file that is missing throws. */
export function corpusFiles(root = CORPUS_ROOT): CorpusFile[] {
  const folders = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(root, entry.name, "corpus.json")))
    .map((entry) => entry.name)
    .sort();
  return folders.flatMap((folder) => {
    const corpus = JSON.parse(fs.readFileSync(path.join(root, folder, "corpus.json"), "utf8")) as CorpusJson;
    return corpus.files.map((entry) => {
      const file = path.join(root, folder, entry.file);
      if (!fs.existsSync(file)) throw new Error(`${folder}/corpus.json lists ${entry.file}, which is not there: regenerate the corpus`);
      return { folder, file: entry.file, path: file, inventorySheet: entry.inventorySheet, features: entry.features, expectedExit: entry.expectedExit };
    });
  });
}

/** Whether the tool writes a copy of this file (it refuses files it cannot add sheets to). */
export function expectsCopy(entry: CorpusFile): boolean {
  return entry.expectedExit === 0 || entry.expectedExit === 1;
}
