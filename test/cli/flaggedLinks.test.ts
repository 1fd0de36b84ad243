/**
 * Issue 14: every flagged post on the summary sheet links to its row. The copy
 * the batch tool writes (and browser mode downloads: the same package writer)
 * is read back by openpyxl, a library other than the writer, which follows
 * each link to the cell it names.
 */
import { execFileSync } from "child_process";
import { copyFileSync } from "fs";
import { join } from "path";
import { CLI_TIMEOUT, SAMPLE_XLSX, requireBuiltCli, runCli, tempFolder } from "./cliHarness";

const LINKS = `
import sys, json, re, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
summary = book[sys.argv[2]]
found = []
for row in summary.iter_rows():
    for cell in row:
        link = cell.hyperlink
        if link is None:
            continue
        sheet, ref = re.match(r"^'?(.*?)'?!([A-Z]+[0-9]+)$", link.location).groups()
        sheet = sheet.replace("''", "'")
        target = book[sheet][ref]
        found.append({
            "at": cell.coordinate, "value": cell.value, "location": link.location, "tip": link.tooltip,
            "targetRow": target.row, "targetValue": target.value,
            "shownClass": summary.cell(row=cell.row, column=3).value,
            "underline": cell.font.underline, "colour": cell.font.color.rgb if cell.font.color else None,
        })
print(json.dumps(found))
`;

interface Link {
  readonly at: string;
  readonly value: unknown;
  readonly location: string;
  readonly tip: string;
  readonly targetRow: number;
  readonly targetValue: unknown;
  readonly shownClass: unknown;
  readonly underline: string | null;
  readonly colour: string | null;
}

const linksIn = (path: string, summary: string): Link[] => JSON.parse(execFileSync("/usr/bin/python3", ["-c", LINKS, path, summary], { encoding: "utf8" })) as Link[];

beforeAll(requireBuiltCli);

describe("flagged posts on the summary sheet link to their rows (read back by openpyxl)", () => {
  it.each([
    ["nl", "Overzicht", /^Ga naar rij \d+ van blad "Inventaris"$/],
    ["fr", "Synthèse", /^Aller à la ligne \d+ de la feuille « Inventaris »$/],
  ] as const)("--lang %s: each row number in the flagged list goes to that row's class cell, which shows the class the list shows", async (language, summary, tip) => {
    const folder = tempFolder();
    const input = join(folder, "inventaris.xlsx");
    copyFileSync(SAMPLE_XLSX, input);
    const output = join(folder, "evaluated.xlsx");
    expect((await runCli(["evaluate", input, "-o", output, "--lang", language])).code).toBe(1); // the sample holds five bad cells

    const links = linksIn(output, summary);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link.at).toMatch(/^A\d+$/);
      // The link goes to the row its cell names, on the inventory sheet, in the first result column (the class).
      expect(link.location).toMatch(/^Inventaris!\$?[A-Z]+\$?\d+$/);
      expect(link.targetRow).toBe(link.value);
      expect(link.targetValue).toBe(link.shownClass);
      expect(link.tip).toMatch(tip);
      expect(link.underline).toBe("single");
      expect(link.colour).toBe("FF0563C1");
    }
    // Rows in error are flagged too, and link to their error word.
    expect(links.map((l) => l.shownClass)).toContain(language === "nl" ? "FOUT" : "ERREUR");
  }, 2 * CLI_TIMEOUT);
});
