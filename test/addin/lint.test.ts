import { spawnSync } from "child_process";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const eslintBin = path.join(root, "node_modules/.bin/eslint");

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number }[];
}

/** Runs the project's eslint in a child process (its config loader needs native ESM, which jest's VM lacks). */
function eslint(args: string[], stdin?: string): LintResult[] {
  const run = spawnSync(eslintBin, ["--format", "json", ...args], { cwd: root, input: stdin, encoding: "utf8" });
  if (!run.stdout) throw new Error(`eslint produced no report: ${run.stderr}`);
  return JSON.parse(run.stdout) as LintResult[];
}

function lint(relativePath: string, code: string): string[] {
  const [result] = eslint(["--stdin", "--stdin-filename", relativePath], code);
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe("the engine stays pure (house style §1)", () => {
  it.each([
    ['import * as fs from "fs";'],
    ['import { readFileSync } from "node:fs";'],
    ['import * as React from "react";'],
    ['import { Button } from "@fluentui/react-components";'],
    ['import ExcelJS from "exceljs";'],
    ['import { assistLevel } from "../functions/functions";'],
  ])("rejects %s in src/domain", (line) => {
    const messages = lint("src/domain/probe.ts", `${line}\nexport const x = 1;\n`);
    expect(messages.some((m) => m.startsWith("no-restricted-imports"))).toBe(true);
  });

  it("rejects Office globals in src/domain", () => {
    const messages = lint("src/domain/probe.ts", "export const x = Office.context.displayLanguage;\n");
    expect(messages.some((m) => m.startsWith("no-restricted-globals"))).toBe(true);
  });

  it("allows the same import outside the engine", () => {
    const messages = lint("src/functions/probe.ts", 'import { assistLevel } from "./functions";\nexport const x = assistLevel;\n');
    expect(messages).toEqual([]);
  });

  it("the whole tree lints clean", () => {
    const problems = eslint(["src", "test", "bench", "scripts", "bin"]).flatMap((r) =>
      r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.ruleId} ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});
