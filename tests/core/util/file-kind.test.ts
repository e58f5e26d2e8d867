/**
 * What a file is, from its bytes whatever its name: the real files LibreOffice wrote (tests/fixtures/foreign),
 * an encrypted and an unknown compound file, a zip without a readable directory, text; and what a person is
 * told for each when it is given as a ledger or as a plan.
 */
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { join } from "node:path";
import { FileKind, fileKind } from "../../../src/core/util/file-kind";
import { ledgerFileRefusal, planFileRefusal } from "../../../src/core/util/foreign-file-messages";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(__dirname, "../../fixtures/foreign", name)));

/** A compound file header with `stream` as a UTF-16LE directory entry name. */
function compound(stream: string | null): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; stream !== null && i < stream.length; i++) bytes[1024 + i * 2] = stream.charCodeAt(i);
  return bytes;
}

test.each<[string, FileKind]>([
  ["ledger.xlsx", "xlsx"],
  ["ledger.xls", "xls"],
  ["ledger.ods", "ods"],
  ["plan.docx", "docx"],
  ["plan.doc", "doc"],
  ["plan.odt", "odt"],
  ["plan.xls", "xls"],
  ["plan.ods", "ods"],
])("%s is %s", (name, kind) => {
  expect(fileKind(fixture(name))).toBe(kind);
});

test("compound files by their streams; zips and other bytes", () => {
  expect(fileKind(compound("EncryptedPackage"))).toBe("encrypted");
  expect(fileKind(compound("WordDocument"))).toBe("doc");
  expect(fileKind(compound("Workbook"))).toBe("xls");
  expect(fileKind(compound("Book"))).toBe("xls");
  expect(fileKind(compound(null))).toBe("cfb");
  const xlsx = fixture("ledger.xlsx");
  expect(fileKind(xlsx.slice(0, 4000))).toBe("zip"); // cut short: no central directory
  expect(fileKind(new TextEncoder().encode("一、深化信息公开"))).toBe("other");
  expect(fileKind(new Uint8Array(0))).toBe("other");
});

test("an Excel binary workbook (.xlsb) is told apart from an .xlsx", async () => {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/workbook.bin", new Uint8Array([0x83, 0x01, 0x00]));
  const kind = fileKind(await zip.generateAsync({ type: "uint8array" }));
  expect(kind).toBe("xlsb");
  expect(ledgerFileRefusal(kind)).toContain("Excel 二进制工作簿（.xlsb）");
  expect(planFileRefusal(kind)).toContain("“另存为” .xlsx");
});

test("what a person is told, as a ledger and as a plan", () => {
  expect(ledgerFileRefusal("xlsx")).toBeNull();
  expect(ledgerFileRefusal("zip")).toBeNull(); // ExcelJS decides, and says the file is damaged
  expect(ledgerFileRefusal("encrypted")).toContain("用密码进行加密");
  expect(ledgerFileRefusal("doc")).toContain("不是台账工作簿");
  for (const kind of ["xls", "ods", "cfb", "other"] as const) {
    expect(ledgerFileRefusal(kind)).toContain(
      "LibreOffice：文件 → 另存为 → 文件类型选“Excel 2007-365 (.xlsx)”",
    );
  }
  expect(planFileRefusal("docx")).toBeNull();
  expect(planFileRefusal("other")).toBeNull(); // text
  expect(planFileRefusal("encrypted")).toContain("保护文档");
  expect(planFileRefusal("doc")).toContain("Word：文件 → 另存为 → 保存类型选“Word 文档(*.docx)”");
  expect(planFileRefusal("ods")).toContain("Excel：文件 → 另存为 → 保存类型选“Excel 工作簿(*.xlsx)”");
});
