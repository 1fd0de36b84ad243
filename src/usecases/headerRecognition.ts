import { LANGUAGES, normalizeText } from "../domain";
import { FILLER_WORDS, IDENTITY_WORDS, KEY_WORDS } from "./headerWords";
import { HEADER_VARIANTS, INVENTORY_INPUTS, type InventoryInput } from "./inventoryHeaders";
import { resultHeaders } from "./resultColumns";

/**
 * How a header names an input, and how sure that is: the one recogniser the
 * batch tool, browser mode and the pane share. A header is compared as
 * headerKey makes it; it then names an input
 *  - exactly (100): it is one of the input's known headers ("Personeel");
 *  - by a key word (80 + 10 when every other word is a wrapper such as
 *    "niveau", "aantal", "level", "ondersteund"; 8 less for every other word):
 *    "Aantal medewerkers" 90, "Advice level" 90, "Medewerkers Brussel" 72;
 *  - by a key word inside a compound ("Adviesniveau", "Functieklasse"): 70 (+10 / −8);
 *  - by a weak key word, one that only hints at the input ("VTE"): 55 (+10 / −8),
 *    unless a word beside it makes it sure ("FTE ondersteund": 90).
 * Scores under 50 do not count, nor do headers of more than eight words.
 */
export interface HeaderMatch {
  readonly input: InventoryInput;
  readonly score: number;
  readonly how: "exact" | "keyword";
  /** The key word found ("medewerkers"), for a keyword match. */
  readonly word?: string;
}

export const EXACT_SCORE = 100;
const STRONG = 80;
const COMPOUND = 70;
const WEAK = 55;
const CLEAN_BONUS = 10;
const PER_OTHER_WORD = 8;
/** A header of more words than this is a sentence (a title, a note), not a column header. */
const MOST_WORDS = 8;
export const LEAST_SCORE = 50;

/** A header as compared: normalized (case, accents, spaces, line breaks), without a trailing "(…)", ":" or "*". */
export function headerKey(text: string): string {
  return normalizeText(text)
    .replace(/\s*\([^()]*\)\s*$/, "")
    .replace(/[\s:*.?!]+$/, "")
    .trim();
}

const VARIANTS: ReadonlyMap<string, InventoryInput> = (() => {
  const lookup = new Map<string, InventoryInput>();
  for (const input of INVENTORY_INPUTS) for (const variant of HEADER_VARIANTS[input]) lookup.set(headerKey(variant), input);
  return lookup;
})();

/** The headers of the product's own result columns, in every language: such a column never names an input. */
const RESULT_KEYS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((language) => resultHeaders(language).map(headerKey)));

export const isResultHeader = (header: string): boolean => RESULT_KEYS.has(headerKey(header));

/** What may join a key word inside one compound word: "advies|niveau", "functie|klasse", "personeel|s|omvang". */
const COMPOUND_PARTS: ReadonlySet<string> = new Set(["niveau", "level", "aantal", "omvang", "graad", "functie", "post", "grootte", "huidige"]);

function compoundWord(token: string, words: readonly string[]): string | undefined {
  for (const word of words) {
    if (word.length < 5 || token.length <= word.length) continue;
    if (token.startsWith(word) && COMPOUND_PARTS.has(token.slice(word.length).replace(/^s(?=.)/, ""))) return word;
    if (token.endsWith(word) && COMPOUND_PARTS.has(token.slice(0, -word.length).replace(/(?<=.)s$/, ""))) return word;
  }
  return undefined;
}

const words = (key: string): string[] => key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** How strongly `header` names `input`, or undefined when it does not (under LEAST_SCORE). */
function matchFor(key: string, tokens: readonly string[], input: InventoryInput): HeaderMatch | undefined {
  if (VARIANTS.get(key) === input) return { input, score: EXACT_SCORE, how: "exact" };
  if (tokens.length > MOST_WORDS) return undefined;
  const { strong, weak, sureWith = [] } = KEY_WORDS[input];
  const weakScore = tokens.some((t) => sureWith.includes(t)) ? STRONG : WEAK;
  let best = 0;
  let word: string | undefined;
  const hits = new Set<string>();
  for (const token of tokens) {
    const strongCompound = strong.includes(token) ? undefined : compoundWord(token, strong);
    const weakCompound = strong.includes(token) || weak.includes(token) || strongCompound !== undefined ? undefined : compoundWord(token, weak);
    const score = strong.includes(token)
      ? STRONG
      : strongCompound !== undefined
        ? COMPOUND
        : weak.includes(token) || weakCompound !== undefined
          ? weakScore
          : 0;
    if (score === 0) continue;
    hits.add(token);
    if (score > best) [best, word] = [score, strongCompound ?? weakCompound ?? token];
  }
  if (best === 0) return undefined;
  const others = tokens.filter((t) => !hits.has(t) && !FILLER_WORDS.has(t) && !/^\d+$/.test(t)).length;
  const score = others === 0 ? best + CLEAN_BONUS : best - PER_OTHER_WORD * others;
  return score >= LEAST_SCORE ? { input, score, how: "keyword", word } : undefined;
}

/** The inputs a post is evaluated on: a header naming an identity (IDENTITY_WORDS) names none of them. */
const CRITERIA_INPUTS: ReadonlySet<InventoryInput> = new Set(["staff", "scope", "advice", "role", "improvement", "contacts"]);

