/**
 * Debian's Chromium driven by playwright-core, for the browser runs of the built
 * pane. `npx playwright install` downloads a browser and cannot run here, so the
 * system browser is used (`.ci/run` installs it; see working-without-excel.md).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BrowserContext, chromium } from "playwright-core";

/** Where `.ci/run` (scripts/install-system-packages.sh) puts Debian's `chromium`. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags measured on this kind of machine: no sandbox (CI runs as root), no GPU,
 * and none of Chromium's own background traffic (updates, sync, first-run pages),
 * so every request a test sees comes from the page.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A headless Chromium with a fresh profile; `close` ends it and deletes the profile. */
export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a new, empty user-data-dir, in English (the
 * pane outside Office speaks the browser's language). Fails clearly when Chromium is missing.
 */
export async function launchChromium(viewport = { width: 420, height: 760 }, locale = "en-US"): Promise<LaunchedChromium> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} does not exist: install Debian's chromium (bash scripts/install-system-packages.sh) or set CHROMIUM_PATH.`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "assistlevel-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
