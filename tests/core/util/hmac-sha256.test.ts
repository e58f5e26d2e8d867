/** The core's synchronous HMAC-SHA-256 against node:crypto (random keys and messages) and RFC 4231. */
import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { hmacSha256, sameText, sha256, toHex, utf8 } from "../../../src/core/util/hmac-sha256";

const bytes = (s: string) => new TextEncoder().encode(s);

test("SHA-256 of the empty string and 'abc' (FIPS 180-4)", () => {
  expect(toHex(sha256(new Uint8Array()))).toBe(
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  );
  expect(toHex(sha256(bytes("abc")))).toBe(
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  );
});

test("RFC 4231 test cases 1 and 6 (a key longer than a block)", () => {
  const key1 = new Uint8Array(20).fill(0x0b);
  expect(toHex(hmacSha256(key1, bytes("Hi There")))).toBe(
    "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
  );
  const key6 = new Uint8Array(131).fill(0xaa);
  expect(toHex(hmacSha256(key6, bytes("Test Using Larger Than Block-Size Key - Hash Key First")))).toBe(
    "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
  );
});

test("equals node:crypto for random keys and messages (lengths across block boundaries)", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 150 }), fc.uint8Array({ maxLength: 300 }), (key, message) => {
      expect(toHex(sha256(message))).toBe(createHash("sha256").update(message).digest("hex"));
      expect(toHex(hmacSha256(key, message))).toBe(createHmac("sha256", key).update(message).digest("hex"));
    }),
    { numRuns: 300 },
  );
});

test("sameText compares whole strings", () => {
  expect(sameText("abc", "abc")).toBe(true);
  expect(sameText("abc", "abd")).toBe(false);
  expect(sameText("abc", "ab")).toBe(false);
});

test("utf8 equals Buffer's UTF-8 for any string (lone surrogates as U+FFFD aside)", () => {
  fc.assert(
    fc.property(fc.fullUnicodeString(), (s) => {
      expect(Buffer.from(utf8(s))).toEqual(Buffer.from(s, "utf8"));
    }),
    { numRuns: 500 },
  );
});
