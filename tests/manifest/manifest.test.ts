/**
 * Offline checks of manifest.xml (the online validator needs the internet, which users' intranets lack).
 */
import fs from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..", "..");
// TAIZHANG_MANIFEST lets a mutated copy be checked (to confirm these tests fail when the manifest breaks).
const MANIFEST_PATH = process.env.TAIZHANG_MANIFEST ?? path.join(ROOT, "manifest.xml");
const ADDIN_ID = "f43afb75-b52b-4e33-9efc-3b7b0b705444";
const DEV_ORIGIN = "https://localhost:3000";

/** TaskPaneApp children in schema order (office-js-docs-pr: develop/manifest-element-ordering.md). */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];
const OFFICE_APP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];
/** Orders inside VersionOverrides V1_0 that this manifest uses. */
const NESTED_ORDER: Record<string, string[]> = {
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["OverriddenByRibbonApi", "Label", "Icon", "Control"],
  Control: ["OverriddenByRibbonApi", "Label", "Supertip", "Icon", "Action", "Enabled", "Items"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title", "FunctionName"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

function parseXml(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  if (problems.length > 0) throw new Error(`manifest.xml is not well-formed:\n${problems.join("\n")}`);
  return doc as unknown as Document;
}

const xml = fs.readFileSync(MANIFEST_PATH, "utf8");
const doc = parseXml(xml);
const root = doc.documentElement as unknown as Element;

function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) out.push(node as Element);
  }
  return out;
}

function all(el: Element = root): Element[] {
  return children(el).flatMap((child) => [child, ...all(child)]);
}

function byName(localName: string): Element[] {
  return all().filter((el) => el.localName === localName);
}

function only(localName: string, scope: Element = root): Element {
  const found = children(scope).filter((el) => el.localName === localName);
  expect(found).toHaveLength(1);
  return found[0];
}

