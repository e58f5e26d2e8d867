/**
 * Numbering markers at the start of a paragraph: 一、 （一） 1. （1） 1） ①, in ASCII or full-width. Each
 * kind of marker is a level; which level is which is learnt from the document (order of first appearance).
 */
import { CHINESE_NUMERAL_CHARS, parseNumeral, toAsciiDigits } from "./numerals";

export type MarkerKind = "cn" | "paren-cn" | "num" | "paren-num" | "num-paren" | "circled";

export interface Marker {
  kind: MarkerKind;
  no: number;
  /** The marker as a reader would cite it: 二, （三）, 2, （1）, ①. */
  label: string;
  /** The text after the marker. */
  rest: string;
  /** A number followed by more digits (1.2023年底前…): a marker only where the numbering expects it. */
  ambiguous: boolean;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]+`;
const SECTION = new RegExp(`^(${CN})\\s*[、，,．.]\\s*(.*)$`);
const PAREN_CN = new RegExp(`^[(（]\\s*(${CN})\\s*[)）]\\s*[、.．]?\\s*(.*)$`);
const NUM = /^([0-9０-９]{1,3})\s*[.．、]\s*(.*)$/;
const PAREN_NUM = /^[(（]\s*([0-9０-９]{1,3})\s*[)）]\s*[、.．]?\s*(.*)$/;
const NUM_PAREN = /^([0-9０-９]{1,3})\s*[)）]\s*(.*)$/;
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

export function readMarker(line: string): Marker | null {
  const num = NUM.exec(line);
  if (num) {
    const no = Number(toAsciiDigits(num[1]));
    const ambiguous = /^[.．][0-9０-９]/.test(line.slice(num[1].length).trimStart());
    return { kind: "num", no, label: String(no), rest: num[2], ambiguous };
  }
  const parenNum = PAREN_NUM.exec(line);
  if (parenNum) {
    const no = Number(toAsciiDigits(parenNum[1]));
    return { kind: "paren-num", no, label: `（${no}）`, rest: parenNum[2], ambiguous: false };
  }
  const numParen = NUM_PAREN.exec(line);
  if (numParen) {
    const no = Number(toAsciiDigits(numParen[1]));
    return { kind: "num-paren", no, label: `${no}）`, rest: numParen[2], ambiguous: false };
  }
  const circled = CIRCLED.indexOf(line[0] ?? "");
  if (circled >= 0 && line[0] !== undefined)
    return { kind: "circled", no: circled + 1, label: line[0], rest: line.slice(1).trim(), ambiguous: false };
  const paren = PAREN_CN.exec(line);
  const parenNo = paren ? parseNumeral(paren[1]) : null;
  if (paren && parenNo !== null)
    return { kind: "paren-cn", no: parenNo, label: `（${paren[1]}）`, rest: paren[2], ambiguous: false };
  const section = SECTION.exec(line);
  const sectionNo = section ? parseNumeral(section[1]) : null;
  if (section && sectionNo !== null && sectionNo < 100)
    return { kind: "cn", no: sectionNo, label: section[1], rest: section[2], ambiguous: false };
  return null;
}
