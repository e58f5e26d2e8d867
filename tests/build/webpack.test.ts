/**
 * The production build: entries, office.js served from our own origin (or the CDN with OFFICE_JS=cdn),
 * hashed file names, copied assets and the manifest rewritten for deployment (ADDIN_URL).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack, { type Configuration } from "webpack";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..", "..");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

type ConfigFactory = ((env: Record<string, unknown>, argv: Record<string, unknown>) => Configuration) & {
  rewriteManifest: (xml: string, addinUrl: string | undefined) => string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configFactory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;

function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

async function build(vars: Record<string, string | undefined>): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "taizhang-build-"));
  const config = withEnv(vars, () => configFactory({}, { mode: "production" }));
  config.output = { ...config.output, path: outDir };
  config.devtool = false;
  config.context = ROOT;
  const stats = await new Promise<webpack.Stats>((resolve, reject) => {
    webpack(config, (err, result) =>
      err || !result ? reject(err ?? new Error("no stats")) : resolve(result),
    );
  });
  expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  return outDir;
}

function scriptSrcs(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
}

describe("rewriteManifest (ADDIN_URL)", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  test("rewrites every localhost URL to the deployment address and stays well-formed", () => {
    const out = configFactory.rewriteManifest(xml, "https://oa.example.gov.cn/taizhang/");
    expect(out).not.toContain("https://localhost");
    expect(out).toContain(
      '<SourceLocation DefaultValue="https://oa.example.gov.cn/taizhang/taskpane.html"/>',
    );
    expect(out).toContain("https://oa.example.gov.cn/taizhang/assets/icon-32.png");
    expect(out).toContain("<AppDomain>https://oa.example.gov.cn</AppDomain>");
    const problems: string[] = [];
    new DOMParser({ onError: (level, msg) => void problems.push(`${level}: ${msg}`) }).parseFromString(
      out,
      "text/xml",
    );
    expect(problems).toEqual([]);
  });

  test("adds the missing trailing slash, leaves the manifest alone without ADDIN_URL, rejects http", () => {
    expect(configFactory.rewriteManifest(xml, "https://oa.example.gov.cn/taizhang")).toContain(
      "https://oa.example.gov.cn/taizhang/commands.html",
    );
    expect(configFactory.rewriteManifest(xml, undefined)).toBe(xml);
    expect(() => configFactory.rewriteManifest(xml, "http://oa.example.gov.cn/")).toThrow(/HTTPS/);
  });
});

describe("production build", () => {
  let local = "";
  let cdn = "";

  // Two production builds: 82 s alone on 2 cores, over 120 s beside another jest worker — allow 5 minutes.
  beforeAll(async () => {
    local = await build({ OFFICE_JS: undefined, ADDIN_URL: "https://oa.example.gov.cn/taizhang/" });
    cdn = await build({ OFFICE_JS: "cdn", ADDIN_URL: undefined });
  }, 300_000);

  afterAll(() => {
    for (const dir of [local, cdn]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("emits both pages, office.js on our origin, the assets and the rewritten manifest", () => {
    for (const file of [
      "taskpane.html",
      "commands.html",
      "office-js/office.js",
      "office-js/excel-web-16.00.js",
      "office-js/excel-win32-16.01.js",
      "office-js/zh-cn/office_strings.js",
      "office-js/en-us/office_strings.js",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-80.png",
      "manifest.xml",
    ]) {
      expect({ file, exists: fs.existsSync(path.join(local, file)) }).toEqual({ file, exists: true });
    }
    expect(fs.existsSync(path.join(local, "office-js/office.debug.js"))).toBe(false);
    expect(fs.existsSync(path.join(local, "office-js/word-web-16.00.js"))).toBe(false);
    // office.js is copied byte for byte (not re-minified).
    expect(fs.readFileSync(path.join(local, "office-js/office.js"))).toEqual(
      fs.readFileSync(require.resolve("@microsoft/office-js/dist/office.js")),
    );
    const manifest = fs.readFileSync(path.join(local, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("https://localhost");
    expect(manifest).toContain("https://oa.example.gov.cn/taizhang/taskpane.html");
  });

  test("pages load office.js from office-js/ first, then content-hashed bundles", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const srcs = scriptSrcs(fs.readFileSync(path.join(local, page), "utf8"));
      expect(srcs[0]).toBe("office-js/office.js");
      expect(srcs.length).toBeGreaterThan(1);
      for (const src of srcs.slice(1)) {
        expect(src).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
        expect(fs.existsSync(path.join(local, src))).toBe(true);
      }
    }
    const taskpaneScripts = scriptSrcs(fs.readFileSync(path.join(local, "taskpane.html"), "utf8"));
    expect(taskpaneScripts.some((s) => s.startsWith("vendor-react."))).toBe(true);
  });

  test("OFFICE_JS=cdn references the Microsoft CDN and copies no office-js/", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const srcs = scriptSrcs(fs.readFileSync(path.join(cdn, page), "utf8"));
      expect(srcs[0]).toBe(CDN);
      expect(srcs).not.toContain("office-js/office.js");
    }
    expect(fs.existsSync(path.join(cdn, "office-js"))).toBe(false);
    expect(fs.readFileSync(path.join(cdn, "manifest.xml"), "utf8")).toContain(
      "https://localhost:3000/taskpane.html",
    );
  });
});
