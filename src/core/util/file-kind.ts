/**
 * What a file is, from its bytes, whatever its name says: the zip packages (.xlsx/.docx, also WPS's .et/.wps
 * when saved in the zip form; OpenDocument .ods/.odt) by their part names and `mimetype`, and the OLE compound
 * files (D0 CF 11 E0 A1 B1 1A E1: Excel 97-2003 .xls and WPS .et, Word 97-2003 .doc and WPS .wps, and any
 * password-protected Office file) by the stream names in their directory. Pure; no unzipping.
 */

export type FileKind =
  /** An OOXML workbook (.xlsx, .xlsm, a zip .et). */
  | "xlsx"
  /** An Excel binary workbook (.xlsb): a zip with `xl/workbook.bin`. */
  | "xlsb"
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
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
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

/**
 * By the names of its directory entries: 128-byte records in sectors after the 512-byte header, each starting
 * with its name in UTF-16LE, so only offsets that are multiples of 128 are looked at.
 */
function compoundKind(bytes: Uint8Array): FileKind {
  const names = new Set<string>();
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const name = entryName(bytes, at);
    if (name !== null) names.add(name);
  }
  if (names.has("EncryptedPackage")) return "encrypted";
  if (names.has("WordDocument")) return "doc";
  if (names.has("Workbook") || names.has("Book")) return "xls";
  return "cfb";
}

/** The entry name at `at` if it is one of the few that decide (printable ASCII, NUL-terminated), else null. */
function entryName(bytes: Uint8Array, at: number): string | null {
  const first = bytes[at];
  if (first !== 0x45 && first !== 0x57 && first !== 0x42) return null; // E, W, B
  let name = "";
  for (let i = 0; i < 32; i++) {
    const lo = bytes[at + i * 2];
    const hi = bytes[at + i * 2 + 1];
    if (hi !== 0) return null;
    if (lo === 0) return name;
    name += String.fromCharCode(lo);
  }
  return null;
}
