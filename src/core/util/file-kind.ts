/**
 * What a file is, from its bytes, whatever its name says: the zip packages (.xlsx/.docx, also WPS's .et/.wps
 * when saved in the zip form; OpenDocument .ods/.odt) by their part names and `mimetype`, and the OLE compound
 * files (D0 CF 11 E0 A1 B1 1A E1: Excel 97-2003 .xls and WPS .et, Word 97-2003 .doc and WPS .wps, and any
 * password-protected Office file) by the stream names in their directory. Pure; no unzipping.
 */

export type FileKind =
  /** An OOXML workbook (.xlsx, .xlsm, a zip .et). */
  | "xlsx"
  /** An OOXML document (.docx, a zip .wps). */
  | "docx"
  | "ods"
  | "odt"
  /** Any other zip, or one whose directory cannot be read. */
  | "zip"
  /** A password-protected (encrypted) Office file. */
  | "encrypted"
  /** Excel 97-2003 (.xls) or WPS 表格 (.et): a compound file with a Workbook or Book stream. */
  | "xls"
  /** Word 97-2003 (.doc) or WPS 文字 (.wps): a compound file with a WordDocument stream. */
  | "doc"
  /** A compound file of no kind above. */
  | "cfb"
  | "other";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODF = "application/vnd.oasis.opendocument.";

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return zipKind(bytes);
  if (bytes.length >= CFB.length && CFB.every((b, i) => bytes[i] === b)) return compoundKind(bytes);
  return "other";
}

function zipKind(bytes: Uint8Array): FileKind {
  const mimetype = firstStoredEntry(bytes, "mimetype");
  if (mimetype?.startsWith(`${ODF}spreadsheet`)) return "ods";
  if (mimetype?.startsWith(`${ODF}text`)) return "odt";
  const names = new Set(zipNames(bytes));
  if (names.has("xl/workbook.xml") || names.has("xl/workbook.bin")) return "xlsx";
  if (names.has("word/document.xml")) return "docx";
  return "zip";
}

/** The text of the zip's first entry if it is `name`, stored uncompressed (as ODF requires of `mimetype`). */
function firstStoredEntry(bytes: Uint8Array, name: string): string | null {
  if (bytes.length < 30) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50 || view.getUint16(8, true) !== 0) return null;
  const nameLength = view.getUint16(26, true);
  if (ascii(bytes, 30, nameLength) !== name) return null;
  const start = 30 + nameLength + view.getUint16(28, true);
  return ascii(bytes, start, Math.min(view.getUint32(18, true), 200));
}

/** The entry names of the zip's central directory (none if it cannot be read). */
function zipNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const floor = Math.max(0, bytes.length - 65_557);
  for (let at = bytes.length - 22; at >= floor; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const names: string[] = [];
    let offset = view.getUint32(at + 16, true);
    for (let i = view.getUint16(at + 10, true); i > 0; i--) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return names;
      const length = view.getUint16(offset + 28, true);
      names.push(ascii(bytes, offset + 46, length));
      offset += 46 + length + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return names;
  }
  return [];
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let text = "";
  for (let i = start; i < Math.min(start + length, bytes.length); i++) text += String.fromCharCode(bytes[i]);
  return text;
}

/** Stream names are UTF-16LE in the compound file's directory; the first found decides. */
function compoundKind(bytes: Uint8Array): FileKind {
  if (containsUtf16(bytes, "EncryptedPackage")) return "encrypted";
  if (containsUtf16(bytes, "WordDocument")) return "doc";
  if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) return "xls";
  return "cfb";
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++) {
      if (bytes[i + j * 2] !== text.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}
