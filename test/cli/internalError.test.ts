import { join } from "path";
import { failure, main } from "../../src/cli/assistlevel";
import type { CliIo } from "../../src/cli/cliIo";
import { EXIT, UsageError } from "../../src/cli/exitCodes";
import { Stop } from "../../src/usecases/stop";
import { SAMPLE_XLSX, tempFolder } from "./cliHarness";

// A defect deep in the use cases, to see how the command reports what it did not expect.
jest.mock("../../src/usecases/evaluateWorkbook", () => ({
  evaluateWorkbook: () => Promise.reject(new TypeError("boom: cannot read properties of undefined")),
}));

function captured(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: { LANG: "C" }, stderrIsTty: false };
}

describe("errors out of the command", () => {
  it("reports any other exception as an internal error with its stack, exit 3, never swallowed", async () => {
    const io = captured();
    const code = await main(["evaluate", SAMPLE_XLSX, "-o", join(tempFolder(), "out.xlsx")], io);
    expect(code).toBe(EXIT.internal);
    const stderr = io.err.join("");
    expect(stderr).toMatch(/^internal error: TypeError: boom: cannot read properties of undefined\n\s+at /);
    expect(io.out).toEqual([]);
  });

  it("prints a UsageError or a Stop as it is, exit 2", () => {
    const io = captured();
    expect(failure(new UsageError("Cannot read x.xlsx: no such file."), io)).toBe(EXIT.usage);
    expect(failure(new Stop("foreignSheet", "Nothing was written: a sheet named \"Summary\" already exists."), io)).toBe(EXIT.usage);
    expect(io.err).toEqual(["Cannot read x.xlsx: no such file.\n", 'Nothing was written: a sheet named "Summary" already exists.\n']);
  });

  it("reports a thrown non-Error too", () => {
    const io = captured();
    expect(failure("a string", io)).toBe(EXIT.internal);
    expect(io.err.join("")).toMatch(/^internal error: a string\n/);
  });
});
