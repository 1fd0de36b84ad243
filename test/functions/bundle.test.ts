/**
 * The BUILT functions bundle (dist/functions.js from `npm run build`), loaded
 * as the shared-runtime page loads it: a fresh global with what a browser page
 * gives, a recording CustomFunctions, with and without Office. Checks that the
 * ids of dist/functions.json register and that each answers correctly.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { MATRIX_CELLS } from "../../src/domain";
import { type FakeCustomFunctions, createCustomFunctions } from "../../harness/customFunctions/customFunctionsRuntime";

const root = path.resolve(__dirname, "../..");

function readBuilt(name: string): string {
  const file = path.join(root, "dist", name);
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(root, file)} does not exist: run \`npm run build\` first (this test checks the built bundle).`);
  }
  return fs.readFileSync(file, "utf8");
}

interface Metadata {
  functions: { id: string; name: string; parameters: { name: string }[] }[];
}

/** A fake Office whose onReady calls back at once, as office.js does once the host is ready. */
function fakeOffice(displayLanguage: string): unknown {
  const info = { host: "Excel", platform: "PC" };
  return {
    context: { displayLanguage },
    onReady(callback?: (i: typeof info) => void) {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
}

/** Runs the bundle in a new context holding only browser-page globals, CustomFunctions and, if given, Office. */
function loadBundle(office?: unknown): { runtime: FakeCustomFunctions; context: vm.Context } {
  const runtime = createCustomFunctions();
  const page: Record<string, unknown> = {
    console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask,
    URL, URLSearchParams, TextEncoder, TextDecoder, atob, btoa,
    navigator: { language: "en-US", userAgent: "Mozilla/5.0 (AssistLevel bundle test)" },
    location: new URL("https://localhost:3000/taskpane.html"),
    document: { readyState: "complete", title: "AssistLevel" },
    CustomFunctions: runtime,
  };
  if (office !== undefined) page.Office = office;
  const context = vm.createContext(page);
  vm.runInContext("globalThis.window = globalThis; globalThis.self = globalThis;", context);
  vm.runInContext(readBuilt("functions.js"), context, { filename: "dist/functions.js" });
  return { runtime, context };
}

const metadata = (): Metadata => JSON.parse(readBuilt("functions.json")) as Metadata;

type Fn = (...args: unknown[]) => unknown[][];
function registered(runtime: FakeCustomFunctions, id: string): Fn {
  const fn = runtime.associated.get(id);
  if (fn === undefined) throw new Error(`${id} was not registered by dist/functions.js`);
  return fn as Fn;
}

/** One known input per function, as Excel passes it, and its answer. */
const KNOWN: { id: string; args: unknown[]; expected: unknown[][] }[] = [
  { id: "ASSISTLEVEL", args: [[[150]], [[1]], [[1]], null, null, null], expected: [["A1"]] },
  { id: "ASSISTDETAIL", args: [[[5000]], [[1]], [[1]], [[""]], null, null], expected: [["A1", "A1", "A2–A4", "A1–A2", "", "", 1, "tie, role-unknown"]] },
  { id: "ASSISTEXPLAIN", args: [[[500]], [[3]], [[2]], [["responsible"]], null, null, [["en"]]], expected: [[expect.stringMatching(/^Indicative class A3 \(misfit 0\)\. Coordination meets A3: /)]] },
  { id: "DESCRIPTOR", args: [[["advies"]], [["A3"]], [["nl"]]], expected: [[MATRIX_CELLS.advice[2].nl]] },
  { id: "MEETS", args: [[["advice"]], [["A2"]], [[1]], null], expected: [[true]] },
];

describe("dist/functions.js in a browser-like page without Office", () => {
  it("the page context has no Node globals and no Office", () => {
    const { context } = loadBundle();
    expect(vm.runInContext("[typeof require, typeof module, typeof process, typeof Buffer, typeof global, typeof Office]", context)).toEqual(
      Array(6).fill("undefined"),
    );
  });

  it("registers exactly the ids of dist/functions.json, the five functions", () => {
    const { runtime } = loadBundle();
    const ids = metadata().functions.map((f) => f.id).sort();
    expect(ids).toEqual(["ASSISTDETAIL", "ASSISTEXPLAIN", "ASSISTLEVEL", "DESCRIPTOR", "MEETS"]);
    expect([...runtime.associated.keys()].sort()).toEqual(ids);
  });

  it("dist/functions.json matches the current sources' metadata (else run `npm run build`)", () => {
    const golden = JSON.parse(fs.readFileSync(path.join(root, "harness/customFunctions/functions.json"), "utf8")) as Metadata;
    const withoutHelp = (m: Metadata): unknown => m.functions.map((f) => ({ ...f, helpUrl: undefined }));
    expect(withoutHelp(metadata())).toEqual(withoutHelp(golden));
    // The top-level options the build sets (allowErrorForDataTypeAny…), as in the golden.
    const { functions: builtFunctions, ...builtOptions } = metadata();
    const { functions: goldenFunctions, ...goldenOptions } = golden;
    expect([builtFunctions.length, builtOptions]).toEqual([goldenFunctions.length, goldenOptions]);
  });

  it.each(KNOWN)("$id answers a known input", ({ id, args, expected }) => {
    const { runtime } = loadBundle();
    const result = registered(runtime, id)(...args);
    expect(result).toEqual(expected);
  });

  it("answers a bad row with the runtime's #VALUE! error, in English", () => {
    const { runtime } = loadBundle();
    const result = registered(runtime, "ASSISTLEVEL")([[150], ["lots"]], [[1]], [[1]], null, null, null);
    expect(result[0]).toEqual(["A1"]);
    const error = result[1][0];
    expect(error).toBeInstanceOf(runtime.Error);
    expect(error).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^row 2: staff \(headcount supported\): "lots" is not a headcount\./) });
  });
});

describe("dist/functions.js with Office (display language nl-NL)", () => {
  it("registers the same ids", () => {
    const { runtime } = loadBundle(fakeOffice("nl-NL"));
    expect([...runtime.associated.keys()].sort()).toEqual(metadata().functions.map((f) => f.id).sort());
  });

  it.each(KNOWN.filter((k) => k.id !== "ASSISTEXPLAIN"))("$id still answers a known input", ({ id, args, expected }) => {
    const { runtime } = loadBundle(fakeOffice("nl-NL"));
    expect(registered(runtime, id)(...args)).toEqual(expected);
  });

  it("answers errors in Dutch", () => {
    const { runtime } = loadBundle(fakeOffice("nl-NL"));
    const result = registered(runtime, "ASSISTLEVEL")([[150], ["lots"]], [[1]], [[1]], null, null, null);
    expect(result[1][0]).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^rij 2: staff \(ondersteund personeelsaantal\): "lots" is geen personeelsaantal\./),
    });
    const mismatch = registered(runtime, "MEETS")([["advice"], ["advice"]], [["A1"], ["A2"], ["A3"]], [[1]], null);
    expect(mismatch).toEqual([[expect.objectContaining({ code: "#VALUE!", message: expect.stringContaining("De bereiken zijn niet even hoog") })]]);
  });

  it("explains in Dutch when ASSISTEXPLAIN has no language argument", () => {
    const { runtime } = loadBundle(fakeOffice("nl-NL"));
    const result = registered(runtime, "ASSISTEXPLAIN")([[150]], [[1]], [[1]], null, null, null, null);
    expect(result).toEqual([[expect.stringMatching(/^Indicatieve klasse A1 \(afwijking 0\)\./)]]);
  });
});
