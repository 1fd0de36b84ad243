import * as fs from "fs";
import * as path from "path";
import { FAMILY_TEXT } from "../../src/domain/matrix/familyText";
import { LANGUAGES } from "../../src/domain/language";
import type { Localized } from "../../src/domain/language";

const SEED_PATH = path.resolve(__dirname, "../../docs/source/000_b3e58612e6259128.txt");
const END_MARKER = "Onderscheidende criteria";
const OPTIONAL_SUFFIX = "(facultatief)";

const rawSeed = fs.readFileSync(SEED_PATH, "utf8").normalize("NFC");

/** Collapse every run of whitespace (line breaks included) to one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The seed is a PDF extraction: a word hyphenated at a line end
 * ("informatie-\n\nuitwisseling") is one word, so the line break after a
 * trailing hyphen is dropped before whitespace is collapsed. A hyphen
 * followed by a space on the same line ("Verbeterings- en ...") is kept as is.
 */
function normalizeSeed(text: string): string {
  return collapse(text.replace(/-[ \t]*\r?\n\s*(?=\p{Ll})/gu, "-"));
}

const seedText = normalizeSeed(rawSeed.slice(0, rawSeed.indexOf(END_MARKER)));

interface SeedArea {
  title: string;
  optional: boolean;
  bullets: string[];
}

/** Parse the result areas and their bullets from the seed text itself. */
function parseSeedAreas(): SeedArea[] {
  const end = rawSeed.indexOf(END_MARKER);
  const lines = rawSeed.slice(0, end).split(/\r?\n/).map((l) => l.trim());
  const areas: SeedArea[] = [];
  let bullet: string[] | null = null;
  for (const line of lines) {
    if (/^Als \S/.test(line)) {
      const optional = line.endsWith(OPTIONAL_SUFFIX);
      const title = collapse(optional ? line.slice(0, -OPTIONAL_SUFFIX.length) : line);
      areas.push({ title, optional, bullets: [] });
      bullet = null;
      continue;
    }
    const current = areas[areas.length - 1];
    if (!current) continue;
    if (line.startsWith("•")) {
      bullet = [line.slice(1)];
    } else if (bullet && line !== "") {
      bullet.push(line);
    } else {
      continue;
    }
    // A bullet ends on the line that ends with ";" or ".".
    if (/[;.]$/.test(line)) {
      current.bullets.push(collapse(normalizeSeed(bullet.join("\n")).replace(/[;.]$/, "")));
      bullet = null;
    }
  }
  return areas;
}

const seedAreas = parseSeedAreas();

function allLocalized(): Array<[string, Localized]> {
  const out: Array<[string, Localized]> = [
    ["familyName", FAMILY_TEXT.familyName],
    ["purpose", FAMILY_TEXT.purpose],
  ];
  for (const area of FAMILY_TEXT.resultAreas) {
    out.push([`${area.key}.title`, area.title]);
    out.push([`${area.key}.description`, area.description]);
    area.exampleTasks.forEach((t, i) => out.push([`${area.key}.exampleTasks[${i}]`, t]));
  }
  return out;
}

describe("FAMILY_TEXT", () => {
  it("the seed parses into six result areas before the criteria matrix", () => {
    expect(seedAreas.map((a) => a.title)).toEqual([
      "Als coördinator",
      "Als intern adviseur",
      "Als organisator",
      "Als administratief beheerder",
      "Als contactpersoon",
      "Als kennisbeheerder",
    ]);
  });

  it("has six result areas, only the last optional, with the seed's titles in order", () => {
    const areas = FAMILY_TEXT.resultAreas;
    expect(areas).toHaveLength(6);
    expect(areas.map((a) => a.key)).toEqual([
      "coordinator",
      "internalAdvisor",
      "organiser",
      "administrativeManager",
      "contactPerson",
      "knowledgeManager",
    ]);
    expect(areas.map((a) => a.optional)).toEqual([false, false, false, false, false, true]);
    expect(seedAreas.map((a) => a.optional)).toEqual([false, false, false, false, false, true]);
    expect(areas.map((a) => a.title.nl)).toEqual(seedAreas.map((a) => a.title));
  });

  it("the Dutch purpose occurs verbatim in the seed", () => {
    expect(seedText).toContain(FAMILY_TEXT.purpose.nl);
    expect(FAMILY_TEXT.purpose.nl.startsWith("Het management adviseren")).toBe(true);
  });

  it("every Dutch title, description and example task occurs verbatim in the seed", () => {
    for (const area of FAMILY_TEXT.resultAreas) {
      expect(seedText).toContain(area.title.nl);
      expect(seedText).toContain(area.description.nl);
      for (const task of area.exampleTasks) expect(seedText).toContain(task.nl);
    }
  });

  it("each description is the sentence that follows its title in the seed", () => {
    for (const area of FAMILY_TEXT.resultAreas) {
      const heading = area.optional ? `${area.title.nl} ${OPTIONAL_SUFFIX}` : area.title.nl;
      expect(seedText).toContain(`${heading} ${area.description.nl} Voorbeelden van taken`);
    }
  });

  it("each area has as many example tasks as the seed has bullets, in the same order", () => {
    FAMILY_TEXT.resultAreas.forEach((area, i) => {
      const seedArea = seedAreas[i];
      expect(seedArea).toBeDefined();
      expect(area.exampleTasks).toHaveLength(seedArea!.bullets.length);
      expect(area.exampleTasks.map((t) => t.nl)).toEqual(seedArea!.bullets);
    });
    expect(seedAreas.map((a) => a.bullets.length)).toEqual([7, 6, 5, 7, 7, 6]);
  });

  it("every French and English text is non-empty and differs from the Dutch", () => {
    for (const [where, text] of allLocalized()) {
      for (const lang of LANGUAGES) {
        expect({ where, lang, text: text[lang].trim() }).not.toEqual({ where, lang, text: "" });
      }
      expect({ where, fr: text.fr === text.nl }).toEqual({ where, fr: false });
      expect({ where, en: text.en === text.nl }).toEqual({ where, en: false });
    }
  });
});
