/**
 * Random cells of every kind Excel passes, as single cells and as columns of
 * mixed heights, through all five functions with random optional arguments.
 * Every result must keep the functions' contract: no throw, a rectangular
 * matrix of the documented width, only strings, finite numbers, booleans and
 * #VALUE! errors with short messages. Reproduce a failure with FUZZ_SEED=<seed>.
 */
import { CRITERIA, CRITERION_NAMES, LANGUAGES, MATRIX_CELLS, ORDINAL_DESCRIPTORS, ROLE_WORDS, isBlank } from "../../src/domain";
import { ASSISTDETAIL, ASSISTEXPLAIN, ASSISTLEVEL, DESCRIPTOR, type ExcelFunction, MEETS, isFunctionError } from "./excelCalls";
import { prng } from "../support/prng";

const SEED = Number(process.env.FUZZ_SEED || 20251128);
const TARGET = 100_000;
const MAX_MESSAGE = 2_000;
const EXCEL_MAX_TEXT = 32_767;

const rand = prng(SEED);
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];

const KEY_WORDS: string[] = [
  ...CRITERIA,
  ...CRITERIA.flatMap((c) => LANGUAGES.map((l) => CRITERION_NAMES[c][l])),
  ...Object.values(ORDINAL_DESCRIPTORS).flatMap((ds) => ds.flatMap((d) => LANGUAGES.flatMap((l) => [...d.keywords[l], d.text[l]]))),
  ...ROLE_WORDS.responsible, ...ROLE_WORDS.contributes,
  ...LANGUAGES, "nl-BE", "fr_FR", "en-GB", "de", "Nederlands", "Français", "english", "scope", "staff", "language",
];
const LEVEL_CODES = ["A1", "A2", "A3", "A4", "a2", " A3 ", "A0", "A5", "A", "A10", "1", "4", "A1–A2"];
const LONG_TEXTS = [
  "1".repeat(EXCEL_MAX_TEXT), "x".repeat(EXCEL_MAX_TEXT), " ".repeat(EXCEL_MAX_TEXT), "é".repeat(EXCEL_MAX_TEXT),
  ("1" + " 000".repeat(8191)).slice(0, EXCEL_MAX_TEXT), "😀".repeat(16383) + "x",
  ` opvolgen${" ".repeat(EXCEL_MAX_TEXT - 9)}`, `A1${"\u00a0".repeat(EXCEL_MAX_TEXT - 2)}`, "ab \n".repeat(8191) + "abc",
];
const CODE_POINTS: readonly [number, number][] = [
  [0x20, 0x7e], [0xa0, 0xff], [0x300, 0x36f], [0x2000, 0x206f], [0x4e00, 0x4e80], [0x1f600, 0x1f64f], [0xd800, 0xdfff], [0, 0x1f],
];

