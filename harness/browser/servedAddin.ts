/**
 * The built add-in served on localhost (scripts/serve.ts) and a headless Chromium
 * to open it: what every browser test starts with. The tests run on the build in
 * `dist/` (`npm test` builds it first); `ASSISTLEVEL_DIST=/some/dist` points them
 * at another build, e.g. `npx webpack --mode production --output-path /tmp/x-dist`.
 */
import * as fs from "fs";
import * as path from "path";
import { BrowserContext } from "playwright-core";
import { startServer } from "../../scripts/serve";
import { launchChromium } from "./chromium";

const repoRoot = path.resolve(__dirname, "../..");

/** The build the browser tests open. */
export const BUILT_DIST = path.resolve(process.env.ASSISTLEVEL_DIST ?? path.join(repoRoot, "dist"));

/** A served build and a browser: `url` ends in `/`; `close` stops both. */
export interface ServedAddin {
  url: string;
  pages: string[];
  context: BrowserContext;
  close(): Promise<void>;
}

/** Fails with the command to run when the build is missing, before any browser starts. */
export function requireBuild(dist = BUILT_DIST): void {
  for (const file of ["taskpane.html", "taskpane.js", "functions.js"]) {
    if (!fs.existsSync(path.join(dist, file))) {
      throw new Error(`The browser tests open the built add-in, but ${path.join(dist, file)} does not exist. Run \`npm run build\` first (\`npm test\` does), or set ASSISTLEVEL_DIST to a build folder.`);
    }
  }
}

/** Serves the build on a free localhost port and launches Chromium with a fresh profile. */
export async function startServedAddin(viewport?: { width: number; height: number }): Promise<ServedAddin> {
  requireBuild();
  const server = await startServer({ port: 0, root: BUILT_DIST });
  try {
    const browser = await launchChromium(viewport);
    return {
      url: server.url,
      pages: server.pages,
      context: browser.context,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (failure) {
    await server.close();
    throw failure;
  }
}