function expectInOrder(el: Element, order: string[]): void {
  const names = children(el).map((c) => c.localName ?? "");
  for (const name of names) expect(order).toContain(name);
  const positions = names.map((n) => order.indexOf(n));
  const sorted = [...positions].sort((a, b) => a - b);
  expect({ element: el.localName, children: names, positions }).toEqual({
    element: el.localName,
    children: names,
    positions: sorted,
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(buf.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The assets/ file behind a dev URL like https://localhost:3000/assets/icon-32.png. */
function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}/assets/`)).toBe(true);
  return path.join(ROOT, url.slice(`${DEV_ORIGIN}/`.length));
}

describe("manifest.xml structure", () => {
  test("is a TaskPaneApp OfficeApp", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("TaskPaneApp");
  });

  test("top-level elements are in the mandatory schema order and required ones are present", () => {
    expectInOrder(root, OFFICE_APP_ORDER);
    const names = children(root).map((c) => c.localName);
    for (const required of OFFICE_APP_REQUIRED) expect(names).toContain(required);
    expect(new Set(names).size).toBe(names.length);
  });

  test("VersionOverrides children follow the schema order", () => {
    let checked = 0;
    for (const el of all()) {
      const order = el.localName ? NESTED_ORDER[el.localName] : undefined;
      // Description/Title also occur as leaf elements elsewhere; only check elements that have children.
      if (order && children(el).length > 0) {
        expectInOrder(el, order);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(8);
  });

  test("Id is the stable add-in GUID and the version is 0.1.0.0", () => {
    expect(only("Id").textContent).toBe(ADDIN_ID);
    expect(only("Version").textContent).toBe("0.1.0.0");
  });

  test("targets Excel workbooks with ReadWriteDocument permission", () => {
    expect(children(only("Hosts")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(only("Permissions").textContent).toBe("ReadWriteDocument");
    expect(only("SourceLocation", only("DefaultSettings")).getAttribute("DefaultValue")).toBe(
      `${DEV_ORIGIN}/taskpane.html`,
    );
  });

  test("requires ExcelApi 1.7", () => {
    const sets = only("Sets", only("Requirements"));
    const excelApi = children(sets).filter((s) => s.getAttribute("Name") === "ExcelApi");
    expect(excelApi).toHaveLength(1);
    expect(excelApi[0].getAttribute("MinVersion")).toBe("1.7");
  });

  test("the ribbon has a 台账 group: 打开台账 (ShowTaskpane) and 刷新汇总 (ExecuteFunction refreshSummary)", () => {
    const XSI = "http://www.w3.org/2001/XMLSchema-instance";
    const strings = new Map(
      byName("String").map((s) => [s.getAttribute("id"), s.getAttribute("DefaultValue")]),
    );
    const group = byName("Group")[0];
    expect(strings.get(only("Label", group).getAttribute("resid"))).toBe("台账");
    const buttons = children(group).filter((c) => c.localName === "Control");
    expect(buttons.map((b) => [b.getAttribute("id"), b.getAttributeNS(XSI, "type")])).toEqual([
      ["Taizhang.ShowTaskpane", "Button"],
      ["Taizhang.RefreshSummary", "Button"],
    ]);
    const [open, refresh] = buttons;
    expect(strings.get(only("Label", open).getAttribute("resid"))).toBe("打开台账");
    expect(only("Action", open).getAttributeNS(XSI, "type")).toBe("ShowTaskpane");
    expect(strings.get(only("Label", refresh).getAttribute("resid"))).toBe("刷新汇总");
    const action = only("Action", refresh);
    expect(action.getAttributeNS(XSI, "type")).toBe("ExecuteFunction");
    expect(only("FunctionName", action).textContent).toBe("refreshSummary");
    expect(strings.get(only("Description", only("Supertip", refresh)).getAttribute("resid"))).toMatch(
      /部门汇总/,
    );
  });

  test("ExecuteFunction buttons name a function the function file associates", () => {
    const source = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const names = byName("FunctionName").map((f) => f.textContent ?? "");
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(source).toContain(`Office.actions.associate("${name}"`);
    expect(only("FunctionFile", byName("DesktopFormFactor")[0]).getAttribute("resid")).toBe("Commands.Url");
  });
});

describe("manifest.xml URLs", () => {
  test("every URL in an attribute or text node is HTTPS", () => {
    const urls: string[] = [];
    for (const el of all()) {
      for (let i = 0; i < el.attributes.length; i++) {
        const attr = el.attributes.item(i);
        if (attr && /^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value) && !attr.name.startsWith("xmlns")) {
          urls.push(attr.value);
        }
      }
      const text = children(el).length === 0 ? (el.textContent ?? "").trim() : "";
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) urls.push(text);
    }
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  test("the URL-bearing elements all carry an HTTPS URL", () => {
    const urlElements = [
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((n) => only(n)),
      ...byName("SourceLocation").filter((el) => el.hasAttribute("DefaultValue")),
      ...byName("Image").filter((el) => el.hasAttribute("id")),
      ...byName("Url"),
    ];
    expect(urlElements.length).toBeGreaterThanOrEqual(9);
    for (const el of urlElements) expect(el.getAttribute("DefaultValue")).toMatch(/^https:\/\/[^/]+\//);
    for (const domain of byName("AppDomain")) expect(domain.textContent).toMatch(/^https:\/\//);
  });
});

describe("manifest.xml resources", () => {
  const defined = all()
    .filter((el) => ["Image", "Url", "String"].includes(el.localName ?? "") && el.hasAttribute("id"))
    .map((el) => el.getAttribute("id") ?? "");
  const used = all()
    .filter((el) => el.hasAttribute("resid"))
    .map((el) => el.getAttribute("resid") ?? "");

  test("resource ids are unique and at most 32 characters", () => {
    expect(defined.length).toBeGreaterThan(0);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of [...defined, ...used]) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("every resid used is defined and every defined resource is used", () => {
    expect([...new Set(used)].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.includes(id))).toEqual([]);
  });
});

describe("manifest.xml localisation", () => {
  test("default locale is zh-CN", () => {
    expect(only("DefaultLocale").textContent).toBe("zh-CN");
  });

  test("DisplayName, Description and every bt:String have an en-US override", () => {
    const localised = [only("DisplayName"), only("Description"), ...byName("String")];
    expect(localised.length).toBeGreaterThanOrEqual(4);
    for (const el of localised) {
      expect(el.getAttribute("DefaultValue")).toMatch(/[\u4e00-\u9fff]/);
      const overrides = children(el).filter(
        (c) => c.localName === "Override" && c.getAttribute("Locale") === "en-US",
      );
      expect({ id: el.getAttribute("id") ?? el.localName, overrides: overrides.length }).toEqual({
        id: el.getAttribute("id") ?? el.localName,
        overrides: 1,
      });
      expect((overrides[0].getAttribute("Value") ?? "").trim()).not.toBe("");
    }
  });
});

describe("manifest.xml icons", () => {
  test("IconUrl is a 32 px PNG and HighResolutionIconUrl a 64 or 80 px PNG in assets/", () => {
    expect(pngSize(assetFile(only("IconUrl").getAttribute("DefaultValue") ?? ""))).toEqual({
      width: 32,
      height: 32,
    });
    const hi = pngSize(assetFile(only("HighResolutionIconUrl").getAttribute("DefaultValue") ?? ""));
    expect(hi.width).toBe(hi.height);
    expect([64, 80]).toContain(hi.width);
  });

  test("every ribbon icon reference points at an existing PNG of the declared size", () => {
    const images = new Map(
      byName("Image")
        .filter((el) => el.hasAttribute("id"))
        .map((el) => [el.getAttribute("id"), el.getAttribute("DefaultValue") ?? ""]),
    );
    const refs = byName("Image").filter((el) => el.hasAttribute("resid"));
    // The group and its two buttons each reference 16, 32 and 80 px icons.
    expect(refs.map((r) => r.getAttribute("size")).sort()).toEqual([
      "16",
      "16",
      "16",
      "32",
      "32",
      "32",
      "80",
      "80",
      "80",
    ]);
    for (const ref of refs) {
      const size = Number(ref.getAttribute("size"));
      const url = images.get(ref.getAttribute("resid"));
      expect(url).toBeDefined();
      expect(pngSize(assetFile(url ?? ""))).toEqual({ width: size, height: size });
    }
  });
});
