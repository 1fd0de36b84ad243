import { main } from "../../src/cli/assistlevel";
import type { CliIo } from "../../src/cli/cliIo";
import { EXIT } from "../../src/cli/exitCodes";
import { MATRIX } from "../../src/domain";
import { wordsFor } from "../../src/words/words";

function captured(LANG: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: { LANG }, stderrIsTty: false };
}

describe("the batch tool's --help and --version, in the language of the environment", () => {
  it.each([
    ["nl_BE.UTF-8", "nl", "Functiefamilie Ondersteuning van het management, matrix 2026.1 van 28 november 2026"],
    ["fr_BE.UTF-8", "fr", "Famille de fonctions Soutien au management, matrice 2026.1 du 28 novembre 2026"],
    ["C", "en", "Management support function family, matrix 2026.1 of 28 November 2026"],
  ] as const)("LANG=%s: --version names the family, the matrix version and its date, the source and the rule, without the seed's hash", async (lang, language, edition) => {
    const io = captured(lang);
    expect(await main(["--version"], io)).toBe(EXIT.ok);
    const said = io.out.join("");
    expect(said).toContain(edition);
    expect(said).toContain(wordsFor(language).engine.matrixSource);
    expect(said).toContain(wordsFor(language).engine.rule);
    expect(said).not.toContain(MATRIX.seed);
  });

  it.each([
    ["nl_BE.UTF-8", "nl"],
    ["fr_FR.UTF-8", "fr"],
    ["en_GB.UTF-8", "en"],
  ] as const)("LANG=%s: evaluate --help describes the command and every option from the catalogue", async (lang, language) => {
    const io = captured(lang);
    expect(await main(["evaluate", "--help"], io)).toBe(EXIT.ok);
    const said = io.out.join("").replace(/\s+/g, " ");
    const usage = wordsFor(language).cli.usage;
    for (const words of [usage.evaluate, usage.inventory, usage.output, usage.sheet, usage.lang, usage.formulas, usage.csv, usage.force]) {
      // commander wraps long lines: compare with runs of white space made one.
      expect(said).toContain(words.replace(/\s+/g, " "));
    }
    expect(said).toContain(usage.map("staff").split("(")[0].trim());
  });
});
