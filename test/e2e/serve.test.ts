/**
 * The local server of `npm run serve`: what it serves, with which content type,
 * the offline office.js rewrite, and that no path reaches outside its folders.
 * Runs on a small dist/ of its own, so it needs no build.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { OFFICE_JS_CDN_URL, RunningServer, startServer, withLocalOfficeJs } from "../../scripts/serve";

/** A raw GET, so paths like `/../x` reach the server as written (fetch would normalise them). */
function get(base: string, rawPath: string): Promise<{ status: number; type: string | undefined; body: string; location?: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.get({ hostname, port, path: rawPath }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          type: response.headers["content-type"],
          body: Buffer.concat(chunks).toString("utf8"),
          location: response.headers.location,
        }),
      );
    });
    request.on("error", reject);
  });
}

describe("npm run serve", () => {
  let folder: string;
  let server: RunningServer;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "assistlevel-serve-"));
    const dist = path.join(folder, "dist");
    fs.mkdirSync(path.join(dist, "assets"), { recursive: true });
    fs.writeFileSync(path.join(dist, "taskpane.html"), `<script src="${OFFICE_JS_CDN_URL}"></script><div id="container"></div>`);
    fs.writeFileSync(path.join(dist, "taskpane.js"), "window.pane = 1;");
    fs.writeFileSync(path.join(dist, "taskpane.js.map"), "{}");
    fs.writeFileSync(path.join(dist, "functions.json"), "{}");
    fs.writeFileSync(path.join(dist, "manifest.xml"), "<OfficeApp/>");
    fs.writeFileSync(path.join(dist, "style.css"), "body{}");
    fs.writeFileSync(path.join(dist, "engine.wasm"), Buffer.from([0, 97, 115, 109]));
    fs.writeFileSync(path.join(dist, "assets", "icon-32.png"), Buffer.from([137, 80, 78, 71]));
    fs.writeFileSync(path.join(folder, "secret.txt"), "outside dist");
    fs.writeFileSync(path.join(folder, "secret.html"), "outside dist");
    server = await startServer({ port: 0, root: dist });
  });

  afterAll(async () => {
    await server.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("listens on 127.0.0.1 and lists the HTML pages of dist/", () => {
    expect(new URL(server.url).hostname).toBe("127.0.0.1");
    expect(server.pages).toEqual(["taskpane.html"]);
  });

  it("serves taskpane.html with office.js pointed at the local copy", async () => {
    const page = await get(server.url, "/taskpane.html");
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.body).toContain('src="/office-js/office.js"');
    expect(page.body).not.toContain("appsforoffice.microsoft.com");
  });

  it.each([
    ["/taskpane.js", /^application\/javascript/],
    ["/taskpane.js.map", /^application\/json/],
    ["/functions.json", /^application\/json/],
    ["/manifest.xml", /^application\/xml/],
    ["/style.css", /^text\/css/],
    ["/engine.wasm", /^application\/wasm/],
    ["/assets/icon-32.png", /^image\/png/],
    ["/office-js/office.js", /^application\/javascript/],
    ["/office-js/o15apptofilemappingtable.js", /^application\/javascript/],
  ])("serves %s as %s", async (file, type) => {
    const response = await get(server.url, file);
    expect(response.status).toBe(200);
    expect(response.type).toMatch(type);
  });

  it("answers 404 for files that do not exist", async () => {
    expect((await get(server.url, "/nothing.js")).status).toBe(404);
    expect((await get(server.url, "/nothing.html")).status).toBe(404);
    expect((await get(server.url, "/office-js/nothing.js")).status).toBe(404);
  });

  it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/assets/../../secret.txt", "/office-js/../../../../package.json", "/office-js/..%2f..%2f..%2f..%2fpackage.json", "/..%5csecret.txt", "/..%2fsecret.html", "/%2e%2e/secret.html", "/assets/%2e%2e%2f%2e%2e%2fsecret.html", "/..%5csecret.html"])(
    "does not serve %s from outside its folders",
    async (rawPath) => {
      const response = await get(server.url, rawPath);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.body).not.toContain("outside dist");
      expect(response.body).not.toContain('"name": "assistlevel"');
    },
  );

  it("sends / to the task pane when dist/ has no index.html", async () => {
    const response = await get(server.url, "/");
    expect(response.status).toBe(302);
    expect(response.location).toBe("/taskpane.html");
  });

  it("refuses to start without a built dist/, naming the build command", async () => {
    await expect(startServer({ port: 0, root: path.join(folder, "missing") })).rejects.toThrow(/npm run build/);
  });

  it("rewrites every occurrence of the CDN URL and nothing else", () => {
    expect(withLocalOfficeJs(`a ${OFFICE_JS_CDN_URL} b ${OFFICE_JS_CDN_URL}`)).toBe("a /office-js/office.js b /office-js/office.js");
    expect(withLocalOfficeJs("https://example.org/office.js")).toBe("https://example.org/office.js");
  });
});
