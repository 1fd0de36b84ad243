/**
 * Golden copies of the Dutch and French custom-functions metadata
 * (functions-nl.json, functions-fr.json), made as the build makes them: the
 * English metadata generated from functions.ts's JSDoc, then
 * scripts/localizedMetadata.ts with the words catalogue's functionHelp
 * section. A change of a translation changes what a Dutch or French Excel shows:
 * review it, then regenerate the goldens with UPDATE_GOLDEN=1.
 *
 * Beyond the goldens, each file is checked against the English one: the same
 * functions, names, parameters and settings (only the descriptions and the help
 * link differ), every description present, translated and in its language, and
 * the help link on that language's page. And the built dist/ holds all three.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  FUNCTION_HELP,
  type FunctionsMetadata,
  HELP_PAGE,
  METADATA_FILE,
  TRANSLATED_LANGUAGES,
  type TranslatedLanguage,
  catalogueDisagreements,
  localizedMetadata,
} from "../../scripts/localizedMetadata";
import OPTIONS from "../../src/functions/metadataOptions.json";

const root = path.resolve(__dirname, "../..");
const SOURCE = path.join(root, "src/functions/functions.ts");
/** Beside the reviewed English metadata (test/functions/functions-json.test.ts). */
const golden = (language: TranslatedLanguage) => path.join(root, "harness/customFunctions", METADATA_FILE[language]);
const REGENERATE = "UPDATE_GOLDEN=1 npx jest test/functions/localized-functions-json.test.ts";

let english: FunctionsMetadata;
const localized = {} as Record<TranslatedLanguage, FunctionsMetadata>;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([SOURCE], true);
  expect(generated.errors).toEqual([]);
  // As the build completes it (webpack.config.js, FunctionsMetadataPlugin), then localizes it.
  english = { ...OPTIONS, ...(JSON.parse(generated.metadataJson) as FunctionsMetadata), ...OPTIONS };
  for (const language of TRANSLATED_LANGUAGES) localized[language] = localizedMetadata(english, language);
});

/** The file without what a language changes (descriptions, help link): what must equal the English file. */
function shape(metadata: FunctionsMetadata): unknown {
  return {
    ...metadata,
    functions: metadata.functions.map(({ description, helpUrl, parameters, ...rest }) => ({
      ...rest,
      hasDescription: description !== undefined,
      hasHelpUrl: helpUrl !== undefined,
      parameters: parameters.map(({ description: parameterDescription, ...parameter }) => ({ ...parameter, hasDescription: parameterDescription !== undefined })),
    })),
  };
}

/** Every description of a file, labelled "ID" or "ID.parameter". */
function descriptions(metadata: FunctionsMetadata): [string, string][] {
  return metadata.functions.flatMap((f) => [
    [f.id, f.description ?? ""] as [string, string],
    ...f.parameters.map((p) => [`${f.id}.${p.name}`, p.description ?? ""] as [string, string]),
  ]);
}

/**
 * Words that mark a text as Dutch or French and are not English words (nor the
 * other language's): articles, prepositions and the matrix's own terms.
 */
const MARKERS: Record<TranslatedLanguage, readonly string[]> = {
  nl: ["de", "het", "een", "van", "voor", "of", "als", "aan", "waarde", "leeg", "klasse", "functie", "descriptor", "trefwoorden", "personeelsaantal", "coördinatie", "advies", "verbetering", "contacten", "ondersteuning", "criterium", "taal", "zin", "wat", "waar", "onwaar", "alleen"],
  fr: ["le", "la", "les", "des", "du", "d'une", "de", "ou", "au", "pour", "si", "valeur", "vide", "classe", "fonction", "descripteur", "mots-clés", "effectif", "conseil", "amélioration", "soutien", "critère", "langue", "une", "phrase", "vrai", "faux", "uniquement"],
};
const ENGLISH_WORDS = ["the", "of", "a", "an", "or", "when", "blank", "headcount", "descriptor", "key", "words", "class", "post", "criterion", "language", "for", "only", "true", "false", "support", "advice", "improvement"];

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);

