/** Range.format and its font, fill, borders and protection sub-objects. */
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import type { RequestContextImpl } from "../core/context";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT } from "../model/defaults";
import {
  RangeEntity,
  assertWritable,
  formatAt,
  liveSheet,
  patchFormat,
  readText,
  uniform,
} from "../model/cells";
import type { CellFormat } from "../model/types";
import type { HostRuntime } from "../core/runtime";
import { invalidArgument } from "../errors";
import { BordersProxy } from "./range-borders";

type RE = RangeEntity;

function cellProp<K extends keyof CellFormat>(key: K, fallback: CellFormat[K], since?: string) {
  return {
    since,
    get: (e: RE) => uniform(e.rect, (r, c) => formatAt(e.sheet, r, c)[key] ?? fallback),
    set: (e: RE, v: unknown, host: HostRuntime) => {
      editFormat(host, e, `RangeFormat.${String(key)}`);
      patchFormat(e.sheet, e.rect, (f) => ({ ...f, [key]: v }));
    },
  };
}

function editFormat(host: HostRuntime, e: RE, location: string): void {
  liveSheet(host.model, e.sheet, location);
  assertWritable(e.sheet, e.rect, "format", location);
}

const FONT: PropTable<RE> = {
  name: cellProp("fontName", DEFAULT_FONT.name),
  size: cellProp("fontSize", DEFAULT_FONT.size),
  color: cellProp("fontColor", DEFAULT_FONT.color),
  bold: cellProp("bold", false),
  italic: cellProp("italic", false),
  underline: cellProp("underline", "None"),
  strikethrough: cellProp("strikethrough", false, "1.9"),
};

const FILL: PropTable<RE> = { color: cellProp("fill", "#FFFFFF") };

const PROTECTION: PropTable<RE> = {
  locked: cellProp("locked", true, "1.2"),
  formulaHidden: cellProp("formulaHidden", false, "1.2"),
};

