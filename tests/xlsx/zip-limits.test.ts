/** A package that expands far beyond any real ledger or plan is refused before it is unpacked. */
import JSZip from "jszip";
import { zipSize, zipTooLarge } from "../../src/core/util/zip-size";
import { readPlanFile } from "../../src/plan-input/read-plan";
import { readLedgerXlsx } from "../../src/xlsx/read";

async function zip(files: Record<string, string>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The central directory's uncompressed size of every entry set to `size` (what a zip bomb declares). */
function declare(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return out;
}

it("reads the declared sizes of a package", async () => {
  const bytes = await zip({ "xl/workbook.xml": "x".repeat(1000), "a.txt": "yy" });
  expect(zipSize(bytes)).toEqual({ entries: 3, uncompressed: 1002 }); // xl/, xl/workbook.xml, a.txt
  expect(zipTooLarge(bytes)).toBeNull();
  expect(zipSize(new Uint8Array([1, 2, 3]))).toBeNull();
});

it("refuses a ledger whose parts declare 1.5 GB, in Chinese, before unpacking", async () => {
  const bomb = declare(
    await zip({ "xl/workbook.xml": "<workbook/>", "xl/sharedStrings.xml": "<sst/>" }),
    750_000_000,
  );
  const read = await readLedgerXlsx(bomb);
  expect(read.value).toBeNull();
  expect(read.issues[0].message).toMatch(/^无法读取：文件解压后有 \d+ MB，超出可处理的范围/);
});

it("refuses a plan .docx that expands 1,000-fold to 60 MB", async () => {
  const bomb = await zip({ "word/document.xml": "0".repeat(60 * 1024 * 1024) });
  expect(bomb.length).toBeLessThan(200_000);
  await expect(readPlanFile("计划.docx", bomb)).rejects.toThrow(/倍，不像正常的工作簿/);
});