describe.each(TRANSLATED_LANGUAGES)("%s: the localized functions metadata", (language) => {
  it(`equals the reviewed golden copy harness/customFunctions/${METADATA_FILE[language]}`, () => {
    const file = golden(language);
    if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(file, `${JSON.stringify(localized[language], null, 2)}\n`);
    if (!fs.existsSync(file)) throw new Error(`No golden file ${path.relative(root, file)}: create it with ${REGENERATE}`);
    try {
      expect(localized[language]).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
    } catch (difference) {
      throw new Error(
        `The generated ${METADATA_FILE[language]} differs from its golden copy. Review the change below (it is what Excel shows in that language), ` +
          `then regenerate with\n  ${REGENERATE}\n\n${(difference as Error).message}`,
      );
    }
  });

  it("has the English file's ids, names, parameters (names, types, dimensionality, optional, repeating), results, options and settings", () => {
    expect(shape(localized[language])).toEqual(shape(english));
    // Spelled out, so that a change of shape() cannot hide it.
    const m = localized[language];
    expect(m.functions.map((f) => [f.id, f.name])).toEqual(english.functions.map((f) => [f.id, f.name]));
    expect(m.functions.map((f) => f.parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional, p.repeating]))).toEqual(
      english.functions.map((f) => f.parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional, p.repeating])),
    );
    expect(m.functions.map((f) => [f.result, f.options])).toEqual(english.functions.map((f) => [f.result, f.options]));
    expect([m.allowErrorForDataTypeAny, m.allowCustomDataForDataTypeAny]).toEqual([true, true]);
  });

  it("keeps the function names as they are (HR.ASSISTLEVEL in every language; the README says why)", () => {
    for (const f of localized[language].functions) expect(f.name).toBe(f.id);
  });

  it("gives every function and every parameter a description, none of them the English one", () => {
    const theirs = descriptions(localized[language]);
    const ours = new Map(descriptions(english));
    expect(theirs.map(([label]) => label)).toEqual([...ours.keys()]);
    for (const [label, text] of theirs) {
      expect([label, text]).toEqual([label, expect.stringMatching(/\p{L}{3}/u)]);
      expect([label, text]).not.toEqual([label, ours.get(label)]);
    }
  });

  it("writes every description in its language: each has a word of it, and the file has more of its words than of the other languages'", () => {
    const other = language === "nl" ? "fr" : "nl";
    let own = 0;
    let foreign = 0;
    let englishWords = 0;
    for (const [label, text] of descriptions(localized[language])) {
      const words = wordsOf(text);
      expect([label, words.some((w) => MARKERS[language].includes(w))]).toEqual([label, true]);
      own += words.filter((w) => MARKERS[language].includes(w)).length;
      foreign += words.filter((w) => MARKERS[other].includes(w) && !MARKERS[language].includes(w)).length;
      englishWords += words.filter((w) => ENGLISH_WORDS.includes(w) && !MARKERS[language].includes(w)).length;
    }
    expect(own).toBeGreaterThan(5 * Math.max(foreign, englishWords, 1));
  });

  it("names the matrix's criteria by their names in src/domain (Coördinatie / Coordination…)", () => {
    const all = descriptions(localized[language]).map(([, text]) => text.toLowerCase()).join(" ");
    const names = { nl: ["coördinatie", "advies", "verbetering / innovatie", "contacten", "ondersteuning van het management"], fr: ["coordination", "conseil", "amélioration / innovation", "contacts", "soutien au management"] };
    for (const name of names[language]) expect([name, all.includes(name)]).toEqual([name, true]);
  });

  it(`links each function to its anchor on ${HELP_PAGE[language]}, which is in ${language} and has that anchor`, () => {
    const page = fs.readFileSync(path.join(root, "src/help", HELP_PAGE[language]), "utf8");
    expect(page).toMatch(new RegExp(`<html lang="${language}">`));
    for (const [ours, theirs] of english.functions.map((f, i) => [f, localized[language].functions[i]] as const)) {
      const anchor = ours.helpUrl!.split("#")[1];
      expect(theirs.helpUrl).toBe(`https://localhost:3000/${HELP_PAGE[language]}#${anchor}`);
      expect(page).toContain(`id="${anchor}"`);
    }
  });
});

