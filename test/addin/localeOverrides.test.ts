/**
 * The manifest serves the formula help in the user's language, as Microsoft
 * documents for custom functions ("Custom functions naming and localization",
 * Localize custom functions: one metadata file per language and, in the
 * manifest, a bt:Override of the metadata's bt:Url per locale pointing at it):
 * nl-NL and nl-BE get functions-nl.json, fr-FR and fr-BE functions-fr.json;
 * the help links the manifest gives (SupportUrl, GetStarted's LearnMoreUrl)
 * point at the language's help page. The script, the page and the namespace
 * are the same for every language (the ids do not change).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { HELP_PAGE, METADATA_FILE, OVERRIDE_LOCALES, TRANSLATED_LANGUAGES } from "../../scripts/localizedMetadata";
import { type XmlElement, descendantsNamed, parseXml } from "../fidelity/xmlTree";

const root = path.resolve(__dirname, "../..");
const HOST = "https://localhost:3000/";
const validator = path.join(root, "test/schemas/validate-manifest.sh");

/** Locale → the file its override names, for every locale the manifest overrides an element with. */
function overrides(element: XmlElement): Record<string, string> {
  const found: Record<string, string> = {};
  for (const override of element.children.filter((c) => c.local === "Override")) {
    const locale = override.attributes.get("Locale")!;
    expect([locale, found[locale]]).toEqual([locale, undefined]);
    found[locale] = override.attributes.get("Value")!;
  }
  return found;
}

/** What each of the four locales should be served, by language: the file named by `files`. */
function expected(files: Readonly<Record<string, string>>, host = HOST): Record<string, string> {
  const result: Record<string, string> = {};
  for (const language of TRANSLATED_LANGUAGES) for (const locale of OVERRIDE_LOCALES[language]) result[locale] = `${host}${files[language]}`;
  return result;
}

function url(manifest: XmlElement, id: string): XmlElement {
  const [found, ...more] = descendantsNamed(manifest, "Url").filter((u) => u.attributes.get("id") === id);
  expect(more).toEqual([]);
  return found;
}

describe.each([
  ["manifest.xml", path.join(root, "manifest.xml")],
  ["dist/manifest.xml (after `npm run build`)", path.join(root, "dist/manifest.xml")],
])("%s: locale overrides", (_label, file) => {
  let manifest: XmlElement;
  beforeAll(() => {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} does not exist: run \`npm run build\` first.`);
    manifest = parseXml(fs.readFileSync(file, "utf8"));
  });

  it("the four locales are nl-NL, nl-BE, fr-FR and fr-BE", () => {
    expect(Object.keys(expected(METADATA_FILE)).sort()).toEqual(["fr-BE", "fr-FR", "nl-BE", "nl-NL"]);
  });

  it("the custom functions' metadata URL: functions.json by default, each language's file for its locales", () => {
    const [extension] = descendantsNamed(manifest, "ExtensionPoint").filter((e) => [...e.attributes.values()].includes("CustomFunctions"));
    const [metadata] = descendantsNamed(extension, "Metadata");
    const resid = descendantsNamed(metadata, "SourceLocation")[0].attributes.get("resid")!;
    const resource = url(manifest, resid);
    expect(resource.attributes.get("DefaultValue")).toBe(`${HOST}${METADATA_FILE.en}`);
    expect(overrides(resource)).toEqual(expected(METADATA_FILE));
  });

  it("the help links (SupportUrl, GetStarted › LearnMoreUrl): help.html by default, each language's page for its locales", () => {
    const [support] = descendantsNamed(manifest, "SupportUrl");
    expect(support.attributes.get("DefaultValue")).toBe(`${HOST}${HELP_PAGE.en}`);
    expect(overrides(support)).toEqual(expected(HELP_PAGE));
    const resid = descendantsNamed(manifest, "LearnMoreUrl")[0].attributes.get("resid")!;
    const learnMore = url(manifest, resid);
    expect(learnMore.attributes.get("DefaultValue")).toBe(`${HOST}${HELP_PAGE.en}`);
    expect(overrides(learnMore)).toEqual(expected(HELP_PAGE));
  });

  it("the functions' script and page, and the HR namespace, are the same in every language", () => {
    for (const id of ["Functions.Script.Url", "Taskpane.Url"]) expect([id, overrides(url(manifest, id))]).toEqual([id, {}]);
    const [namespace] = descendantsNamed(manifest, "String").filter((s) => s.attributes.get("id") === "Functions.Namespace");
    expect(namespace.attributes.get("DefaultValue")).toBe("HR");
    expect(overrides(namespace)).toEqual({});
  });

  it("passes the offline schema check", () => {
    const run = spawnSync("sh", [validator, file], { encoding: "utf8" });
    expect(`${run.stdout}${run.stderr}`).toContain("validates");
    expect(run.status).toBe(0);
  });
});

describe("dist/: every file the overrides name is built", () => {
  it.each(TRANSLATED_LANGUAGES.flatMap((language) => [METADATA_FILE[language], HELP_PAGE[language]]).concat(METADATA_FILE.en, HELP_PAGE.en))("dist/%s", (name) => {
    const manifest = fs.readFileSync(path.join(root, "dist/manifest.xml"), "utf8");
    expect(manifest).toContain(`${HOST}${name}"`);
    expect(fs.existsSync(path.join(root, "dist", name))).toBe(true);
  });
});
