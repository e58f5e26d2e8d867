/**
 * UTF-8 byte size of the JSON form of `value`: what a value adds to an Office.js request (Excel on the web
 * refuses requests over 5 MB). Computed by hand so it runs in any browser and in node alike.
 */
export function jsonSize(value: unknown): number {
  if (value === undefined) return 0;
  const s = JSON.stringify(value) ?? "";
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
