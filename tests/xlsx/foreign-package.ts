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

const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** A formula's relative row references moved down by `delta` rows (`S6` -> `S7`; `$S$6` stays). */
function shiftRows(formula: string, delta: number): string {
  return formula.replace(
    /(?<![A-Za-z_\d$.])(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
    (_, col: string, anchor: string, row: string) => `${col}${anchor}${anchor ? row : Number(row) + delta}`,
  );
}

/**
 * Formulas filled down a column written as Excel writes them: the first cell of a run holds
 * `<f t="shared" ref="S6:S10" si="0">…</f>`, the others only `<f t="shared" si="0"/>` (with their cached values).
 * `columns`: only these columns (letters); all when omitted.
 */
export function withSharedFormulas(bytes: Uint8Array, columns?: readonly string[]): Promise<Uint8Array> {
  return rewrite(bytes, async (zip) => {
    for (const name of partsMatching(zip, SHEET_PART)) {
      const xml = await text(zip, name);
      const cells = [...xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*><f>([^<]*)<\/f>/g)].map((m) => ({
        col: m[1],
        row: Number(m[2]),
        formula: m[3],
      }));
      const shared = new Map<string, string>(); // "S7" -> replacement <f …/>
      let si = 0;
      for (const master of cells) {
        if (shared.has(`${master.col}${master.row}`)) continue;
        if (columns && !columns.includes(master.col)) continue;
        let last = master.row;
        const next = (row: number) => cells.find((c) => c.col === master.col && c.row === row);
        while (next(last + 1)?.formula === shiftRows(master.formula, last + 1 - master.row)) last++;
        if (last === master.row) continue;
        const ref = `${master.col}${master.row}:${master.col}${last}`;
        shared.set(
          `${master.col}${master.row}`,
          `<f t="shared" ref="${ref}" si="${si}">${master.formula}</f>`,
        );
        for (let row = master.row + 1; row <= last; row++) {
          shared.set(`${master.col}${row}`, `<f t="shared" si="${si}"/>`);
        }
        si++;
      }
      zip.file(
        name,
        xml.replace(/(<c r="([A-Z]+\d+)"[^>]*>)<f>[^<]*<\/f>/g, (whole, open: string, ref: string) =>
          shared.has(ref) ? `${open}${shared.get(ref)}` : whole,
        ),
      );
    }
  });
}

/**
 * List validations as Excel writes them when the list is on another sheet: in the sheet's extLst as
 * `x14:dataValidation` with `xm:f` / `xm:sqref`, the defined name replaced by the range it names.
 */
export function withX14Validations(bytes: Uint8Array): Promise<Uint8Array> {
  return rewrite(bytes, async (zip) => {
    const workbook = await text(zip, "xl/workbook.xml");
    const names = new Map(
      [...workbook.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );
    for (const name of partsMatching(zip, SHEET_PART)) {
      const xml = await text(zip, name);
      const block = /<dataValidations[^>]*>([\s\S]*?)<\/dataValidations>/.exec(xml);
      if (!block) continue;
      const x14 = [
        ...block[1].matchAll(
          /<dataValidation ([^>]*)sqref="([^"]*)"([^>]*)><formula1>([^<]*)<\/formula1><\/dataValidation>/g,
        ),
      ].map(([, before, sqref, after, formula]) => {
        const f = (names.get(formula) ?? formula).replace(/&apos;/g, "'");
        return `<x14:dataValidation ${before}${after}><x14:formula1><xm:f>${f}</xm:f></x14:formula1><xm:sqref>${sqref}</xm:sqref></x14:dataValidation>`;
      });
      if (x14.length === 0) continue;
      const ext =
        '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
        `<x14:dataValidations count="${x14.length}" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">${x14.join("")}</x14:dataValidations></ext>`;
      let out = xml.replace(block[0], "");
      out = out.includes("<extLst>")
        ? out.replace("<extLst>", `<extLst>${ext}`)
        : out.replace("</worksheet>", `<extLst>${ext}</extLst></worksheet>`);
      zip.file(name, out);
    }
  });
}

/**
 * Date cells with another number format: `custom`, the ledger's `yyyy-mm-dd` as the custom Chinese
 * `yyyy"年"m"月"d"日"`; `builtin`, as Chinese Excel and WPS write it — the built-in ids 31 (yyyy年m月d日) and 57
 * (yyyy年m月) with no `<numFmt>` declaring them.
 */
export function withDateFormats(bytes: Uint8Array, how: "custom" | "builtin"): Promise<Uint8Array> {
  return rewrite(bytes, async (zip) => {
    let styles = await text(zip, "xl/styles.xml");
    if (how === "custom") {
      styles = styles.replace(
        'formatCode="yyyy-mm-dd"',
        'formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"',
      );
    } else {
      styles = styles
        .replace(/<numFmt numFmtId="16[46]"[^>]*\/>/g, "")
        .replace(/numFmtId="164"/g, 'numFmtId="31"')
        .replace(/numFmtId="166"/g, 'numFmtId="57"');
      const count = (styles.match(/<numFmt /g) ?? []).length;
      styles = styles.replace(/<numFmts count="\d+"/, `<numFmts count="${count}"`);
    }
    zip.file("xl/styles.xml", styles);
  });
}

/** The text of one part of the package (to check what a rewrite did). */
export async function partText(bytes: Uint8Array, part: string): Promise<string> {
  return text(await JSZip.loadAsync(bytes), part);
}
