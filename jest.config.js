/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/tests/support/asset-stub.js" },
  setupFiles: ["<rootDir>/tests/support/jsdom-globals.ts"],
  setupFilesAfterEnv: ["<rootDir>/tests/support/testing-library.ts"],
  testTimeout: 120000,
};
