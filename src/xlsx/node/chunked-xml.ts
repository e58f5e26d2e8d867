/**
 * Node only: leaner XML rendering inside ExcelJS for large workbooks. Call `useChunkedXml()` once at start-up
 * (CLI, bench) before writing; writeLedgerXlsx itself stays browser-safe and does not need it.
 *
 * ExcelJS renders each worksheet into one array of small strings (about 13 per cell) and joins it at the end.
 * For a 10,000-item ledger millions of strings stay alive until the join, which then allocates a few hundred
 * MB in one go; V8 keeps that as heap (peak RSS 600–750 MB). With this, an XmlStream joins its pieces every
 * PIECES_PER_CHUNK pieces (never inside a rollback scope), so the pieces die young. The XML is identical
 * (tests/xlsx/chunked-xml.test.ts). It patches ExcelJS's XmlStream (lib/utils/xml-stream.js, exceljs 4.4) and
 * does nothing if that class does not look as expected.
 */

interface XmlStreamInternals {
  _xml: string[];
  _rollbacks: unknown[];
  _chunks?: string[];
  closeAll(): void;
}

interface XmlStreamClass {
  prototype: XmlStreamInternals & { closeNode(): void };
}

const PIECES_PER_CHUNK = 16384;
const INSTALLED = Symbol.for("taizhang.chunkedXml");

/** Installs the chunked rendering (once per process). Returns whether it is in effect. */
export function useChunkedXml(): boolean {
  let XmlStream: XmlStreamClass;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    XmlStream = require("exceljs/lib/utils/xml-stream") as XmlStreamClass;
  } catch {
    return false;
  }
  const proto = XmlStream.prototype as XmlStreamInternals & { closeNode(): void; [INSTALLED]?: true };
  if (proto[INSTALLED]) return true;
  const getter = Object.getOwnPropertyDescriptor(proto, "xml")?.get;
  const closeNode = proto.closeNode;
  if (
    typeof getter !== "function" ||
    typeof closeNode !== "function" ||
    typeof proto.closeAll !== "function"
  ) {
    return false;
  }
  proto.closeNode = function (this: XmlStreamInternals) {
    closeNode.call(this);
    if (Array.isArray(this._xml) && this._xml.length >= PIECES_PER_CHUNK && this._rollbacks.length === 0) {
      (this._chunks ??= []).push(this._xml.join(""));
      this._xml = [];
    }
  };
  Object.defineProperty(proto, "xml", {
    configurable: true,
    get(this: XmlStreamInternals): string {
      if (!this._chunks) return getter.call(this) as string;
      this.closeAll();
      const xml = [...this._chunks, ...this._xml].join("");
      this._chunks = undefined;
      this._xml = [xml];
      return xml;
    },
  });
  proto[INSTALLED] = true;
  return true;
}
