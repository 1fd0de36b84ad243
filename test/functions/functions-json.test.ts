/**
 * Golden copy of the custom functions' metadata (functions.json), generated
 * from src/functions/functions.ts with the package the build's metadata plugin
 * uses. A change to a signature or its JSDoc changes what Excel shows (names,
 * optional arguments, ranges vs cells): it must be reviewed, then the golden
 * regenerated with UPDATE_GOLDEN=1.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import OPTIONS from "../../src/functions/metadataOptions.json";

const root = path.resolve(__dirname, "../..");
const SOURCE = path.join(root, "src/functions/functions.ts");
const GOLDEN = path.join(root, "harness/customFunctions/functions.json");
const REGENERATE = "UPDATE_GOLDEN=1 npx jest test/functions/functions-json.test.ts";

interface Parameter {
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
  type?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { dimensionality?: string; type?: string };
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

/** Parameters in order, optional ones marked with "?", as the JSDoc declares them. */
const SIGNATURES: Record<string, { functionName: string; parameters: string[] }> = {
  ASSISTLEVEL: { functionName: "assistLevel", parameters: ["staff", "scope", "advice", "role?", "improvement?", "contacts?"] },
  ASSISTDETAIL: { functionName: "assistDetail", parameters: ["staff", "scope", "advice", "role?", "improvement?", "contacts?"] },
  ASSISTEXPLAIN: { functionName: "assistExplain", parameters: ["staff", "scope", "advice", "role?", "improvement?", "contacts?", "language?"] },
  DESCRIPTOR: { functionName: "descriptor", parameters: ["criterion", "level", "language?"] },
  MEETS: { functionName: "meets", parameters: ["criterion", "level", "value", "role?"] },
};
const IDS = Object.keys(SIGNATURES);

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let metadata: Metadata;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata([SOURCE], true);
  // As the build completes it (webpack.config.js, FunctionsMetadataPlugin): the top-level options set over the generator's.
  metadata = { ...OPTIONS, ...(JSON.parse(generated.metadataJson) as Metadata), ...OPTIONS };
});

describe("functions.json", () => {
  it("is generated without errors", () => {
    expect(generated.errors).toEqual([]);
  });

  it("equals the reviewed golden copy harness/customFunctions/functions.json", () => {
    if (process.env.UPDATE_GOLDEN === "1") {
      fs.mkdirSync(path.dirname(GOLDEN), { recursive: true });
      fs.writeFileSync(GOLDEN, `${JSON.stringify(metadata, null, 2)}\n`);
    }
    if (!fs.existsSync(GOLDEN)) {
      throw new Error(`No golden file ${path.relative(root, GOLDEN)}: create it with ${REGENERATE}`);
    }
    const golden = JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as unknown;
    try {
      expect(metadata).toEqual(golden);
    } catch (difference) {
      throw new Error(
        "The generated custom-functions metadata differs from harness/customFunctions/functions.json.\n" +
          "A signature or JSDoc change alters what Excel shows and what existing workbooks call: review the change below, " +
          `then regenerate the golden with\n  ${REGENERATE}\n\n${(difference as Error).message}`,
      );
    }
  });

  it("lets errors and data-typed cells reach the functions, whose every parameter is of type any (issue 10, failure 3)", () => {
    // "All parameters with the type any or any[][] can accept errors as input values when allowErrorForDataTypeAny is set to true."
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    for (const f of metadata.functions) for (const p of f.parameters) expect([f.id, p.name, p.type]).toEqual([f.id, p.name, "any"]);
  });

  it("declares exactly the five functions", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect([...ids].sort()).toEqual([...IDS].sort());
    expect(metadata.functions.map((f) => f.name)).toEqual(ids);
  });

  it.each(IDS)("%s: parameters and optional ones as in the JSDoc", (id) => {
    const f = metadata.functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`)).toEqual(SIGNATURES[id].parameters);
  });

  it.each(IDS)("%s: every parameter and the result are matrices", (id) => {
    const f = metadata.functions.find((x) => x.id === id)!;
    expect(f.parameters.map((p) => [p.name, p.dimensionality])).toEqual(f.parameters.map((p) => [p.name, "matrix"]));
    expect(f.result.dimensionality).toBe("matrix");
  });

  it.each(IDS)("%s: has a description, parameter descriptions and a help URL with an anchor in help.html", (id) => {
    const f = metadata.functions.find((x) => x.id === id)!;
    expect(f.description).toEqual(expect.stringMatching(/\S{3}/));
    for (const p of f.parameters) expect([p.name, p.description]).toEqual([p.name, expect.stringMatching(/\S{3}/)]);
    expect(f.helpUrl).toEqual(expect.stringMatching(/^https:\/\/[^#\s]+\/help\.html#[a-z]+$/));
    const anchor = (f.helpUrl as string).split("#")[1];
    expect(fs.readFileSync(path.join(root, "src/help/help.html"), "utf8")).toContain(`id="${anchor}"`);
  });

  it("associates the five ids with functions exported from functions.ts", () => {
    const associated = generated.associate.map((a) => [a.id, a.functionName]);
    expect(associated).toEqual(IDS.map((id) => [id, SIGNATURES[id].functionName]));
    const exported = functions as unknown as Record<string, unknown>;
    for (const [, name] of associated) expect([name, typeof exported[name]]).toEqual([name, "function"]);
  });
});