function unicodeText(): string {
  let text = "";
  for (let n = int(0, 30); n > 0; n--) {
    const [lo, hi] = pick(CODE_POINTS);
    const cp = int(lo, hi);
    text += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return text;
}

function numericString(): string {
  const digits = String(int(1, 9_999_999));
  const sep = pick([" ", ".", ",", "\u00a0", "\u202f", "'", ""]);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const fraction = rand() < 0.3 ? `${pick([".", ","])}${int(0, 99)}` : "";
  return `${pick(["", "", " ", "-", "+"])}${grouped}${fraction}${pick(["", "", " "])}`;
}

function errorValue(): unknown {
  const E = CustomFunctions.Error;
  const codes = CustomFunctions.ErrorCode;
  return pick<() => unknown>([
    () => new E(codes.notAvailable),
    () => new E(codes.invalidReference),
    () => new E(codes.divisionByZero),
    () => new E(codes.invalidValue, "from another function"),
    () => ({ code: "#REF!" }),
    () => ({ type: "#NUM!" }),
    () => ({ code: "" }),
    () => ({ code: 7 }),
    () => ({}),
  ])();
}

let longTexts = 0;

/** Any value Excel may put in a cell (and a few it should not). */
function anyValue(): unknown {
  switch (int(0, 13)) {
    case 0: return int(-50, 2100);
    case 1: return int(1, 4);
    case 2: return Math.round(rand() * 300_000) / 100;
    case 3: return -int(1, 1e6);
    case 4: return pick([1e300, -1e300, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1e21, Number.MIN_VALUE, -0]);
    case 5: return pick([NaN, Infinity, -Infinity]);
    case 6: return numericString();
    case 7: return unicodeText();
    case 8: { const w = pick(KEY_WORDS); return pick([w, w.toUpperCase(), ` ${w} `, w.slice(0, -1), `${w}x`]); }
    case 9: return pick(LEVEL_CODES);
    case 10: return rand() < 0.5;
    case 11: return pick([null, "", "", "   "]);
    case 12: return errorValue();
    default:
      if (rand() >= 0.05) return unicodeText();
      longTexts++;
      return pick(LONG_TEXTS);
  }
}

interface Spec {
  readonly id: string;
  readonly fn: ExcelFunction;
  readonly width: number;
  readonly required: number;
  /** A value the parameter accepts, so rows also succeed. */
  readonly plausible: readonly (() => unknown)[];
  readonly check: (x: unknown, column: number) => boolean;
}

const DESCRIPTOR_TEXTS = new Set(CRITERIA.flatMap((c) => MATRIX_CELLS[c].flatMap((cell) => LANGUAGES.map((l) => cell[l]))));
const BAND = /^(A[1-4](–A[1-4])?)?$/;
const DETAIL_CHECKS: ((x: unknown) => boolean)[] = [
  (x) => typeof x === "string" && /^A[1-4]$/.test(x),
  ...[0, 1, 2].map(() => (x: unknown) => typeof x === "string" && x !== "" && BAND.test(x)),
  ...[0, 1].map(() => (x: unknown) => typeof x === "string" && BAND.test(x)),
  (x) => typeof x === "number" && Number.isInteger(x) && x >= 0,
  (x) => typeof x === "string" && /^((tie|spread|boundary|role-unknown)(, (?!$)|$))*$/.test(x),
];
const staff = (): unknown => pick([int(1, 3000), 200, 1000, String(int(1, 3000)), "1 200"]);
const role = (): unknown => pick([null, "", "responsible", "bijdragen", "contribue", "R"]);
const descriptorValue = (n: number) => (): unknown => pick([int(1, n), `A${int(1, 4)}`, null]);
const POST = [staff, descriptorValue(4), descriptorValue(2), role, descriptorValue(3), descriptorValue(3)];
const language = (): unknown => pick([null, "", "nl", "fr", "en", "NL-be"]);

const SPECS: readonly Spec[] = [
  { id: "ASSISTLEVEL", fn: ASSISTLEVEL, width: 1, required: 3, plausible: POST, check: (x) => typeof x === "string" && /^A[1-4]$/.test(x) },
  { id: "ASSISTDETAIL", fn: ASSISTDETAIL, width: 8, required: 3, plausible: POST, check: (x, c) => DETAIL_CHECKS[c](x) },
  { id: "ASSISTEXPLAIN", fn: ASSISTEXPLAIN, width: 1, required: 3, plausible: [...POST, language], check: (x) => typeof x === "string" && /^(Indicative class|Indicatieve klasse|Classe indicative) A[1-4] /.test(x) },
  {
    id: "DESCRIPTOR", fn: DESCRIPTOR, width: 1, required: 2, check: (x) => DESCRIPTOR_TEXTS.has(x as string),
    plausible: [() => pick([...CRITERIA, "Advies", "soutien"]), () => pick(["A1", "A2", "A3", "A4", 3]), language],
  },
  {
    id: "MEETS", fn: MEETS, width: 1, required: 3, check: (x) => typeof x === "boolean",
    plausible: [() => pick(CRITERIA), () => pick(["A1", "A2", "A3", "A4", 2]), () => pick([int(1, 3), int(1, 2000), "", "A3"]), role],
  },
];

/** A short, printable account of an argument, for failure messages. */
function describeArg(arg: unknown): string {
  if (!Array.isArray(arg)) return String(arg);
  const show = (v: unknown): string =>
    typeof v === "string" ? (v.length > 30 ? `"${v.slice(0, 20)}…"(${v.length})` : JSON.stringify(v)) : isFunctionError(v) ? `Error(${v.code})` : typeof v === "number" ? String(v) : JSON.stringify(v) ?? String(v);
  return `${arg.length}×${arg[0]?.length}[${arg.slice(0, 3).map((r: unknown[]) => r.map(show).join(",")).join(";")}${arg.length > 3 ? ";…" : ""}]`;
}

/** The post functions leave a row empty ("") when its six post inputs are all blank: no post there. */
const POST_FUNCTIONS = new Set(["ASSISTLEVEL", "ASSISTDETAIL", "ASSISTEXPLAIN"]);
function blankPostRow(args: readonly unknown[], row: number): boolean {
  return args.slice(0, 6).every((arg) => {
    if (!Array.isArray(arg)) return isBlank(arg);
    const cells = arg as unknown[][];
    return isBlank(cells.length === 1 ? cells[0][0] : cells[row]?.[0]);
  });
}

interface Call {
  readonly args: unknown[];
  readonly height: number;
  readonly shapeError: boolean;
  readonly values: number;
}

function makeCall(spec: Spec): Call {
  const count = spec.plausible.length;
  const given = int(spec.required, count);
  const plausibleRate = rand() < 0.3 ? 1 : 0.4 + 0.6 * rand();
  const cellValue = (p: number): unknown => (rand() < plausibleRate ? spec.plausible[p]() : anyValue());
  const mode = rand();
  const height = mode < 0.45 ? 1 : int(1, 50);
  const args: unknown[] = [];
  let values = 0;
  for (let p = 0; p < given; p++) {
    if (p >= spec.required && rand() < 0.2) { args.push(null); continue; }
    const h = height > 1 && rand() < 0.7 ? height : 1;
    const rows: unknown[][] = [];
    for (let r = 0; r < h; r++) rows.push([cellValue(p)]);
    values += h;
    args.push(rows);
  }
  let shapeError = false;
  if (mode >= 0.85 && mode < 0.93 && given >= 2) {
    const [a, b] = [int(0, given - 1), int(0, given - 1)];
    const other = b === a ? (a + 1) % given : b;
    args[a] = Array.from({ length: 2 + int(0, 10) }, () => [cellValue(a)]);
    args[other] = Array.from({ length: (args[a] as unknown[]).length + int(1, 10) }, () => [cellValue(other)]);
    shapeError = true;
  } else if (mode >= 0.93) {
    const a = int(0, given - 1);
    args[a] = Array.from({ length: int(1, 5) }, () => Array.from({ length: int(2, 4) }, () => cellValue(a)));
    shapeError = true;
  }
  if (rand() < 0.5) while (args.length < count) args.push(null);
  const heights = args.map((a) => (Array.isArray(a) ? a.length : 1));
  return { args, height: Math.max(...heights), shapeError, values };
}

describe("fuzz: every function keeps its result contract", () => {
  it(`${TARGET} random cell values through all five functions (seed ${SEED})`, () => {
    const started = Date.now();
    const failures: string[] = [];
    let failureCount = 0;
    let values = 0;
    let cells = 0;
    let calls = 0;
    let longestMessage = 0;
    const outcomes = new Map(SPECS.map((s) => [s.id, { values: 0, errors: 0 }]));
    const fail = (call: number, spec: Spec, args: unknown[], why: string): void => {
      failureCount++;
      if (failures.length < 15) failures.push(`seed=${SEED} call #${call} ${spec.id}(${args.map(describeArg).join(", ")}): ${why}`);
    };

    while (values < TARGET || cells < TARGET) {
      const spec = SPECS[calls % SPECS.length];
      const call = makeCall(spec);
      calls++;
      values += call.values;
      const before = call.args.map((a) => (Array.isArray(a) ? a.map((r: unknown[]) => [...r]) : a));
      let result: unknown;
      try {
        result = spec.fn(...call.args);
      } catch (thrown) {
        fail(calls, spec, call.args, `threw ${thrown instanceof Error ? thrown.stack : String(thrown)}`);
        continue;
      }
      call.args.forEach((a, i) => {
        if (Array.isArray(a) && !a.every((r: unknown[], ri: number) => r.every((v, ci) => Object.is(v, (before[i] as unknown[][])[ri][ci])))) {
          fail(calls, spec, call.args, `argument ${i + 1} was modified`);
        }
      });
      if (!Array.isArray(result) || result.length === 0 || !result.every(Array.isArray)) {
        fail(calls, spec, call.args, `not a non-empty 2-D array: ${String(result)}`);
        continue;
      }
      const rows = result as unknown[][];
      const [height, width] = call.shapeError ? [1, 1] : [call.height, spec.width];
      if (rows.length !== height || rows.some((r) => r.length !== width)) {
        fail(calls, spec, call.args, `shape ${rows.length}×[${rows.map((r) => r.length)}], expected ${height}×${width}`);
      }
      rows.forEach((row, r) => {
        if (spec.width > 1 && !call.shapeError && row.some(isFunctionError) && !row.every(isFunctionError)) {
          fail(calls, spec, call.args, `row ${r + 1} mixes errors and values`);
        }
        row.forEach((x, c) => {
          cells++;
          const tally = outcomes.get(spec.id)!;
          if (isFunctionError(x)) tally.errors++;
          else tally.values++;
          const where = `row ${r + 1} column ${c + 1}`;
          if (isFunctionError(x)) {
            const m = x.message;
            longestMessage = Math.max(longestMessage, m?.length ?? 0);
            if (String(x.code) !== "#VALUE!") fail(calls, spec, call.args, `${where}: error code ${x.code}`);
            else if (typeof m !== "string" || m.length === 0 || m.length > MAX_MESSAGE) fail(calls, spec, call.args, `${where}: message of length ${m?.length}`);
            else if (m.startsWith("Unexpected failure")) fail(calls, spec, call.args, `${where}: ${m}`);
            else if (!call.shapeError && call.height > 1 && rowOfMessage(m) !== r + 1) fail(calls, spec, call.args, `${where}: message without its row: ${m.slice(0, 80)}`);
          } else if (x === "" && POST_FUNCTIONS.has(spec.id) && !call.shapeError && blankPostRow(call.args, r)) {
            // an empty result for a row that is no post: the contract
          } else if (typeof x === "number" && !Number.isFinite(x)) {
            fail(calls, spec, call.args, `${where}: number ${x}`);
          } else if (typeof x === "string" && x.length > EXCEL_MAX_TEXT) {
            fail(calls, spec, call.args, `${where}: text of ${x.length} characters`);
          } else if (!["string", "number", "boolean"].includes(typeof x) || !spec.check(x, c)) {
            fail(calls, spec, call.args, `${where}: unexpected value ${JSON.stringify(x)?.slice(0, 100)}`);
          }
        });
      });
    }

    const seconds = (Date.now() - started) / 1000;
    console.log(`fuzz seed ${SEED}: ${calls} calls, ${values} cell values, ${cells} result cells checked (${longTexts} values of ${EXCEL_MAX_TEXT} characters, longest message ${longestMessage}) in ${seconds.toFixed(1)} s`, Object.fromEntries(outcomes));
    expect({ seed: SEED, failureCount, failures }).toEqual({ seed: SEED, failureCount: 0, failures: [] });
    expect(values).toBeGreaterThanOrEqual(TARGET);
    expect(cells).toBeGreaterThanOrEqual(TARGET);
    expect(longTexts).toBeGreaterThan(50);
    // The generator must reach both paths of every function, or the run proves little.
    for (const [id, tally] of outcomes) expect({ id, values: tally.values > 1000, errors: tally.errors > 1000 }).toEqual({ id, values: true, errors: true });
  }, 300_000);
});

/** The row number a message starts with ("row 3: ", "rij 3: ", "ligne 3 : "), or null. */
function rowOfMessage(message: string): number | null {
  const match = /^(?:(?:row|rij) (\d+): |ligne (\d+) : )/.exec(message);
  return match ? Number(match[1] ?? match[2]) : null;
}
