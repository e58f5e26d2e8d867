/**
 * Proves the architecture rules in eslint.config.js actually bite: code is linted as if it lived at a given
 * path in src/ (ESLint resolves the config by file path; nothing is written into the source tree, so
 * concurrent builds and type checks never see a probe file).
 */
import path from "node:path";
import { ESLint, Linter } from "eslint";

const ROOT = path.resolve(__dirname, "..", "..");

// Loaded with require() and passed as overrideConfig: ESLint's own config loading uses dynamic import(),
// which jest's CommonJS sandbox does not support.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, "eslint.config.js")) as Linter.Config[];
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

async function ruleIds(relativePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, relativePath) });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]);
  return result.messages.map((m) => m.ruleId ?? "");
}

describe("src/core stays pure", () => {
  test.each([
    ["exceljs", 'import ExcelJS from "exceljs";\nexport const w = new ExcelJS.Workbook();\n'],
    ["react", 'import { useState } from "react";\nexport const s = useState;\n'],
    ["Fluent UI", 'import { Button } from "@fluentui/react-components";\nexport const b = Button;\n'],
    ["node:fs", 'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n'],
    ["path", 'import path from "path";\nexport const j = path.join;\n'],
    ["the task pane", 'import { App } from "../../taskpane/App";\nexport const a = App;\n'],
    ["the Excel adapter", 'import { writeLedger } from "../excel/ledger";\nexport const w = writeLedger;\n'],
    [
      "the in-memory host",
      'import { FakeHost } from "../../testing/excel-host";\nexport const h = FakeHost;\n',
    ],
  ])("importing %s from src/core is reported", async (_what, code) => {
    expect(await ruleIds("src/core/plan/__probe__.ts", code)).toContain("no-restricted-imports");
  });

  test.each([
    ["Excel", "export async function f(): Promise<void> {\n  await Excel.run(async () => undefined);\n}\n"],
    ["Office", "export const ready = Office.onReady;\n"],
    ["window", "export const w = window.location.href;\n"],
    ["document", 'export const el = document.getElementById("x");\n'],
  ])("using the %s global in src/core is reported", async (_what, code) => {
    expect(await ruleIds("src/core/__probe__.ts", code)).toContain("no-restricted-globals");
  });

  test("pure domain code in src/core passes", async () => {
    const code =
      'import type { Plan } from "./plan/types";\nexport function count(plan: Plan): number {\n  return plan.items.length;\n}\n';
    expect(await ruleIds("src/core/__probe__.ts", code)).toEqual([]);
  });
});

describe("Excel.run lives only in src/excel", () => {
  const code =
    "export async function f(): Promise<void> {\n  await Excel.run(async (context) => {\n    await context.sync();\n  });\n}\n";

  test.each(["src/taskpane/__probe__.tsx", "src/commands/__probe__.ts", "src/cli/__probe__.ts"])(
    "Excel.run in %s is reported",
    async (file) => {
      expect(await ruleIds(file, code)).toContain("no-restricted-properties");
    },
  );

  test.each([
    "src/excel/__probe__.ts",
    "src/testing/excel-host/__probe__.ts",
    "tests/excel/__probe__.test.ts",
  ])("Excel.run in %s is allowed", async (file) => {
    expect(await ruleIds(file, code)).not.toContain("no-restricted-properties");
  });
});

describe("Office.js batching rules (eslint-plugin-office-addins)", () => {
  test("reading a property that was never loaded is reported", async () => {
    const code = [
      "export async function f(): Promise<string> {",
      "  return Excel.run(async (context) => {",
      '    const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1");',
      "    await context.sync();",
      "    return String(range.values);",
      "  });",
      "}",
      "",
    ].join("\n");
    expect(await ruleIds("src/excel/__probe__.ts", code)).toContain("office-addins/load-object-before-read");
  });

  test("context.sync() inside a loop is reported", async () => {
    const code = [
      "export async function f(names: string[]): Promise<void> {",
      "  await Excel.run(async (context) => {",
      "    for (const name of names) {",
      "      context.workbook.worksheets.add(name);",
      "      await context.sync();",
      "    }",
      "  });",
      "}",
      "",
    ].join("\n");
    expect(await ruleIds("src/excel/__probe__.ts", code)).toContain("office-addins/no-context-sync-in-loop");
  });

  test("ExcelJS code in src/xlsx is not mistaken for Office.js", async () => {
    const code = [
      'import type { Worksheet } from "exceljs";',
      "export function firstCell(sheet: Worksheet): string {",
      "  const row = sheet.getRow(1);",
      "  return String(row.getCell(1).value);",
      "}",
      "",
    ].join("\n");
    const ids = await ruleIds("src/xlsx/__probe__.ts", code);
    expect(ids.filter((id) => id.startsWith("office-addins/"))).toEqual([]);
    // The same code in the Office.js adapter is checked by the plugin.
    expect(await ruleIds("src/excel/__probe__.ts", code)).toContain("office-addins/load-object-before-read");
  });
});

