import { mkdirSync } from "fs";
import { resolve } from "path";
import { HOSTILE_CASES, writeHostileCorpus } from "../../test/hostile/hostileCorpus";

/**
 * Writes the hostile-file corpus (test/hostile/hostileCorpus.ts) into a
 * folder, to try the batch tool or browser mode on by hand:
 *   npx ts-node --transpile-only scripts/hostile/makeHostileCorpus.ts [folder]
 * The tests make the same files in a temporary folder on every run.
 */
async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? "hostile-corpus");
  mkdirSync(folder, { recursive: true });
  const written = await writeHostileCorpus(folder);
  for (const hostile of HOSTILE_CASES) process.stdout.write(`${written.get(hostile.name)}  (exit ${hostile.exits.join(" or ")})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
