/**
 * What a zip package (.xlsx, .docx) says it expands to, read from its central directory before anything is
 * unpacked — so a 2 MB file whose shared strings expand to 1.5 GB is refused at once instead of taking
 * gigabytes and a minute. Sizes a file lies about are caught later by the unzip library's own size check.
 */

export interface ZipSize {
  entries: number;
  /** Sum of the entries' uncompressed sizes, in bytes. */
  uncompressed: number;
}

/** Limits for a plan or a ledger: far above any real one (a 10,000-item ledger expands to ~60 MB). */
export const ZIP_LIMITS = {
  uncompressed: 400 * 1024 * 1024,
  entries: 20_000,
  ratio: 200,
  ratioAbove: 50 * 1024 * 1024,
};

/** The declared sizes, or null when the bytes have no readable central directory (not a zip). */
export function zipSize(bytes: Uint8Array): ZipSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50, within the last 64 KB + 22 bytes.
  const floor = Math.max(0, bytes.length - 65_557);
  for (let at = bytes.length - 22; at >= floor; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const entries = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    let uncompressed = 0;
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
      uncompressed += view.getUint32(offset + 24, true);
      offset +=
        46 +
        view.getUint16(offset + 28, true) +
        view.getUint16(offset + 30, true) +
        view.getUint16(offset + 32, true);
    }
    return { entries, uncompressed };
  }
  return null;
}

/** A Chinese reason to refuse the package, or null when it is within the limits. */
export function zipTooLarge(bytes: Uint8Array): string | null {
  const size = zipSize(bytes);
  if (!size) return null;
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  if (size.entries > ZIP_LIMITS.entries)
    return `文件包含 ${size.entries} 个部件，超出可处理的范围（${ZIP_LIMITS.entries}）：请确认这是台账或计划文件。`;
  if (size.uncompressed > ZIP_LIMITS.uncompressed)
    return `文件解压后有 ${mb(size.uncompressed)}，超出可处理的范围（${mb(ZIP_LIMITS.uncompressed)}）：请确认这是台账或计划文件，或删去无关的工作表后重试。`;
  if (size.uncompressed > ZIP_LIMITS.ratioAbove && size.uncompressed > bytes.length * ZIP_LIMITS.ratio)
    return `文件解压后有 ${mb(size.uncompressed)}，是文件本身的 ${Math.round(size.uncompressed / bytes.length)} 倍，不像正常的工作簿：为安全起见未读取。`;
  return null;
}
