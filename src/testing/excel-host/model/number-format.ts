/** Display text (`range.text`) for a value under a number format; the common formats only. */
import { CellError, formatGeneralNumber } from "../formula/values";
import { serialToDate } from "./input";

type Shown = string | number | boolean | CellError | null;

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function isDateFormat(fmt: string): boolean {
  const stripped = fmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return (
    /[yd]/i.test(stripped) || (/m/i.test(stripped) && /[hs]/i.test(stripped)) || /^m+$/i.test(stripped.trim())
  );
}

function formatDate(serial: number, fmt: string): string {
  const { y, m, d, hh, mi, ss } = serialToDate(serial);
  let out = "";
  let i = 0;
  let lastWasHour = false;
  while (i < fmt.length) {
    const rest = fmt.slice(i);
    if (rest[0] === '"') {
      const j = fmt.indexOf('"', i + 1);
      out += fmt.slice(i + 1, j < 0 ? undefined : j);
      i = j < 0 ? fmt.length : j + 1;
      continue;
    }
    if (rest[0] === "\\") {
      out += rest[1] ?? "";
      i += 2;
      continue;
    }
    const tok = /^(yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s)/i.exec(rest);
    if (!tok) {
      out += rest[0];
      i++;
      continue;
    }
    const t = tok[1].toLowerCase();
    if (t === "yyyy") out += y;
    else if (t === "yy") out += pad(y % 100, 2);
    else if (t === "mm" || t === "m") {
      out += lastWasHour ? (t === "mm" ? pad(mi, 2) : mi) : t === "mm" ? pad(m, 2) : m;
    } else if (t === "mmm" || t === "mmmm") out += `${m}月`;
    else if (t === "dd") out += pad(d, 2);
    else if (t === "d") out += d;
    else if (t === "hh") out += pad(hh, 2);
    else if (t === "h") out += hh;
    else if (t === "ss") out += pad(ss, 2);
    else out += ss;
    lastWasHour = t === "hh" || t === "h";
    i += tok[1].length;
  }
  return out;
}

function formatNumber(n: number, fmt: string): string {
  const percent = fmt.includes("%");
  const v = percent ? n * 100 : n;
  const body = fmt.replace(/"[^"]*"/g, "").replace(/[%]/g, "");
  const decimals = /\.([0#]+)/.exec(body)?.[1].length ?? 0;
  const grouping = body.includes(",");
  let s = Math.abs(v).toFixed(decimals);
  if (grouping) {
    const [int, frac] = s.split(".");
    s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  }
  const prefix = /^"([^"]*)"/.exec(fmt)?.[1] ?? "";
  const suffix = /"([^"]*)"$/.exec(fmt)?.[1] ?? "";
  return `${v < 0 && Number(s.replace(/,/g, "")) !== 0 ? "-" : ""}${prefix}${s}${percent ? "%" : ""}${suffix}`;
}

export function formatValue(value: Shown, numberFormat: string | undefined): string {
  if (value === null) return "";
  if (value instanceof CellError) return value.code;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const fmt = (numberFormat ?? "General").split(";")[0];
  if (typeof value === "string") return value;
  if (fmt === "General" || fmt === "@" || fmt === "") return formatGeneralNumber(value);
  if (isDateFormat(fmt)) return formatDate(value, fmt);
  if (/[0#]/.test(fmt)) return formatNumber(value, fmt);
  return formatGeneralNumber(value);
}
