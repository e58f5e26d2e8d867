/**
 * The chart's colours. A bar must read as progress at a glance in both themes: done statuses are one strong
 * green (a theme token); open statuses keep the workbook's colour — its pale fill in the light theme, a dark
 * shade of the same hue in the dark theme (the pale fills would read as full bars there); statuses not in the
 * list and blank ones are hatched in the theme's danger colours.
 */
import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { SegmentTone } from "./bars";

export function segmentPaint(tone: SegmentTone, fill: string | null, dark: boolean): CSSProperties {
  switch (tone) {
    case "done":
      return { backgroundColor: tokens.colorPaletteGreenBackground3 };
    case "open":
      return { backgroundColor: fill === null ? undefined : dark ? darkShade(fill) : fill };
    case "invalid":
      return {
        backgroundColor: tokens.colorStatusDangerBackground1,
        backgroundImage: `repeating-linear-gradient(135deg, ${tokens.colorStatusDangerForeground1} 0 2px, transparent 2px 6px)`,
      };
  }
}

/**
 * The same hue, dark: "#EDEDED" → a grey just above the dark pane's background (an open item reads as
 * "nothing yet", as its pale fill does on the light pane), "#DDEBF7" → a dark blue. Input "#RRGGBB".
 * Coloured fills keep a little more lightness than greys, so the hue still shows.
 */
export function darkShade(fill: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(fill.trim());
  if (!m) return fill;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff].map((c) => c / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d + 6) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
  }
  const saturation = Math.min(s, 0.7);
  return hsl(h * 60, saturation, 0.2 + 0.14 * saturation);
}

function hsl(h: number, s: number, l: number): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  const hex = (v: number): string =>
    Math.round((v + m) * 255)
      .toString(16)
      .padStart(2, "0")
      .toUpperCase();
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}
