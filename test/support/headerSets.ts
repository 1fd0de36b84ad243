import ExcelJS from "exceljs";
import { type RecordedPost, assess, levelCode, readPost } from "../../src/domain";

/**
 * Header rows analysts write (NL/FR/EN), with the column each of the six
 * criteria inputs must be found in (1-based). Issue 11's refused sets come
 * first: every one was refused, or silently lost two criteria, before the
 * key-word recogniser.
 */
export interface HeaderSet {
  readonly name: string;
  readonly language: "nl" | "fr" | "en";
  readonly headers: readonly string[];
  readonly columns: Readonly<Record<"staff" | "scope" | "advice" | "role" | "improvement" | "contacts", number>>;
}

export const HEADER_SETS: readonly HeaderSet[] = [
  {
    name: "Dutch key words: Aantal medewerkers, Niveau advies, Niveau verbetering, Niveau contacten",
    language: "nl",
    headers: ["Post-ID", "Functietitel", "Aantal medewerkers", "Coördinatie", "Niveau advies", "Rol", "Niveau verbetering", "Niveau contacten"],
    columns: { staff: 3, scope: 4, advice: 5, role: 6, improvement: 7, contacts: 8 },
  },
  {
    name: "French key words: Nombre d'agents, Niveau de coordination",
    language: "fr",
    headers: ["Poste", "Intitulé du poste", "Nombre d'agents", "Niveau de coordination", "Conseil", "Rôle", "Amélioration", "Contacts"],
    columns: { staff: 3, scope: 4, advice: 5, role: 6, improvement: 7, contacts: 8 },
  },
  {
    name: "FTE ondersteund beside the post's own VTE",
    language: "nl",
    headers: ["Betrekking", "VTE", "Advies", "FTE ondersteund", "Coördinatie", "Rol in de ondersteuning", "Verbetering", "Contacten"],
    columns: { staff: 4, scope: 5, advice: 3, role: 6, improvement: 7, contacts: 8 },
  },
  {
    name: "English: Headcount supported, Advice level, Improvement level",
    language: "en",
    headers: ["Post ID", "Job title", "Headcount supported", "Scope", "Advice level", "Support role", "Improvement level", "Contacts level"],
    columns: { staff: 3, scope: 4, advice: 5, role: 6, improvement: 7, contacts: 8 },
  },
  {
    name: "decorated: capitals, line breaks, no-break spaces, a trailing (…), : or *",
    language: "nl",
    headers: ["Nr", "  AANTAL\nMEDEWERKERS  (VTE)", "Coördinatie:", "Niveau\u00a0advies *", "ROL", "Verbetering / innovatie (1-4)", "Niveau\r\ncontacten"],
    columns: { staff: 2, scope: 3, advice: 4, role: 5, improvement: 6, contacts: 7 },
  },
  {
    name: "compounds: Adviesniveau, Coördinatieniveau, Personeelsomvang",
    language: "nl",
    headers: ["Functieklasse", "Personeelsomvang", "Coördinatieniveau", "Adviesniveau", "Rol", "Verbeterniveau", "Contactniveau"],
    columns: { staff: 2, scope: 3, advice: 4, role: 5, improvement: 6, contacts: 7 },
  },
];

/** Posts whose class depends on every criterion: without improvement and contacts the A4 posts fall to A3. */
export const HEADER_SET_POSTS: readonly (readonly (string | number)[])[] = [
  ["1 200", "A4", "A4", "verantwoordelijk", "A4", "A4"],
  [150, "A2", "A2", "", "A1", "A1"],
  [40, "A1", "A1", "bijdragen", "A2", "A2"],
  [800, "A3", "A4", "verantwoordelijk", "A4", "A4"],
];

const INPUT_ORDER = ["staff", "scope", "advice", "role", "improvement", "contacts"] as const;

/** One row of the sheet: the post's inputs in the set's columns, other columns with a label. */
export function rowFor(set: HeaderSet, post: readonly (string | number)[], index: number): (string | number)[] {
  const row: (string | number)[] = set.headers.map((_, c) => `x${index}-${c + 1}`);
  INPUT_ORDER.forEach((input, i) => (row[set.columns[input] - 1] = post[i]));
  return row;
}

/** The class the engine gives a post from all six inputs. */
export function expectedClass(post: readonly (string | number)[]): string {
  const facts = readPost(Object.fromEntries(INPUT_ORDER.map((input, i) => [input, post[i] === "" ? null : post[i]])) as unknown as RecordedPost);
  if (Array.isArray(facts)) throw new Error(`fixture post ${JSON.stringify(post)} does not read: ${JSON.stringify(facts)}`);
  return levelCode(assess(facts).level);
}

/** An .xlsx of the set: optionally a title block above the headers and a first sheet of notes. */
export async function headerSetWorkbook(set: HeaderSet, options: { titleRows?: number; notesSheet?: boolean; table?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (options.notesSheet) workbook.addWorksheet("Lisez-moi").addRow(["Inventaire des postes d'appui au management — à lire avant usage"]);
  const sheet = workbook.addWorksheet("Inventaire");
  const titleRows = options.titleRows ?? 0;
  if (titleRows > 0) {
    sheet.getCell(1, 1).value = "Inventaire des postes — situation au 1er mars 2025";
    sheet.mergeCells(1, 1, 1, set.headers.length);
  }
  const rows = HEADER_SET_POSTS.map((post, i) => rowFor(set, post, i));
  if (options.table) {
    sheet.addTable({
      name: "Postes",
      ref: `A${titleRows + 1}`,
      headerRow: true,
      columns: set.headers.map((name) => ({ name })),
      rows,
    });
  } else {
    sheet.getRow(titleRows + 1).values = [...set.headers];
    rows.forEach((row, i) => (sheet.getRow(titleRows + 2 + i).values = row));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
