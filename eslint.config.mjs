import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** What the pure engine may not import, whatever the layers say. */
const PURE = [
  { group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*", "exceljs", "fs", "path", "node:*", "child_process", "os"], message: "src/domain must stay pure: no Office, React, workbook or Node IO imports." },
];

/** Each layer and the path segments it may not reach, at any depth. Exported for test/lint/layers.test.ts. */
export const LAYERS = [
  { name: "words", files: ["src/words/**/*.ts"], forbidden: "^(\\.\\./)+(domain|usecases|workbook|taskpane|cli|functions|help)(/|$)", typesOnly: true, message: "The catalogue of words is the bottom layer: every room reads it, so it imports types only (import type), never a value of ours." },
  { name: "domain", files: ["src/domain/**/*.ts"], forbidden: "(^|/)(usecases|workbook|taskpane|cli|functions|help)(/|$)", message: "The domain is the innermost layer: it imports nothing of the port, the use cases, the adapters or the surfaces." },
  { name: "port", files: ["src/workbook/port.ts"], forbidden: "(^|/)(usecases|taskpane|cli|functions|package|office|fileKind|csvInventory|compoundFile|packageText)(/|$)", message: "The port knows only the domain: no use case, adapter or surface." },
  { name: "use cases", files: ["src/usecases/**/*.ts"], forbidden: "(^|/)(taskpane|cli|functions)(/|$)|(^|/)workbook/(?!port$)", message: "Use cases reach workbooks through the port (workbook/port) only, and never a surface." },
  { name: "adapters", files: ["src/workbook/**/*.ts"], ignores: ["src/workbook/port.ts"], forbidden: "(^|/)(usecases|taskpane|cli|functions)(/|$)", message: "An adapter depends on the port (and the pure domain) only: no use case or surface." },
  { name: "cli", files: ["src/cli/**/*.ts"], forbidden: "(^|/)(taskpane|functions)(/|$)", message: "No surface imports another: the CLI shares code with the pane through the use cases." },
  { name: "taskpane", files: ["src/taskpane/**/*.{ts,tsx}"], forbidden: "(^|/)(cli|functions)(/|$)", message: "No surface imports another: the pane shares code with the CLI through the use cases." },
  { name: "functions", files: ["src/functions/**/*.ts"], forbidden: "(^|/)(cli|taskpane)(/|$)", message: "No surface imports another: the custom functions stand on the domain." },
  { name: "harness", files: ["harness/**/*.ts"], forbidden: "(^|/)(test|bench)(/|$)", message: "The harness (harness/README.md) is what tests and benchmarks drive: it imports neither test/ nor bench/." },
  { name: "bench", files: ["bench/**/*.ts"], forbidden: "(^|/)test(/|$)", message: "Benchmarks do not import from test/: what they share with the tests lives in harness/." },
];

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", ".bench/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts", "harness/**/*.ts"],
    rules: {
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-ignore": true, "ts-nocheck": true, "ts-expect-error": "allow-with-description" }],
      "no-console": "error",
    },
  },
  {
    // The engine is pure: no Office globals (house style §1); its imports are ruled with the layers below.
    files: ["src/domain/**/*.ts"],
    rules: { "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window"] },
  },
  // The layers (docs/architecture.md): domain ← port ← use cases ← surfaces (cli, taskpane,
  // functions); the adapters (workbook/, but for port.ts) sit beside the use cases and
  // depend on the port and the pure domain only; no surface imports another. Outside
  // src/, tests and benchmarks share the stand-ins of harness/, which imports neither
  // test/ nor bench/, and benchmarks do not import test/. Each rule
  // matches a path segment at any depth ("../usecases/x", "../../../usecases/x").
  // test/lint/layers.test.ts plants forbidden imports and lints the tree with these rules.
  ...LAYERS.map(({ files, ignores, forbidden, typesOnly, message }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: typesOnly
      ? // typescript-eslint's version of the rule lets `import type` through (erased when compiled: no run-time arrow).
        { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ regex: forbidden, message, allowTypeImports: true }] }] }
      : { "no-restricted-imports": ["error", { patterns: [...(files[0] === "src/domain/**/*.ts" ? PURE : []), { regex: forbidden, message }] }] },
  })),
  {
    // Plain CommonJS entry points that run without a build step.
    files: ["bin/**/*.js", "bench/**/*.js", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off", "no-console": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.ts", "harness/**/*.ts"],
    rules: { "no-console": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
