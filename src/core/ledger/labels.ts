/** Section and subsection labels as printed: 一、…  （一）… */
import { Plan } from "../plan/types";

const DIGITS = "〇一二三四五六七八九";

export function chineseNumeral(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
  return String(n);
}

export function sectionLabel(plan: Plan, no: number): string {
  const s = plan.sections.find((x) => x.no === no);
  return s ? `${printed(s.label || chineseNumeral(no))}${s.title}` : "";
}

export function subsectionLabel(plan: Plan, no: number | null): string {
  if (no === null) return "";
  const s = plan.subsections.find((x) => x.no === no);
  return s ? `${printed(s.label || `（${chineseNumeral(no)}）`)}${s.title}` : "";
}

/** A label as the document prints it before a title: 二、 （三） 2. ① */
function printed(label: string): string {
  if (/^[（(]|[)）]$|^[①-⑳]/.test(label)) return label;
  return /^[0-9]/.test(label) ? `${label}.` : `${label}、`;
}