describe("the Excel test host (src/testing) stays out of production code", () => {
  importCases(
    "createExcelHost",
    [
      ["src/excel/__probe__.ts", "../testing/excel-host"],
      ["src/excel/apply/__probe__.ts", "../../testing/excel-host/index"],
      ["src/cli/__probe__.ts", "../testing/excel-host"],
      ["src/xlsx/__probe__.ts", "../testing"],
      ["src/taskpane/features/__probe__.tsx", "../../testing/excel-host"],
      ["src/commands/__probe__.ts", "../testing/excel-host"],
      ["src/__probe__.ts", "./testing/excel-host"],
    ],
    [
      ["src/bench/__probe__.ts", "../testing/excel-host"],
      ["src/testing/excel-host/__probe__.ts", "./index"],
      ["tests/excel/__probe__.test.ts", "../../src/testing/excel-host"],
    ],
  );

  test("a production module that merely has “testing” in its path is not reported", async () => {
    const code = 'import { createExcelHost } from "./testing-support";\nexport const h = createExcelHost;\n';
    expect(await ruleIds("src/excel/__probe__.ts", code)).toEqual([]);
  });

  test("the command line's build (tsconfig.cli.json) compiles neither the host, the bench nor tests/", () => {
    const files = compiledFiles("tsconfig.cli.json");
    expect(files.some((f) => f.startsWith(path.join("src", "cli")))).toBe(true);
    expect(files.filter((f) => /^(src[\\/](testing|bench)|tests)[\\/]/.test(f))).toEqual([]);
  });
});

describe("test code (tests/) stays out of production code", () => {
  importCases(
    "openPane",
    [
      ["src/excel/__probe__.ts", "../../tests/support/pane-page"],
      ["src/taskpane/features/import/__probe__.tsx", "../../../../tests/support/pane-page"],
      ["src/cli/__probe__.ts", "../../tests/support/run-cli"],
      ["src/core/plan/__probe__.ts", "../../../tests/support/pane-page"],
      ["src/__probe__.ts", "../tests/support/pane-page"],
    ],
    [
      ["src/bench/__probe__.ts", "../../tests/support/pane-page"],
      ["tests/browser/__probe__.test.ts", "../support/pane-page"],
    ],
  );

  test("the bench's build (tsconfig.bench.json) takes the browser-test harness and no test", () => {
    const files = compiledFiles("tsconfig.bench.json");
    expect(files).toContain(path.join("tests", "support", "pane-page.ts"));
    expect(files.filter((f) => f.startsWith("tests") && !f.endsWith("pane-page.ts"))).toEqual([]);
  });
});

/**
 * Importing `name` from each [probe file, module] of `reported` is refused by no-restricted-imports; from each of
 * `allowed`, it is not.
 */
function importCases(name: string, reported: [string, string][], allowed: [string, string][]): void {
  const importing = (from: string) => `import { ${name} } from "${from}";\nexport const probe = ${name};\n`;
  test.each(reported)("importing it from %s is reported", async (file, from) => {
    expect(await ruleIds(file, importing(from))).toContain("no-restricted-imports");
  });
  test.each(allowed)("importing it from %s is allowed", async (file, from) => {
    expect(await ruleIds(file, importing(from))).not.toContain("no-restricted-imports");
  });
}

/** The repository's own source files a tsconfig compiles (paths relative to the root). */
function compiledFiles(tsconfig: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require("typescript") as typeof import("typescript");
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, tsconfig),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  const program = ts.createProgram(parsed!.fileNames, { ...parsed!.options, noEmit: true });
  return program
    .getSourceFiles()
    .map((f) => path.relative(ROOT, f.fileName))
    .filter((f) => f.startsWith("src") || f.startsWith("tests"));
}
