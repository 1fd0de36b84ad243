/**
 * `npm run serve [-- --port 3001]`: the built add-in (`dist/`) and Office's own
 * office.js files on http://127.0.0.1, for the browser tests and offline demos.
 *
 * - `/` serves `dist/`; `/office-js/` serves `node_modules/@microsoft/office-js/dist/`.
 *   office.js alone never resolves `Office.onReady` offline: it loads its file
 *   mapping table and host scripts from beside itself, so the whole folder is served.
 * - The built HTML pages keep the CDN office.js URL, because Office requires an
 *   add-in listed in the store to load office.js from Microsoft's CDN. This server
 *   rewrites that one URL to the local copy as it serves a page, so the pane works
 *   with no network; the files in `dist/` are never changed.
 *
 * Files are served by `serve-static` (expressjs; already in the tree through
 * webpack-dev-server) rather than by hand: it rejects `..` paths and malformed
 * URLs, sets content types from `mime`, and handles ranges and caching headers.
 */
import * as fs from "fs";
import * as http from "http";
import { AddressInfo } from "net";
import * as path from "path";
import { parseArgs } from "util";
import serveStatic from "serve-static";

const repoRoot = path.resolve(__dirname, "..");

/** The office.js URL the built pages carry (the one the manifest and Office require). */
export const OFFICE_JS_CDN_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Where this server serves the local office.js instead. */
export const OFFICE_JS_LOCAL_PATH = "/office-js/office.js";
const OFFICE_JS_PREFIX = "/office-js/";

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one (tests). Default 3001. */
  port?: number;
  /** The folder served at `/`: the built add-in. Default `dist/` of this repository. */
  root?: string;
}

/** A running server: its base URL (ending in `/`), the HTML pages it serves, and how to stop it. */
export interface RunningServer {
  url: string;
  pages: string[];
  close(): Promise<void>;
}

/** The pages in `dist/` (top level), e.g. `taskpane.html`, `help.html`. */
export function htmlPages(dist: string): string[] {
  return fs
    .readdirSync(dist)
    .filter((name) => name.endsWith(".html"))
    .sort();
}

/** A page of `dist/` with its office.js pointed at this server's copy. */
export function withLocalOfficeJs(html: string): string {
  return html.split(OFFICE_JS_CDN_URL).join(OFFICE_JS_LOCAL_PATH);
}

/**
 * The `dist/` HTML file a request path names, or undefined when it names none.
 * `..` segments and NUL bytes name none: the result always lies inside `dist`.
 */
function htmlFileFor(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0") || decoded.split("/").includes("..")) return undefined;
  const relative = decoded.endsWith("/") ? `${decoded}index.html` : decoded;
  if (!relative.endsWith(".html")) return undefined;
  const file = path.resolve(dist, `.${relative}`);
  if (!file.startsWith(dist + path.sep)) return undefined;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

function notFound(response: http.ServerResponse): void {
  response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
  response.end("Not found\n");
}

/**
 * Starts the server on 127.0.0.1. Throws when `dist/` or the office.js package is
 * missing, naming the command that makes it.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dist = path.resolve(options.root ?? path.join(repoRoot, "dist"));
  const officeJs = path.join(repoRoot, "node_modules/@microsoft/office-js/dist");
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    throw new Error(`${path.join(dist, "taskpane.html")} does not exist: build the add-in first (npm run build).`);
  }
  if (!fs.existsSync(path.join(officeJs, "office.js"))) {
    throw new Error(`${path.join(officeJs, "office.js")} does not exist: install the dev dependencies first (npm ci).`);
  }
  const staticOptions = { index: false, dotfiles: "ignore", fallthrough: true, redirect: false } as const;
  const serveDist = serveStatic(dist, staticOptions);
  const serveOfficeJs = serveStatic(officeJs, staticOptions);

  const server = http.createServer((request, response) => {
    const failed = (failure?: unknown) => {
      if (failure === undefined) return notFound(response);
      console.error(`serve: ${request.url}: ${failure instanceof Error ? failure.message : String(failure)}`);
      response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Internal server error\n");
    };
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" });
      response.end();
      return;
    }
    const { pathname, search } = new URL(request.url ?? "/", "http://127.0.0.1");
    if (pathname.startsWith(OFFICE_JS_PREFIX)) {
      request.url = pathname.slice(OFFICE_JS_PREFIX.length - 1) + search;
      serveOfficeJs(request, response, failed);
      return;
    }
    if (pathname === "/" && !fs.existsSync(path.join(dist, "index.html"))) {
      response.writeHead(302, { Location: "/taskpane.html" });
      response.end();
      return;
    }
    if (pathname === "/favicon.ico") {
      // Browsers ask for /favicon.ico by convention; Office never shows it. The
      // add-in's own icon answers, so a browser run logs no 404 for it.
      request.url = "/assets/icon-32.png";
      serveDist(request, response, failed);
      return;
    }
    const page = htmlFileFor(dist, pathname);
    if (page) {
      const body = withLocalOfficeJs(fs.readFileSync(page, "utf8"));
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      response.end(request.method === "HEAD" ? undefined : body);
      return;
    }
    serveDist(request, response, failed);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3001, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    pages: htmlPages(dist),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((failure) => (failure ? reject(failure) : resolve()));
      }),
  };
}

/** What the known pages are, for the start-up listing. */
const PAGE_ROLES: Record<string, string> = {
  "index.html": "browser mode: the pane without Excel",
  "taskpane.html": "the page Excel opens; in a plain browser it runs outside Office",
  "help.html": "the functions' help",
};

function portFromArgs(args: string[]): number {
  const { values } = parseArgs({ args, options: { port: { type: "string", default: "3001" } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port ${values.port}: expected a whole number from 0 to 65535.`);
  }
  return port;
}

async function main(): Promise<void> {
  const server = await startServer({ port: portFromArgs(process.argv.slice(2)) });
  console.log(`Serving dist/ and office.js on ${server.url} (Ctrl+C stops)`);
  for (const page of server.pages) console.log(`  ${server.url}${page}${PAGE_ROLES[page] ? `  (${PAGE_ROLES[page]})` : ""}`);
  console.log(`  ${server.url}${OFFICE_JS_LOCAL_PATH.slice(1)}  (Office's office.js, in place of the CDN copy)`);
}

if (require.main === module) {
  main().catch((failure: unknown) => {
    console.error(failure instanceof Error ? failure.message : failure);
    process.exit(1);
  });
}
