import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const validator = path.join(root, "test/schemas/validate-manifest.sh");

function validate(file: string): { status: number | null; output: string } {
  const run = spawnSync("sh", [validator, file], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("manifest.xml", () => {
  it("has xmllint to check against (Debian libxml2-utils)", () => {
    expect(() => execFileSync("xmllint", ["--version"], { stdio: "pipe" })).not.toThrow();
  });

  it("passes the offline schema check", () => {
    const result = validate(path.join(root, "manifest.xml"));
    expect(result.output).toContain("validates");
    expect(result.status).toBe(0);
  });

  it("the check is real: a manifest without <Id> is rejected", () => {
    const broken = fs.readFileSync(path.join(root, "manifest.xml"), "utf8").replace(/<Id>[^<]*<\/Id>/, "");
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(file, broken);
    expect(validate(file).status).toBe(1);
  });

  it("declares a shared runtime hosting the HR custom functions", () => {
    const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    // The code calls Range.autoFill and Worksheet.getSelectedRanges (ExcelApi 1.9) and Range.getMergedAreasOrNullObject (1.13).
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.13"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">[\s\S]*<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    // "Configure your Office Add-in to use a shared runtime": the functions' page, the FunctionFile and the
    // ShowTaskpane action's SourceLocation all name the runtime's resid, so the pane opens in the long-lived
    // runtime; TaskpaneId only names the pane's container (any id; the same id reuses it).
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    const actions = [...xml.matchAll(/<Action xsi:type="ShowTaskpane">([\s\S]*?)<\/Action>/g)].map((m) => m[1]);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatch(/<TaskpaneId>[\w.]+<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="HR"\/>/);
    for (const size of [16, 32, 80]) {
      expect(xml).toContain(`assets/icon-${size}.png`);
      expect(fs.existsSync(path.join(root, `assets/icon-${size}.png`))).toBe(true);
    }
  });

  it("speaks Dutch and French in Belgium as in the Netherlands and France: every nl-NL and fr-FR text has an nl-BE and fr-BE twin", () => {
    const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
    const overrides = [...xml.matchAll(/<(?:bt:)?Override Locale="([a-z]{2}-[A-Z]{2})" Value="([^"]*)"\/>/g)].map((m) => ({ locale: m[1], value: m[2] }));
    for (const [from, twin] of [["nl-NL", "nl-BE"], ["fr-FR", "fr-BE"]]) {
      const texts = overrides.filter((o) => o.locale === from).map((o) => o.value);
      expect(texts.length).toBeGreaterThanOrEqual(6);
      expect(overrides.filter((o) => o.locale === twin).map((o) => o.value)).toEqual(texts);
    }
  });
});
