import { join } from "node:path";
import { CATALOGUES, type Words } from "../../src/words/words";
import { sentencesIn, sentencesOutside } from "./sentenceScan";

type Leaf = { readonly path: string; readonly value: unknown };

/** Every leaf of a catalogue with its key path: strings, functions (called with sample arguments) and list items. */
function leaves(node: unknown, path = ""): Leaf[] {
  if (typeof node === "function") return [{ path: `${path}()`, value: node }];
  if (Array.isArray(node)) return node.flatMap((item, i) => leaves(item, `${path}[${i}]`));
  if (node !== null && typeof node === "object") return Object.keys(node).sort().flatMap((key) => leaves((node as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  return [{ path, value: node }];
}

/**
 * What a leaf says: a string as it is; a function called with one sample per
 * parameter ("‹1›", "‹2›", …). A function whose parameters are not text (a
 * list of counts) cannot take the samples: its source stands for it.
 */
function said(value: unknown): string {
  if (typeof value !== "function") return String(value);
  const samples = Array.from({ length: value.length }, (_, i) => `‹${i + 1}›`);
  try {
    return String((value as (...parts: unknown[]) => unknown)(...samples));
  } catch {
    return `source: ${value.toString()}`;
  }
}

/** The samples a sentence shows: "‹1›,‹2›". */
const carried = (text: string): string => [...new Set(text.match(/‹\d+›/g) ?? [])].sort().join(",");

const LANGUAGES = ["nl", "fr", "en"] as const;
const byPath = (words: Words): Map<string, unknown> => new Map(leaves(words).map((leaf) => [leaf.path, leaf.value]));

/**
 * Texts that are rightly the same in English and the other language: the
 * product's name, pure
 * layouts ("‹1› · ‹2›"), a list made by a shared helper from words given to it,
 * and words both languages spell alike. Any other text equal to the English
 * one is an untranslated copy.
 */
const EVERYWHERE = [
  "paneCommon.title",
  "paneEvaluate.progress()",
  "paneInventory.column()",
  "paneResults.chartLabel()",
];
const SAME_AS_ENGLISH: Readonly<Record<"nl" | "fr", readonly string[]>> = {
  nl: [...EVERYWHERE, "paneMatrix.heading", "resultColumns.band", "sheetNames.names.matrix", "summary.scenario"],
  fr: [
    ...EVERYWHERE,
    "audit.headers[0]",
    "engine.argumentGloss.contacts",
    "engine.argumentGloss.scope",
    "engine.criterionShort.contacts",
    "engine.criterionShort.coordination",
    "matrixSheet.description",
    "paneCommon.inputs.contacts",
    "paneCommon.inputs.scope",
    "summary.total",
  ],
};

describe("the catalogue of words (src/words): one per language", () => {
  const english = byPath(CATALOGUES.en);

  it.each(LANGUAGES)("%s has exactly the keys, list lengths and function arities of the others", (language) => {
    const mine = byPath(CATALOGUES[language]);
    expect([...mine.keys()]).toEqual([...english.keys()]);
    for (const [path, value] of mine) {
      const other = english.get(path);
      expect({ path, type: typeof value }).toEqual({ path, type: typeof other });
      if (typeof value === "function") expect({ path, arity: value.length }).toEqual({ path, arity: (other as () => unknown).length });
    }
  });

  it.each(LANGUAGES)("every %s entry says something, and shows the same values as the English one", (language) => {
    for (const [path, value] of byPath(CATALOGUES[language])) {
      const text = said(value);
      expect({ path, empty: text.trim() === "" }).toEqual({ path, empty: false });
      // A translation that drops the file name or the cell it was given says less than the English.
      expect({ path, carries: carried(text) }).toEqual({ path, carries: carried(said(english.get(path))) });
    }
  });

  it.each(["nl", "fr"] as const)("no %s entry is an English text left untranslated", (language) => {
    const same = [...byPath(CATALOGUES[language])].filter(([path, value]) => said(value) === said(english.get(path))).map(([path]) => path);
    expect(same.sort()).toEqual([...SAME_AS_ENGLISH[language]].sort());
  });
});

/** Where words may be written: the catalogue, the seed's matrix (descriptors verbatim, criterion names, key words) and the header words the tool reads but never says. */
const WORD_ROOMS = ["src/words/", "src/domain/matrix/", "src/usecases/inventoryHeaders.ts"];

describe("no sentence is built outside the catalogue", () => {
  it("finds a planted sentence, JSX words and a sentence template, but not an Error's message or an import", () => {
    const planted = [
      'import { x } from "../some folder with spaces/and words";',
      'const a = "The file could not be read.";',
      "const b = (name: string) => `Kan ${name} niet lezen`;",
      "const c = () => <p>Kies een bestand</p>;",
      'const d = "A1";',
      'if (a) throw new Error("the block has the wrong height");',
      "function e(x: number) { return new RangeError(`a count of ${x} is out of range`); }",
    ].join("\n");
    expect(sentencesIn("planted.tsx", planted).map((found) => found.line)).toEqual([2, 3, 4]);
  });

  it("src/ builds no sentence outside the word rooms", () => {
    expect(sentencesOutside(join(__dirname, "..", ".."), WORD_ROOMS)).toEqual([]);
  });
});
