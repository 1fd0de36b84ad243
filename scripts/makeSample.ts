/**
 * Writes the sample inventory, samples/inventaris-ondersteuning-management.xlsx
 * and .csv: 60 management-support posts of a fictitious federal service, with
 * Dutch headers, the criteria in the mixed spellings analysts type, a few
 * deliberately bad cells and a few flagged results (samples/README.md lists
 * them). Deterministic: the same cells every run.
 *
 *   npx ts-node --transpile-only scripts/makeSample.ts [output folder]
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { join } from "path";
import { toCsv } from "../src/cli/csvOutput";
import type { CellValue } from "../src/workbook/port";

export const SAMPLE_NAME = "inventaris-ondersteuning-management";
export const SAMPLE_SHEET = "Inventaris";
/** Row of the header; posts follow from the next row. */
export const HEADER_ROW = 3;

export const HEADERS = [
  "Post-ID", "Directie-generaal", "Directie", "Dienst", "Functietitel", "Functiecode", "Statuut",
  "Huidige klasse", "VTE", "Rapporteert aan", "Ondersteund personeel", "Rol in de ondersteuning",
  "Coördinatie", "Advies", "Verbetering / innovatie", "Contacten",
] as const;

const TITLE = "Inventaris ondersteuning van het management — FOD Digitale Dienstverlening (fictieve dienst, fictieve gegevens)";
const SUBTITLE = "Toestand op 1 maart 2025. Ondersteund personeel: personeelsleden van de entiteit waarvan de leidinggevende ondersteund wordt.";

const DG: Readonly<Record<string, string>> = {
  VZ: "Voorzitter", DP: "DG Digitale Platformen", GI: "DG Gegevens en Identiteit",
  IO: "DG Interne Ondersteuning", KD: "DG Klantendienst",
};

const CODES: Readonly<Record<string, string>> = {
  "Managementassistent": "OMA-101", "Directieassistent": "OMA-201", "Attaché coördinatie": "OMA-302",
  "Attaché managementondersteuning": "OMA-301", "Adviseur beleidsondersteuning": "OMA-401",
};

type In = string | number | null;
/** id, DG, directie, dienst, title, current class, FTE, reports to, staff, role, coordination, advice, improvement, contacts. */
type Post = [string, string, string, string, string, string, number, string, In, In, In, In, In, In];