/** The header names a person's or a post's identity ("Staff number", "Personeel nr", "Contact e-mail"), not a count or a level. */
function namesIdentity(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => IDENTITY_WORDS.has(t) && tokens[i + 1] !== "of");
}

/** Every input the header names, best first. A result column of the product's names none. */
export function headerMatches(header: string): HeaderMatch[] {
  const key = headerKey(header);
  if (key === "" || RESULT_KEYS.has(key)) return [];
  const tokens = words(key);
  const identity = namesIdentity(tokens);
  return INVENTORY_INPUTS.flatMap((input) => {
    const match = matchFor(key, tokens, input);
    // A known header (exact) stays what it is; a key word inside an identity header does not name a criterion.
    return match && !(identity && match.how === "keyword" && CRITERIA_INPUTS.has(input)) ? [match] : [];
  }).sort((a, b) => b.score - a.score);
}

/** A column recognised for an input, and why. */
export interface Recognised {
  readonly column: number;
  readonly score: number;
  readonly how: "exact" | "keyword" | "mapped" | "first";
  readonly word?: string;
}

export interface RowRecognition {
  readonly found: Partial<Record<InventoryInput, Recognised>>;
  /** Inputs two or more columns name equally well: a question for the analyst, never a guess. */
  readonly ambiguous: readonly { readonly input: InventoryInput; readonly columns: readonly number[] }[];
}

/** Inputs that only label a post (not criteria): of two equal columns the leftmost is taken, and said. */
const LABELS: ReadonlySet<InventoryInput> = new Set(["postId", "title", "currentClass"]);

/**
 * The columns of one header row (index 0 = column 1) that name each input.
 * A column counts for the input it names best; a column naming two inputs
 * equally counts for neither. Columns in `skip` (named by --map, or the
 * product's results) are left out, and so are inputs in `known`.
 */
export function recogniseRow(headers: readonly string[], skip: ReadonlySet<number>, known: ReadonlySet<InventoryInput>): RowRecognition {
  const byInput = new Map<InventoryInput, { column: number; match: HeaderMatch }[]>();
  headers.forEach((header, i) => {
    const column = i + 1;
    if (header === "" || skip.has(column)) return;
    const [top, second] = headerMatches(header).filter((m) => !known.has(m.input));
    if (!top || (second && second.score === top.score)) return;
    byInput.set(top.input, [...(byInput.get(top.input) ?? []), { column, match: top }]);
  });
  const found: Partial<Record<InventoryInput, Recognised>> = {};
  const ambiguous: { input: InventoryInput; columns: number[] }[] = [];
  for (const [input, candidates] of byInput) {
    const best = Math.max(...candidates.map((c) => c.match.score));
    const tied = candidates.filter((c) => c.match.score === best);
    const { column, match } = tied[0];
    if (tied.length > 1 && !LABELS.has(input)) ambiguous.push({ input, columns: tied.map((c) => c.column) });
    else found[input] = { column, score: match.score, how: tied.length > 1 ? "first" : match.how, ...(match.word ? { word: match.word } : {}) };
  }
  return { found, ambiguous };
}

/**
 * The headers that came nearest to naming `input` without being taken: the
 * ones sharing the most letter pairs with its known headers and key words
 * (the whole header, or one of its words). Up to three, best first. Only a
 * sheet's first NEAREST_LOOKED_AT headers are compared: a 16,384-column
 * sheet would otherwise cost seconds for a hint.
 */
export function nearestHeaders(headers: readonly string[], input: InventoryInput, taken: ReadonlySet<number>): number[] {
  const targets = targetPairs(input);
  const scored: { column: number; similarity: number }[] = [];
  let looked = 0;
  for (let i = 0; i < headers.length && looked < NEAREST_LOOKED_AT; i++) {
    const header = headers[i];
    if (header === "" || header.length > LONGEST_HEADER || taken.has(i + 1) || isResultHeader(header)) continue;
    looked++;
    const key = headerKey(header);
    const texts = [key, ...words(key)].map(letterPairs);
    const similarity = Math.max(...targets.flatMap((t) => texts.map((h) => dice(h, t))));
    if (similarity >= 0.5) scored.push({ column: i + 1, similarity });
  }
  return scored
    .sort((a, b) => b.similarity - a.similarity || a.column - b.column)
    .slice(0, 3)
    .map((s) => s.column);
}

/** A cell longer than this is a text, not a header: it is not compared letter by letter. */
const LONGEST_HEADER = 200;
const NEAREST_LOOKED_AT = 1000;

/** A text's letter pairs, sorted ("advies" → ad, dv, es, ie, vi). */
function letterPairs(text: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < text.length - 1; i++) pairs.push(text.slice(i, i + 2));
  return pairs.sort();
}

const TARGET_PAIRS = new Map<InventoryInput, string[][]>();

/** The letter pairs of the input's known headers and strong key words, made once. */
function targetPairs(input: InventoryInput): string[][] {
  let pairs = TARGET_PAIRS.get(input);
  if (!pairs) TARGET_PAIRS.set(input, (pairs = [...HEADER_VARIANTS[input], ...KEY_WORDS[input].strong].map((t) => letterPairs(headerKey(t)))));
  return pairs;
}

/** Dice coefficient of two sorted lists of letter pairs (1 = the same pairs). */
function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
