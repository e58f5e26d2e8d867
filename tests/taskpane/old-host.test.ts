/** @jest-environment jsdom */
/**
 * Old hosts (Internet Explorer 11, EdgeHTML): the guard in taskpane.html is ES5 — parsed here with acorn at
 * ecmaVersion 5 — and, where the pane's syntax is missing, shows a Chinese message instead of a blank pane.
 */
import { parse } from "acorn";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const TEMPLATE = resolve(__dirname, "../../src/taskpane/taskpane.html");
const BUILT = resolve(__dirname, "../../dist/taskpane.html");

function guardOf(html: string): string {
  const m = /<script id="?taizhang-old-host-guard"?>([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error("no old-host guard in taskpane.html");
  return m[1];
}

const guard = guardOf(readFileSync(TEMPLATE, "utf8"));

function runGuard(): void {
  // Indirect eval: the guard runs as a classic script in the page's global scope.
  (0, eval)(guard);
}

describe("the old-host guard", () => {
  it("is ES5: acorn parses it with ecmaVersion 5", () => {
    expect(() => parse(guard, { ecmaVersion: 5 })).not.toThrow();
  });

  it("bites: ES2020 syntax does not parse as ES5", () => {
    expect(() => parse("var a = {}; a?.b;", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("let a = 1;", { ecmaVersion: 5 })).toThrow();
    expect(() => parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  it("the built taskpane.html carries it unchanged (ES5 after minification)", () => {
    if (!existsSync(BUILT) || !readFileSync(BUILT, "utf8").includes("taizhang-old-host-guard")) {
      console.warn("dist/taskpane.html not built with the guard: checked the template only");
      return;
    }
    const built = guardOf(readFileSync(BUILT, "utf8"));
    expect(() => parse(built, { ecmaVersion: 5 })).not.toThrow();
    expect(built).toContain("此版本的 Office 无法运行台账任务窗格");
  });

  describe("in a page", () => {
    const RealFunction = globalThis.Function;
    beforeEach(() => {
      document.body.innerHTML = '<div id="container"></div>';
      delete (window as { taizhangOldHost?: boolean }).taizhangOldHost;
    });
    afterEach(() => {
      globalThis.Function = RealFunction;
      document.body.innerHTML = "";
    });

    it("an IE11-like engine (no ?.): the Chinese message with a next step, not a blank pane", () => {
      // As in Internet Explorer 11: compiling code with ?. or ?? throws a SyntaxError.
      const ieFunction = function (this: unknown, ...args: string[]) {
        if (args.some((a) => a.includes("?.") || a.includes("??")))
          throw new SyntaxError("Expected identifier");
        return RealFunction(...args);
      } as unknown as FunctionConstructor;
      globalThis.Function = ieFunction;
      runGuard();
      const container = document.getElementById("container")!;
      expect(container.querySelector("h1")?.textContent).toBe("此版本的 Office 无法运行台账任务窗格");
      expect(container.textContent).toContain("下一步：");
      expect(container.textContent).toContain("Excel 网页版");
      expect((window as { taizhangOldHost?: boolean }).taizhangOldHost).toBe(true);
    });

    it("an engine without Promise (IE11 before any polyfill): the message too", () => {
      const saved = globalThis.Promise;
      (globalThis as { Promise?: unknown }).Promise = undefined;
      try {
        runGuard();
      } finally {
        globalThis.Promise = saved;
      }
      expect(document.getElementById("container")!.textContent).toContain(
        "此版本的 Office 无法运行台账任务窗格",
      );
    });

    it("a modern engine: the guard leaves the pane alone", () => {
      runGuard();
      expect(document.getElementById("container")!.innerHTML).toBe("");
      expect((window as { taizhangOldHost?: boolean }).taizhangOldHost).toBeUndefined();
    });
  });
});
