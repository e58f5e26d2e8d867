import { chineseNumeral } from "../core/plan/numerals";

/**
 * Word's automatic numbering rendered as the reader sees it: numbering.xml's levels (start, numFmt, lvlText
 * such as "%1、" or "（%1）") and a counter per list and level, deeper levels restarting when a level moves on.
 */

export interface LevelDef {
  start: number;
  format: string;
  text: string;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "ideographTraditional":
    case "japaneseCounting":
    case "taiwaneseCounting":
      return chineseNumeral(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return CIRCLED[n - 1] ?? String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case "lowerLetter":
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case "upperLetter":
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case "bullet":
    case "none":
      return "";
    default:
      return String(n);
  }
}

/** Counters of every list in a document, in reading order. */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly levels: (list: string, level: number) => LevelDef | null) {}

  /** The label of the next paragraph of `list` at `level` (e.g. "（三）"), "" for bullets or unknown lists. */
  next(list: string, level: number): string {
    const def = this.levels(list, level);
    if (!def || def.format === "bullet" || def.format === "none") return "";
    const counts = this.counters.get(list) ?? [];
    for (let l = 0; l < level; l++) if (counts[l] === undefined) counts[l] = this.levels(list, l)?.start ?? 1;
    counts[level] = counts[level] === undefined ? def.start : counts[level] + 1;
    counts.length = level + 1;
    this.counters.set(list, counts);
    return def.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      const d = this.levels(list, l);
      return formatNumber(counts[l] ?? d?.start ?? 1, d?.format ?? "decimal");
    });
  }
}
