/* eslint-disable no-undef */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");

/** Where the add-in's files are served. A build setting: ADDIN_HOST_URL=https://intranet.example/assistlevel/ */
const urlDev = "https://localhost:3000/";
const urlHost = (process.env.ADDIN_HOST_URL || urlDev).replace(/\/?$/, "/");
const atHost = (text) => text.split(urlDev).join(urlHost);

/** The TypeScript module that makes the Dutch and French metadata, and the words it reads (watched by the dev server). */
const LOCALIZER = path.join(__dirname, "scripts/localizedMetadata.ts");
const LOCALIZER_INPUTS = [LOCALIZER, ...["en", "nl", "fr", "sections"].map((folder) => path.join(__dirname, "src/words", folder, "functionHelp.ts"))];

/** Loads the localizer through ts-node (transpile only), afresh on each compilation so that a watched edit is seen. */
function loadLocalizer() {
  if (!loadLocalizer.registered) {
    require("ts-node").register({ transpileOnly: true, project: path.join(__dirname, "tsconfig.json") });
    loadLocalizer.registered = true;
  }
  const src = path.join(__dirname, "src") + path.sep;
  for (const key of Object.keys(require.cache)) if (key.startsWith(src)) delete require.cache[key];
  return require(LOCALIZER);
}

/**
 * Completes the generated functions.json: its help URLs point at the host, and
 * the top-level options the generator cannot emit are set from
 * src/functions/metadataOptions.json (`allowErrorForDataTypeAny`: Microsoft
 * documents it for hand-written metadata only; see src/functions/cellInput.ts).
 * Then writes the same metadata in Dutch and French beside it (functions-nl.json,
 * functions-fr.json; see scripts/localizedMetadata.ts), which the manifest's
 * locale overrides serve.
 */
class FunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) return;
        const options = JSON.parse(require("fs").readFileSync(path.join(__dirname, "src/functions/metadataOptions.json"), "utf8"));
        const metadata = { ...options, ...JSON.parse(atHost(asset.source.source().toString())), ...options };
        compilation.updateAsset("functions.json", new sources.RawSource(`${JSON.stringify(metadata, null, 4)}\n`));
        for (const file of LOCALIZER_INPUTS) compilation.fileDependencies.add(file);
        try {
          const { localizedMetadata, METADATA_FILE, TRANSLATED_LANGUAGES } = loadLocalizer();
          for (const language of TRANSLATED_LANGUAGES) {
            const localized = localizedMetadata(metadata, language);
            compilation.emitAsset(METADATA_FILE[language], new sources.RawSource(`${JSON.stringify(localized, null, 4)}\n`));
          }
        } catch (failure) {
          compilation.errors.push(new compiler.webpack.WebpackError(`Localized functions metadata: ${failure.message}`));
        }
      });
    });
  }
}

/**
 * HTTPS for the dev server with Office's developer certificates. On Linux the
 * package cannot add its CA to a system trust store (it shells out to sudo and a
 * Windows/Mac tool); the certificates it generated are then used as they are and
 * the browser must be told to trust ~/.office-addin-dev-certs/ca.crt.
 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (failure) {
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(dir, name);
    if (!fs.existsSync(file("localhost.key"))) throw failure;
    console.warn(`[assistlevel] ${failure.message.trim()}\n[assistlevel] Serving with the untrusted certificates in ${dir}; trust ca.crt in your browser to load the add-in.`);
    return { ca: fs.readFileSync(file("ca.crt")), key: fs.readFileSync(file("localhost.key")), cert: fs.readFileSync(file("localhost.crt")) };
  }
}

module.exports = async (env, options) => {
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/runtime.ts",
      // Browser mode's worker: ExcelJS and the workbook, out of the pane's bundle (loaded by URL, see inventoryWorkerConnector.ts).
      inventoryWorker: { import: "./src/taskpane/browser/worker/inventoryWorker.ts", chunkLoading: false },
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      // Browser mode (no Excel): the same pane bundle without office.js, under a Content-Security-Policy
      // that keeps every request on the page's origin. taskpane.html stays as Office needs it.
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/taskpane/browser.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The formula help in each language; each functions*.json's helpUrl names its language's page.
          { from: "src/help/help.html", to: "help.html" },
          { from: "src/help/help-nl.html", to: "help-nl.html" },
          { from: "src/help/help-fr.html", to: "help-fr.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => atHost(content.toString()) },
        ],
      }),
    ],
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          static: false,
        }
      : undefined,
  };
};