function rowHeights(e: RE) {
  return uniform({ ...e.rect, cols: 1 }, (r) => e.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
}

function columnWidths(e: RE) {
  return uniform({ ...e.rect, rows: 1 }, (_r, c) => e.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
}

const FORMAT: PropTable<RE> = {
  horizontalAlignment: cellProp("horizontalAlignment", "General"),
  verticalAlignment: cellProp("verticalAlignment", "Bottom"),
  wrapText: cellProp("wrapText", false),
  textOrientation: cellProp("textOrientation", 0, "1.7"),
  indentLevel: cellProp("indentLevel", 0, "1.9"),
  rowHeight: {
    since: "1.2",
    get: rowHeights,
    set: (e, v, host) => {
      editFormat(host, e, "RangeFormat.rowHeight");
      if (typeof v !== "number" || v < 0 || v > 409)
        throw invalidArgument("RangeFormat.rowHeight", String(v));
      for (let i = 0; i < e.rect.rows; i++) e.sheet.rowHeights.set(e.rect.row + i, v);
    },
  },
  columnWidth: {
    since: "1.2",
    get: columnWidths,
    set: (e, v, host) => {
      editFormat(host, e, "RangeFormat.columnWidth");
      if (typeof v !== "number" || v < 0) throw invalidArgument("RangeFormat.columnWidth", String(v));
      for (let i = 0; i < e.rect.cols; i++) e.sheet.columnWidths.set(e.rect.col + i, v);
    },
  },
  useStandardHeight: {
    since: "1.7",
    get: (e) =>
      [...Array(Math.min(e.rect.rows, 10000)).keys()].every((i) => !e.sheet.rowHeights.has(e.rect.row + i)),
    set: (e, v) => {
      if (v === true) for (let i = 0; i < e.rect.rows; i++) e.sheet.rowHeights.delete(e.rect.row + i);
    },
  },
  useStandardWidth: {
    since: "1.7",
    get: (e) =>
      [...Array(Math.min(e.rect.cols, 10000)).keys()].every((i) => !e.sheet.columnWidths.has(e.rect.col + i)),
    set: (e, v) => {
      if (v === true) for (let i = 0; i < e.rect.cols; i++) e.sheet.columnWidths.delete(e.rect.col + i);
    },
  },
};

/** Display width in "units": CJK characters count double. */
export function textUnits(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

const POINTS_PER_UNIT = 5.5;

class FontProxy extends ClientObjectBase<RE> {
  get _type() {
    return "RangeFont";
  }
  get _props() {
    return FONT;
  }
}
defineProps(FontProxy.prototype, Object.keys(FONT));

class FillProxy extends ClientObjectBase<RE> {
  get _type() {
    return "RangeFill";
  }
  get _props() {
    return FILL;
  }
  clear(): void {
    this._enqueue("clear", null, (e) => {
      editFormat(this._ctx._host, e, "RangeFill.clear");
      patchFormat(e.sheet, e.rect, (f) => ({ ...f, fill: undefined }));
    });
  }
}
defineProps(FillProxy.prototype, Object.keys(FILL));

class FormatProtectionProxy extends ClientObjectBase<RE> {
  get _type() {
    return "FormatProtection";
  }
  get _props() {
    return PROTECTION;
  }
}
defineProps(FormatProtectionProxy.prototype, Object.keys(PROTECTION));

export class RangeFormatProxy extends ClientObjectBase<RE> {
  get _type() {
    return "RangeFormat";
  }
  get _props() {
    return FORMAT;
  }
  override get _nav() {
    return {
      font: () => this.font,
      fill: () => this.fill,
      borders: () => this.borders,
      protection: () => this.protection,
    };
  }
  private derived(): Ref<RE> {
    return new Ref(() => this._ref.get(), "RangeFormat", true);
  }
  get font(): FontProxy {
    return this._child("font", () => guard(new FontProxy(this._ctx, this.derived()), "RangeFont"));
  }
  get fill(): FillProxy {
    return this._child("fill", () => guard(new FillProxy(this._ctx, this.derived()), "RangeFill"));
  }
  get borders(): BordersProxy {
    return this._child("borders", () =>
      guard(new BordersProxy(this._ctx, this.derived()), "RangeBorderCollection"),
    );
  }
  get protection(): FormatProtectionProxy {
    this._requires("1.2", "RangeFormat.protection");
    return this._child("protection", () =>
      guard(new FormatProtectionProxy(this._ctx, this.derived()), "FormatProtection"),
    );
  }
  autofitColumns(): void {
    this._requires("1.2", "RangeFormat.autofitColumns");
    this._enqueue("autofitColumns", null, (e) => {
      editFormat(this._ctx._host, e, "RangeFormat.autofitColumns");
      const text = readText(this._ctx._host.model, { sheet: e.sheet, rect: clampToUsed(this._ctx._host, e) });
      for (let j = 0; j < e.rect.cols && j < (text[0]?.length ?? 0); j++) {
        const units = Math.max(0, ...text.map((row) => (row[j] ? textUnits(row[j]) : 0)));
        if (units > 0)
          e.sheet.columnWidths.set(e.rect.col + j, Math.round((units * POINTS_PER_UNIT + 8) * 100) / 100);
      }
    });
  }
  autofitRows(): void {
    this._requires("1.2", "RangeFormat.autofitRows");
    this._enqueue("autofitRows", null, (e) => {
      editFormat(this._ctx._host, e, "RangeFormat.autofitRows");
      const area = clampToUsed(this._ctx._host, e);
      const text = readText(this._ctx._host.model, { sheet: e.sheet, rect: area });
      for (let i = 0; i < area.rows; i++) {
        let lines = 1;
        for (let j = 0; j < area.cols; j++) {
          const f = formatAt(e.sheet, area.row + i, area.col + j);
          const t = text[i][j];
          if (!t) continue;
          const width = e.sheet.columnWidths.get(area.col + j) ?? DEFAULT_COLUMN_WIDTH;
          const explicit = t.split("\n").length;
          const wrapped = f.wrapText
            ? Math.ceil((textUnits(t) * POINTS_PER_UNIT) / Math.max(width - 4, 1))
            : 1;
          lines = Math.max(lines, explicit, wrapped);
        }
        const size = DEFAULT_ROW_HEIGHT;
        e.sheet.rowHeights.set(area.row + i, lines * size);
      }
    });
  }
}
defineProps(RangeFormatProxy.prototype, Object.keys(FORMAT));

function clampToUsed(host: HostRuntime, e: RE) {
  const limit = host.model.usedRect(e.sheet, true);
  const rows = Math.max(0, Math.min(e.rect.rows, (limit ? limit.row + limit.rows : 0) - e.rect.row));
  const cols = Math.max(0, Math.min(e.rect.cols, (limit ? limit.col + limit.cols : 0) - e.rect.col));
  return { row: e.rect.row, col: e.rect.col, rows, cols };
}

export function rangeFormatProxy(ctx: RequestContextImpl, ref: Ref<RE>): RangeFormatProxy {
  return guard(new RangeFormatProxy(ctx, ref), "RangeFormat");
}
