/**
 * What a file is, from its first bytes, before ExcelJS sees it: an .xlsx is a zip (PK); an encrypted
 * (password-protected) .xlsx and an old .xls are OLE compound files (D0 CF 11 E0 A1 B1 1A E1).
 */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type FileKind = "zip" | "encrypted" | "cfb" | "other";

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b) return "zip";
  if (bytes.length >= CFB.length && CFB.every((b, i) => bytes[i] === b)) {
    return containsUtf16(bytes, "EncryptedPackage") ? "encrypted" : "cfb";
  }
  return "other";
}

/** The Chinese message for a file that cannot be a ledger workbook, or null if it may be one. */
export function sniffMessage(kind: FileKind): string | null {
  switch (kind) {
    case "encrypted":
      return "文件设置了打开密码（已加密），无法读取。请在 Excel 中打开它，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码并保存后再试。";
    case "cfb":
      return "文件是加密（设置了打开密码）的工作簿，或是旧版 Excel 97-2003（.xls）文件，无法读取。请清除打开密码，或另存为 .xlsx 后再试。";
    default:
      return null;
  }
}

/** Whether `text` occurs in `bytes` as UTF-16LE (how CFB directory entries store stream names). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
