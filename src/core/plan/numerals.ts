/** Numbers as Chinese plans print them: 5, ５, 五, 十四, 二十一, 一百零五, and year-style 二〇二〇. */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may make up a Chinese numeral (for building regular expressions). */
export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千";

/** Full-width digits (０-９) to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
}

function parseChinese(text: string): number | null {
  const chars = [...text];
  if (chars.some((c) => !(c in DIGITS) && !(c in UNITS))) return null;
  if (!chars.some((c) => c in UNITS)) {
    // Digit by digit (二〇二〇); a lone digit is itself.
    return chars.reduce((acc, c) => acc * 10 + DIGITS[c], 0);
  }
  let total = 0;
  let pending: number | null = null;
  let lastUnit = Infinity;
  for (const c of chars) {
    if (c in DIGITS) {
      if (pending !== null && DIGITS[c] !== 0) return null; // two digits in a row: 二三十
      pending = DIGITS[c] === 0 ? null : DIGITS[c];
      continue;
    }
    const unit = UNITS[c];
    if (unit >= lastUnit) return null; // 十百, 十十
    total += (pending ?? 1) * unit;
    pending = null;
    lastUnit = unit;
  }
  return total + (pending ?? 0);
}

/** The value of a numeral written in ASCII, full-width or Chinese digits; null if it is not one. */
export function parseNumeral(text: string): number | null {
  const t = toAsciiDigits(text.trim());
  if (t === "") return null;
  if (/^\d+$/.test(t)) return Number(t);
  return parseChinese(t);
}

const CN_DIGITS = "〇一二三四五六七八九";

/** 1 → 一, 14 → 十四, 21 → 二十一 (up to 99; larger numbers as digits). */
export function chineseNumeral(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
}
