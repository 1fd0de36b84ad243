import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", ".bench/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-ignore": true, "ts-nocheck": true, "ts-expect-error": "allow-with-description" }],
      "no-console": "error",
    },
  },
  {
    // The engine is pure: no Office, React, workbook or Node IO imports (house style §1).
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*", "exceljs", "fs", "path", "node:*", "child_process", "os"], message: "src/domain must stay pure: no Office, React, workbook or Node IO imports." },
            { group: ["../functions/*", "../taskpane/*", "../cli/*", "../workbook/*"], message: "The engine must not depend on its surfaces." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window"],
    },
  },
  {
    // Plain CommonJS entry points that run without a build step.
    files: ["bin/**/*.js", "bench/**/*.js", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off", "no-console": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: { "no-console": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
