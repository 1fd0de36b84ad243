/**
 * Node tests for the engine and the functions; jsdom for the task pane's components;
 * e2e for the built add-in in a real browser (needs dist/: `npm test` builds it first).
 */
const tsJest = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] };
// office-addin-mock reaches an ESM-only dependency through office-addin-manifest's index;
// its CommonJS entry avoids that (see working-without-excel.md).
const moduleNameMapper = { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" };

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: tsJest,
      moduleNameMapper,
      setupFiles: ["<rootDir>/test/support/setupCustomFunctions.ts"],
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
    },
    {
      displayName: "pane",
      testEnvironment: "jsdom",
      transform: tsJest,
      moduleNameMapper,
      setupFilesAfterEnv: ["<rootDir>/test/support/setupPane.ts"],
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      transform: tsJest,
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
