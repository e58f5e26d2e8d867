/** Range.format.borders: the eight border indexes, each stored on the edge cells it covers. */
import { guard } from "../core/guard";
import { ClientObjectBase, PropTable, defineProps } from "../core/proxy";
import { Ref } from "../core/ref";
import { invalidArgument } from "../errors";
import { RangeEntity, assertWritable, formatAt, liveSheet, patchFormat } from "../model/cells";
import type { BorderFormat } from "../model/types";

type RE = RangeEntity;

export const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const DEFAULT_BORDER: BorderFormat = { style: "None", color: "#000000", weight: "Thin" };

interface BorderEntity {
  range: RE;
  index: string;
}

/** Cells and the stored edge that represent border `index` of the range. */
function borderCells(b: BorderEntity): { row: number; col: number; edge: string }[] {
  const { rect } = b.range;
  const out: { row: number; col: number; edge: string }[] = [];
  const add = (row: number, col: number, edge: string) => out.push({ row, col, edge });
  for (let i = 0; i < rect.rows; i++) {
    for (let j = 0; j < rect.cols; j++) {
      const r = rect.row + i;
      const c = rect.col + j;
      if (b.index === "EdgeTop" && i === 0) add(r, c, "EdgeTop");
      if (b.index === "EdgeBottom" && i === rect.rows - 1) add(r, c, "EdgeBottom");
      if (b.index === "EdgeLeft" && j === 0) add(r, c, "EdgeLeft");
      if (b.index === "EdgeRight" && j === rect.cols - 1) add(r, c, "EdgeRight");
      if (b.index === "InsideHorizontal" && i < rect.rows - 1) add(r, c, "EdgeBottom");
      if (b.index === "InsideVertical" && j < rect.cols - 1) add(r, c, "EdgeRight");
      if (b.index.startsWith("Diagonal")) add(r, c, b.index);
    }
  }
  return out;
}

function borderProp(key: keyof BorderFormat): PropTable<BorderEntity>[string] {
  return {
    get: (b) => {
      const cells = borderCells(b);
      if (!cells.length) return DEFAULT_BORDER[key];
      let first: string | undefined;
      for (const x of cells) {
        const v = formatAt(b.range.sheet, x.row, x.col).borders?.[x.edge]?.[key] ?? DEFAULT_BORDER[key];
        if (first === undefined) first = v;
        else if (v !== first) return null;
      }
      return first;
    },
    set: (b, v, host) => {
      liveSheet(host.model, b.range.sheet, "RangeBorder");
      assertWritable(b.range.sheet, b.range.rect, "format", "RangeBorder");
      for (const x of borderCells(b)) {
        patchFormat(b.range.sheet, { row: x.row, col: x.col, rows: 1, cols: 1 }, (f) => {
          const borders = { ...(f.borders ?? {}) };
          borders[x.edge] = { ...(borders[x.edge] ?? DEFAULT_BORDER), [key]: v };
          if (key === "style" && v !== "None" && borders[x.edge].weight === undefined)
            borders[x.edge].weight = "Thin";
          return { ...f, borders };
        });
      }
    },
  };
}

const BORDER: PropTable<BorderEntity> = {
  sideIndex: { get: (b) => b.index },
  style: borderProp("style"),
  color: borderProp("color"),
  weight: borderProp("weight"),
};

class BorderProxy extends ClientObjectBase<BorderEntity> {
  get _type() {
    return "RangeBorder";
  }
  get _props() {
    return BORDER;
  }
}
defineProps(BorderProxy.prototype, Object.keys(BORDER));

const BORDERS: PropTable<RE> = { count: { get: () => BORDER_INDEXES.length } };

export class BordersProxy extends ClientObjectBase<RE> {
  get _type() {
    return "RangeBorderCollection";
  }
  get _props() {
    return BORDERS;
  }
  getItem(index: string): BorderProxy {
    if (!BORDER_INDEXES.includes(index)) throw invalidArgument("RangeBorderCollection.getItem", index);
    return guard(
      new BorderProxy(this._ctx, new Ref(() => ({ range: this._ref.get(), index }), "RangeBorder", true)),
      "RangeBorder",
    );
  }
}
defineProps(BordersProxy.prototype, Object.keys(BORDERS));
