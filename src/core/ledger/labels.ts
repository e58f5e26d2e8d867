/** Section and subsection labels as printed: 一、…  （一）… */
import { chineseNumeral } from "../plan/numerals";
import { Plan } from "../plan/types";

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
