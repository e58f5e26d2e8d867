/**
 * JSZip 3.10 stores a part given as text by cutting the text into pieces of 16,384 UTF-16 units and encoding
 * each piece to UTF-8 on its own: a character beyond the BMP (an emoji) whose surrogate pair is cut is stored
 * as two U+FFFD — a typed emoji in a long text changes when the workbook is written (found by
 * tests/xlsx/round-trip.property.test.ts). ExcelJS hands JSZip its parts as text under node (the command line),
 * as do the package patch (patch/package.ts) and the reader's normaliser (normalise-package.ts, prune.ts).
 * Importing this module makes JSZip encode such text whole first (TextEncoder), which gives the same bytes
 * whenever no pair is cut. Installed once, on JSZip's prototype (ExcelJS under node uses the same JSZip).
 */
import JSZip from "jszip";

type AddFile = (this: JSZip, ...args: unknown[]) => unknown;
const proto = JSZip.prototype as unknown as { file: AddFile; textEncodedWhole?: true };

if (!proto.textEncodedWhole) {
  const original = proto.file;
  const encoder = new TextEncoder();
  proto.file = function (this: JSZip, ...args: unknown[]): unknown {
    const [name, data, options] = args;
    const o = (options ?? {}) as { base64?: boolean; binary?: boolean };
    if (typeof name === "string" && typeof data === "string" && !o.base64 && !o.binary)
      return original.call(this, name, encoder.encode(data), options);
    return original.apply(this, args);
  };
  proto.textEncodedWhole = true;
}

export {};