describe("the functionHelp words", () => {
  it("repeat the JSDoc in English, word for word (the build refuses to run otherwise)", () => {
    expect(catalogueDisagreements(english)).toEqual([]);
    for (const f of english.functions) {
      const words = FUNCTION_HELP.en[f.id as keyof typeof FUNCTION_HELP.en];
      expect(words.description).toBe(f.description);
      expect(f.parameters.map((p) => (words.parameters as Record<string, string>)[p.name])).toEqual(f.parameters.map((p) => p.description));
    }
  });

  it("a drift between functions.ts and the words stops the localization, naming it", () => {
    const renamed = { ...english, functions: english.functions.map((f) => (f.id === "MEETS" ? { ...f, parameters: f.parameters.map((p) => (p.name === "value" ? { ...p, name: "recorded" } : p)) } : f)) };
    expect(() => localizedMetadata(renamed, "nl")).toThrow(/MEETS: parameters criterion, level, recorded, role in functions.json, criterion, level, value, role/);
    const reworded = { ...english, functions: english.functions.map((f) => (f.id === "DESCRIPTOR" ? { ...f, description: "Another text." } : f)) };
    expect(() => localizedMetadata(reworded, "fr")).toThrow(/DESCRIPTOR: description "Another text\." in the JSDoc/);
    const added = { ...english, functions: [...english.functions, { ...english.functions[0], id: "ASSISTCLASS", name: "ASSISTCLASS" }] };
    expect(() => localizedMetadata(added, "nl")).toThrow(/ASSISTCLASS: in functions.json but not in the functionHelp words/);
  });

  it("keep the help link's host: a deployment's address is kept, only the page changes", () => {
    const hosted = { ...english, functions: english.functions.map((f) => ({ ...f, helpUrl: f.helpUrl!.replace("https://localhost:3000/", "https://intranet.example.be/assistlevel/") })) };
    expect(localizedMetadata(hosted, "fr").functions[0].helpUrl).toBe("https://intranet.example.be/assistlevel/help-fr.html#assistlevel");
  });
});

describe("the help pages", () => {
  const pages = Object.values(HELP_PAGE).map((page) => [page, fs.readFileSync(path.join(root, "src/help", page), "utf8")] as const);

  it.each(pages.map(([page]) => page))("%s has no script, loads nothing, and forbids both", (page) => {
    const html = pages.find(([name]) => name === page)![1];
    expect(html).not.toMatch(/<script|<iframe|<img|<link|<object|<embed|\son[a-z]+=|javascript:|\bsrc=|@import|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  });

  it("have the same anchors, and each links to the two others", () => {
    const anchors = pages.map(([page, html]) => [page, [...html.matchAll(/ id="([a-z]+)"/g)].map((m) => m[1])]);
    for (const [, ids] of anchors) expect(ids).toEqual(anchors[0][1]);
    for (const [page, html] of pages) {
      const links = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]).sort();
      expect([page, links]).toEqual([page, Object.values(HELP_PAGE).filter((p) => p !== page).sort()]);
    }
  });
});

describe("dist/ after `npm run build`", () => {
  const dist = (name: string) => path.join(root, "dist", name);
  const read = (name: string) => {
    if (!fs.existsSync(dist(name))) throw new Error(`dist/${name} does not exist: run \`npm run build\` first (this test checks what the build emits).`);
    return fs.readFileSync(dist(name), "utf8");
  };

  it("holds functions.json, functions-nl.json and functions-fr.json, the last two the first one localized", () => {
    const built = JSON.parse(read(METADATA_FILE.en)) as FunctionsMetadata;
    for (const language of TRANSLATED_LANGUAGES) {
      expect(JSON.parse(read(METADATA_FILE[language]))).toEqual(localizedMetadata(built, language));
    }
  });

  it("holds the three help pages of src/help (the production build minifies them): their language, anchors and policy, no script", () => {
    const anchors = english.functions.map((f) => f.helpUrl!.split("#")[1]);
    for (const [language, page] of Object.entries(HELP_PAGE)) {
      const html = read(page);
      expect([page, html]).toEqual([page, expect.stringMatching(new RegExp(`<html lang="?${language}"?>`))]);
      for (const anchor of anchors) expect([page, html]).toEqual([page, expect.stringMatching(new RegExp(`<h2 id="?${anchor}"?>`))]);
      expect(html).toContain("default-src 'none'; style-src 'unsafe-inline'");
      expect(html).not.toMatch(/<script/i);
    }
  });
});
