/**
 * Workbooks as other programs save them, built from ours by rewriting the package (test helper): absolute part
 * paths in every .rels (openpyxl), inline strings instead of shared ones (many streaming writers), no shared
 * strings part at all, without optional parts, and a real resave by LibreOffice when it is installed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";

type Rewrite = (zip: JSZip) => Promise<void>;

async function rewrite(bytes: Uint8Array, change: Rewrite): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await change(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function partsMatching(zip: JSZip, pattern: RegExp): string[] {
  return Object.keys(zip.files).filter((name) => !zip.files[name].dir && pattern.test(name));
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async("string");
}

/** Every internal relationship target as an absolute part path (`/xl/tables/table1.xml`), as openpyxl writes. */
export function withAbsoluteTargets(bytes: Uint8Array): Promise<Uint8Array> {
  return rewrite(bytes, async (zip) => {
    for (const name of partsMatching(zip, /\.rels$/)) {
      const folder = name.replace(/_rels\/[^/]+$/, "");
      const xml = (await text(zip, name)).replace(/<Relationship\s[^>]*>/g, (rel) => {
        if (/TargetMode\s*=\s*"External"/.test(rel)) return rel;
        return rel.replace(/Target="([^"]+)"/, (whole, target: string) => {
          if (target.startsWith("/")) return whole;
          const parts: string[] = [];
          for (const p of `${folder}${target}`.split("/")) {
            if (p === "..") parts.pop();
            else if (p !== "." && p !== "") parts.push(p);
          }
          return `Target="/${parts.join("/")}"`;
        });
      });
      zip.file(name, xml);
    }
  });
}

/** Every shared-string cell written as an inline string (`t="inlineStr"`, `<is>…</is>`). */
export function withInlineStrings(bytes: Uint8Array, dropSharedStrings = false): Promise<Uint8Array> {
  return rewrite(bytes, async (zip) => {
    const sst = await text(zip, "xl/sharedStrings.xml");
    const items = (sst.match(/<si>[\s\S]*?<\/si>/g) ?? []).map((si) => si.slice(4, -5));
    for (const name of partsMatching(zip, /^xl\/worksheets\/sheet\d+\.xml$/)) {
      const xml = (await text(zip, name)).replace(
        /<c\s([^>]*?)\bt="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
        (_, before: string, after: string, index: string) =>
          `<c ${before}t="inlineStr"${after}><is>${items[Number(index)]}</is></c>`,
      );
      zip.file(name, xml);
    }
    if (!dropSharedStrings) return;
    zip.remove("xl/sharedStrings.xml");
    const rels = await text(zip, "xl/_rels/workbook.xml.rels");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace(/<Relationship\s[^>]*sharedStrings[^>]*\/>/, ""));
    const types = await text(zip, "[Content_Types].xml");
    zip.file("[Content_Types].xml", types.replace(/<Override\s[^>]*sharedStrings[^>]*\/>/, ""));
  });
}

/** The package without some of its parts (their relationships and content types left dangling). */
export function withoutParts(bytes: Uint8Array, parts: readonly string[]): Promise<Uint8Array> {
  return rewrite(bytes, async (zip) => {
    for (const part of parts) zip.remove(part);
  });
}

export const hasOffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

const resaved = new WeakMap<Uint8Array, Uint8Array>();

/** The workbook opened and saved as .xlsx by LibreOffice (`soffice --headless --convert-to xlsx`), once per input. */
export function resavedByLibreOffice(bytes: Uint8Array): Uint8Array {
  const known = resaved.get(bytes);
  if (known) return known;
  const out = convert(bytes);
  resaved.set(bytes, out);
  return out;
}

function convert(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "tz-lo-"));
  try {
    writeFileSync(join(dir, "in.xlsx"), bytes);
    const out = join(dir, "out");
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        join(dir, "in.xlsx"),
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${String(run.stderr)}`);
    return new Uint8Array(readFileSync(join(out, "in.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