const _ = null;
const POSTS: readonly Post[] = [
  ["DDV-1001", "VZ", "", "Secretariaat directiecomité", "Adviseur beleidsondersteuning", "A4", 1, "DDV-0001", "1 880", "verantwoordelijk", "diensten coördineren", "strategie", "moderniseringsprojecten", "strategie verdedigen"],
  ["DDV-1002", "VZ", "", "Secretariaat directiecomité", "Attaché coördinatie", "A3", 1, "DDV-0001", "1.880", "verantwoordelijk", 3, 2, 2, 2],
  ["DDV-1003", "VZ", "", "Secretariaat directiecomité", "Managementassistent", "A1", 0.8, "DDV-1001", 1880, "bijdragen", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1004", "VZ", "", "", "Directieassistent", "A2", 1, "DDV-0001", 1880, "responsable", "1", "A1", 1, 1],
  ["DDV-1005", "VZ", "", "Interne Audit", "Managementassistent", "A1", 0.8, "DDV-0002", 12, "bijdragen", 1, 1, _, _],
  ["DDV-1006", "VZ", "", "Communicatie", "Managementassistent", "A1", 1, "DDV-0003", 28, "bijdragen", 1, "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1007", "VZ", "", "", "Attaché coördinatie", "A3", 1, "DDV-0001", "1 880", _, "projecten sturen", "strategie", "moderniseren", "netwerk opbouwen"],
  ["DDV-1008", "VZ", "", "Secretariaat directiecomité", "Managementassistent", "A1", 1, "DDV-1002", "1.880", "b", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1009", "VZ", "", "", "Directieassistent", "A2", 1, "DDV-0001", "1 880", "bijdragen", "dossiers plannen", "dienst", "ontwikkelen", "vertegenwoordigen"],
  ["DDV-1010", "DP", "", "", "Attaché managementondersteuning", "A3", 1, "DDV-0100", "1 000", "verantwoordelijk", "opdrachten plannen", "managementplan", "verbeteren en ontwikkelen", "netwerk onderhouden"],
  ["DDV-1011", "DP", "", "", "Managementassistent", "A1", 1, "DDV-1010", 1000, "bijdragen", "2 – dossiers plannen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1022", "DP", "", "", "Adviseur beleidsondersteuning", "A3", 1, "DDV-0100", 1000, "verantwoordelijk", "diensten coördineren", "strategie", "modernisering", "netwerk opbouwen"],
  ["DDV-1012", "DP", "Cloud", "", "Directieassistent", "A2", 1, "DDV-0110", 420, "verantwoordelijk", "dossiers plannen en verdelen", "organisatie van de dienst", "ontwikkelen", "contactpersoon"],
  ["DDV-1026", "DP", "Cloud", "", "Managementassistent", "A1", 1, "DDV-1012", 420, "bijdragen", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1028", "DP", "Cloud", "", "Attaché managementondersteuning", "A2", 1, "DDV-0110", 420, "misschien", 2, 1, 2, 1],
  ["DDV-1013", "DP", "Cloud", "Hosting", "Managementassistent", "A1", 0.5, "DDV-0111", 45, "bijdragen", "suivre", "service", "améliorer", "personne de contact"],
  ["DDV-1014", "DP", "Cloud", "Opslag", "Managementassistent", "A1", 1, "DDV-0112", 60, _, 1, 1, _, _],
  ["DDV-1021", "DP", "Cloud", "Cloudarchitectuur", "Managementassistent", "A1", 1, "DDV-0113", 50, "bijdragen", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1015", "DP", "Toepassingen", "", "Attaché coördinatie", "A2", 1, "DDV-0120", 200, "verantwoordelijk", "A2", "A2", "A2", "A2"],
  ["DDV-1023", "DP", "Toepassingen", "", "Managementassistent", "A1", 1, "DDV-1015", 200, "bijdragen", 1, 1, 1, 1],
  ["DDV-1016", "DP", "Toepassingen", "Ontwikkeling", "Managementassistent", "A1", 1, "DDV-0121", 85, "draagt bij", "opvolgen en coördineren", "domein", "verbeteren", "contactpersoon"],
  ["DDV-1017", "DP", "Toepassingen", "Testen", "Managementassistent", "A1", 0.8, "DDV-0122", 40, "b", 1, 1, 1, 1],
  ["DDV-1024", "DP", "Toepassingen", "Mobiele toepassingen", "Managementassistent", "A1", 0.8, "DDV-0123", 60, "bijdragen", 1, "dienst", _, _],
  ["DDV-1029", "DP", "Toepassingen", "Integratie", "Managementassistent", "A1", 1, "DDV-0124", _, "bijdragen", 1, 1, 1, 1],
  ["DDV-1018", "DP", "Netwerk", "", "Directieassistent", "A2", 1, "DDV-0130", 380, "bijdragen", "planifier les dossiers", "dienst", "ontwikkelen", "netwerk onderhouden"],
  ["DDV-1019", "DP", "Netwerk", "", "Adviseur beleidsondersteuning", "A3", 1, "DDV-0130", 380, "verantwoordelijk", "plan missions", "strategy", "improve and develop", "represent"],
  ["DDV-1020", "DP", "Netwerk", "Datacenter", "Managementassistent", "A1", 1, "DDV-0131", 70, "bijdragen", "opvolgen", "dienst", "verbeteren", _],
  ["DDV-1025", "DP", "Netwerk", "Beveiliging", "Managementassistent", "A1", 1, "DDV-0132", 55, "bijdragen", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1027", "DP", "Netwerk", "Telefonie", "Managementassistent", "A1", 1, "DDV-0133", "12,5", "bijdragen", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1030", "GI", "", "", "Attaché managementondersteuning", "A3", 1, "DDV-0200", 380, "verantwoordelijk", "A3", "A3", "A3", "A3"],
  ["DDV-1031", "GI", "", "", "Managementassistent", "A1", 1, "DDV-1030", 380, "bijdragen", "dossiers plannen", 1, 1, 1],
  ["DDV-1032", "GI", "", "", "Adviseur beleidsondersteuning", "", 0.9, "DDV-0200", 380, _, 4, 2, _, _],
  ["DDV-1033", "GI", "Authentieke Bronnen", "", "Directieassistent", "A2", 1, "DDV-0210", 150, "verantwoordelijk", 2, "organisation du service", "développer", "contact person"],
  ["DDV-1034", "GI", "Authentieke Bronnen", "Rijksregisterkoppelingen", "Managementassistent", "A1", 1, "DDV-0211", 55, "bijdragen", "follow-up", "service", "improve", "contact person"],
  ["DDV-1038", "GI", "Authentieke Bronnen", "Kruispuntregister", "Managementassistent", "A1", 1, "DDV-0212", 40, "contributes", "follow up", "service", "improve", "contact person"],
  ["DDV-1035", "GI", "Identiteit", "", "Attaché coördinatie", "A2", 1, "DDV-0220", 230, "verantwoordelijk", 3, 1, 2, 2],
  ["DDV-1036", "GI", "Identiteit", "", "Managementassistent", "A1", 0.8, "DDV-1035", 230, "bijdragen", 1, 1, 1, 1],
  ["DDV-1060", "GI", "Identiteit", "", "Attaché coördinatie", "", 1, "DDV-0220", _, _, _, _, _, _],
  ["DDV-1037", "GI", "Identiteit", "eID", "Managementassistent", "A1", 1, "DDV-0221", 95, "bijdragen", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1039", "GI", "Identiteit", "Toegangsbeheer", "Managementassistent", "", 1, "DDV-0222", 45, "bijdragen", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1040", "IO", "", "", "Adviseur beleidsondersteuning", "A3", 1, "DDV-0300", 310, "verantwoordelijk", "coordonner les services", "plan de management", "projets de modernisation", "entretenir un réseau"],
  ["DDV-1041", "IO", "", "", "Managementassistent", "A1", 1, "DDV-1040", 310, "bijdragen", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1049", "IO", "", "", "Attaché coördinatie", "A2", 1, "DDV-0300", 310, "bijdragen", "opdrachten plannen", 1, "verbeteren en ontwikkelen", "contactpersoon"],
  ["DDV-1042", "IO", "Personeel en Organisatie", "", "Directieassistent", "A1", 1, "DDV-0310", 95, "verantwoordelijk", "dossiers plannen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1043", "IO", "Personeel en Organisatie", "Selectie en Loopbaan", "Managementassistent", "A1", 0.5, "DDV-0311", 30, "bijdragen", 1, 1, 1, 1],
  ["DDV-1047", "IO", "Personeel en Organisatie", "Welzijn", "Managementassistent", "A1", 0.5, "DDV-0312", 20, "bijdragen", "opvolgen", "dienst", _, _],
  ["DDV-1044", "IO", "Budget en Beheerscontrole", "", "Managementassistent", "A1", 1, "DDV-0320", 60, "Bijdragen", "Opvolgen", "Dienst", "Verbeteren", "Contactpersoon"],
  ["DDV-1048", "IO", "Budget en Beheerscontrole", "Overheidsopdrachten", "Managementassistent", "A1", 1, "DDV-0321", 25, "contribue", "suivi", "service", "améliorer", "personne de contact"],
  ["DDV-1045", "IO", "Logistiek", "", "Directieassistent", "A2", 1, "DDV-0330", 155, "verantwoordelijk", "plan dossiers", "domain", "develop", "contact person"],
  ["DDV-1046", "IO", "Logistiek", "Gebouwen", "Managementassistent", "A1", 1, "DDV-0331", 40, "bijdragen", "opvolgen", "dienst", _, _],
  ["DDV-1050", "KD", "", "", "Attaché managementondersteuning", "A2", 1, "DDV-0400", 190, "verantwoordelijk", "opdrachten plannen en verdelen", "strategie", "ontwikkelen", "vertegenwoordigen"],
  ["DDV-1051", "KD", "", "", "Managementassistent", "A1", 0.8, "DDV-1050", 190, "bijdragen", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1059", "KD", "", "", "Adviseur beleidsondersteuning", "A3", 1, "DDV-0400", 190, "verantwoordelijk", 3, "A5", 2, "netwerk"],
  ["DDV-1052", "KD", "Contactcenter", "", "Directieassistent", "A2", 1, "DDV-0410", 120, "verantw.", 2, 1, 2, 1],
  ["DDV-1057", "KD", "Contactcenter", "", "Managementassistent", "A1", 1, "DDV-1052", 120, "bijdragen", 1, 1, 1, 1],
  ["DDV-1053", "KD", "Contactcenter", "Eerstelijn", "Managementassistent", "A1", 1, "DDV-0411", 65, "bijdragen", 1, 1, 1, 1],
  ["DDV-1054", "KD", "Contactcenter", "Tweedelijn", "Managementassistent", "A1", 1, "DDV-0412", 35, "bijdragen", "opvolgen", "dienst", _, "contactpersoon"],
  ["DDV-1055", "KD", "Kanalen", "", "Directieassistent", "A1", 1, "DDV-0420", 70, "bijdragen", "2 – dossiers plannen", "1 – dienst", "1 – verbeteren", "1 – contactpersoon"],
  ["DDV-1058", "KD", "Kanalen", "", "Attaché coördinatie", "A2", 1, "DDV-0420", 70, "verantwoordelijk", "veel", "dienst", "verbeteren", "contactpersoon"],
  ["DDV-1056", "KD", "Kanalen", "Website en sociale media", "Managementassistent", "A1", 1, "DDV-0421", 30, "bijdragen", "opvolgen", "dienst", "verbeteren", "contactpersoon"],
];

/** The sheet's rows: title, subtitle, headers, then one row per post (values as an analyst's workbook holds them). */
export function sampleRows(): CellValue[][] {
  const rows: CellValue[][] = [[TITLE], [SUBTITLE], [...HEADERS]];
  POSTS.forEach(([id, dg, directie, dienst, title, current, fte, reportsTo, ...inputs], i) => {
    const status = i % 5 === 3 ? "contractueel" : "statutair";
    const entity = (text: string, prefix: string): string | null =>
      text === "" ? null : text.startsWith("Secretariaat") ? text : `${prefix} ${text}`;
    rows.push([
      id, DG[dg], entity(directie, "Directie"), entity(dienst, "Dienst"), title, CODES[title], status,
      current === "" ? null : current, fte, reportsTo, ...inputs,
    ]);
  });
  return rows;
}

/** The sample as an .xlsx workbook: a styled inventory sheet, as an analyst keeps it. */
export function sampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2025, 2, 1));
  workbook.creator = "AssistLevel sample generator";
  workbook.created = fixed;
  workbook.modified = fixed;
  const sheet = workbook.addWorksheet(SAMPLE_SHEET, { views: [{ state: "frozen", ySplit: HEADER_ROW, xSplit: 1 }] });
  sampleRows().forEach((values, r) => {
    const row = sheet.getRow(r + 1);
    values.forEach((value, c) => {
      if (value !== null) row.getCell(c + 1).value = value as ExcelJS.CellValue;
    });
  });
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").font = { italic: true };
  const header = sheet.getRow(HEADER_ROW);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  sheet.getColumn(9).numFmt = "0.0";
  [11, 26, 24, 26, 30, 11, 12, 9, 6, 12, 12, 16, 28, 24, 24, 22].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + POSTS.length, column: HEADERS.length } };
  return workbook;
}

/** The sample as Belgian Excel saves "CSV UTF-8": `;`, BOM, decimal comma, every row as wide as the header. */
export function sampleCsv(): string {
  return toCsv(sampleRows().map((row) => [...row, ...new Array<CellValue>(HEADERS.length - row.length).fill(null)]));
}

async function main(folder: string): Promise<void> {
  await sampleWorkbook().xlsx.writeFile(join(folder, `${SAMPLE_NAME}.xlsx`));
  writeFileSync(join(folder, `${SAMPLE_NAME}.csv`), sampleCsv(), "utf8");
  process.stdout.write(`Wrote ${join(folder, SAMPLE_NAME)}.xlsx and .csv (${POSTS.length} posts)\n`);
}

if (require.main === module) {
  main(process.argv[2] ?? join(__dirname, "..", "samples")).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
