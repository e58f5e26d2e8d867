/**
 * ESLint 9 flat config for Taizhang.
 *
 * Besides the usual TypeScript rules it enforces the architecture (see docs/architecture.md):
 *   - src/core/** is pure: no React, Fluent UI, ExcelJS, office.js, node fs/path/child_process, no imports from
 *     the adapters/UI (src/{excel,xlsx,taskpane,commands,cli,testing}), no Excel/Office/window/document globals;
 *   - `Excel.run` only in src/excel/** (src/testing/** and tests/** exempt);
 *   - the in-memory Excel host (src/testing/**) and the test code (tests/**, the browser-test harness
 *     tests/support/pane-page.ts included) are imported only by tests/** and src/bench/**;
 *   - Office.js batching rules from eslint-plugin-office-addins for the Office.js code (excel, taskpane, commands).
 */
"use strict";

const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const officeAddins = require("eslint-plugin-office-addins");

const NODE_GLOBALS = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  process: "readonly",
  __dirname: "readonly",
  __filename: "readonly",
  Buffer: "readonly",
  console: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setInterval: "readonly",
  clearInterval: "readonly",
  URL: "readonly",
};

/** Folders of src/ that src/core must never import from. */
const NON_CORE_DIRS = "excel|xlsx|taskpane|commands|cli|testing";

/** Test code under tests/ (the browser-test harness, fixtures, support files): of src/, only src/bench imports it. */
const TESTS_RESTRICTED_IMPORT = {
  regex: "^(\\.\\./)+tests(/|$)",
  message: "tests/（测试代码与浏览器测试工具）只供测试和 bench 使用：src/ 的产品代码不得引用。",
};

const CORE_RESTRICTED_IMPORTS = {
  paths: [
    "react",
    "react-dom",
    "exceljs",
    "office-js",
    "@microsoft/office-js",
    "fs",
    "node:fs",
    "fs/promises",
    "node:fs/promises",
    "path",
    "node:path",
    "child_process",
    "node:child_process",
  ].map((name) => ({ name, message: "src/core 是纯领域层：不得依赖界面、Office.js、ExcelJS 或文件系统。" })),
  patterns: [
    {
      regex: "^(react|react-dom|exceljs|@microsoft/office-js)/",
      message: "src/core 是纯领域层：不得依赖 React、ExcelJS 或 Office.js。",
    },
    { regex: "^@fluentui/", message: "src/core 是纯领域层：不得依赖 Fluent UI。" },
    {
      regex: `^(\\.\\./)+(${NON_CORE_DIRS})(/|$)|(^|/)src/(${NON_CORE_DIRS})(/|$)`,
      message: "src/core 不得引用适配器或界面代码（src/excel、xlsx、taskpane、commands、cli、testing）。",
    },
    TESTS_RESTRICTED_IMPORT,
  ],
};

/**
 * The in-memory Excel host (src/testing) is for the tests and the bench only: no production code imports it,
 * and the command line's build (tsconfig.cli.json) does not compile it. The same goes for tests/.
 */
const TEST_HOST_RESTRICTED_IMPORTS = {
  patterns: [
    {
      regex: "^(\\./|(\\.\\./)+)testing(/|$)|(^|/)src/testing(/|$)",
      message: "src/testing（Excel 测试宿主）只供测试和 bench 使用：产品代码不得引用。",
    },
    TESTS_RESTRICTED_IMPORT,
  ],
};

const CORE_RESTRICTED_GLOBALS = ["Excel", "Office", "OfficeExtension", "window", "document"].map((name) => ({
  name,
  message: "src/core 是纯领域层：不得使用宿主全局对象（Excel、Office、window、document）。",
}));

const OFFICE_ADDINS_RULES = {
  "office-addins/load-object-before-read": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/call-sync-after-load": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "error",
  "office-addins/test-for-null-using-isNullObject": "error",
};

module.exports = tseslint.config(
  {
    ignores: [
      "dist/**",
      "lib/**",
      "lib-bench/**",
      "test-host/**",
      "node_modules/**",
      "coverage/**",
      "out/**",
      "test-results/**",
      ".certs/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
    },
  },
  {
    // Plain JavaScript run by node: build config, scripts, the bin shim, jest config and stubs.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: NODE_GLOBALS },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: NODE_GLOBALS },
  },
  {
    // Office.js batching rules where Office.js is used. Not src/xlsx (ExcelJS's row.getCell().value would be
    // mistaken for Office.js proxy objects), nor src/core, src/cli, src/bench (no Office.js there).
    files: ["src/excel/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_ADDINS_RULES,
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.flat["recommended-latest"].rules,
  },
  {
    // Every Excel.run of the add-in lives in src/excel/**.
    files: ["**/*.{ts,tsx,js,mjs,cjs}"],
    ignores: ["src/excel/**", "src/testing/**", "tests/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "Excel",
          property: "run",
          message: "Excel.run 只能出现在 src/excel/**（Office.js 适配层）。",
        },
      ],
    },
  },
  {
    // Production code never imports the test host or tests/ (src/core has its own, stricter list below).
    files: ["src/**/*.{ts,tsx,js}"],
    ignores: ["src/testing/**", "src/bench/**", "src/core/**"],
    rules: { "no-restricted-imports": ["error", TEST_HOST_RESTRICTED_IMPORTS] },
  },
  {
    files: ["src/core/**/*.{ts,tsx,js}"],
    rules: {
      "no-restricted-imports": ["error", CORE_RESTRICTED_IMPORTS],
      "no-restricted-globals": ["error", ...CORE_RESTRICTED_GLOBALS],
    },
  },
);
