/** A stable identity for a plan: slug + short hash of its item texts, so a merge can tell another plan. */
import { Plan } from "../plan/types";

/** FNV-1a 32-bit over UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function planId(plan: Plan): string {
  const ascii = (plan.title.match(/[A-Za-z0-9]+/g) ?? []).join("-").toLowerCase();
  const slug = ascii ? `plan-${ascii}` : "plan";
  const texts = plan.items.map((i) => `${i.no}\u0001${i.text}`).join("\u0002");
  return `${slug}-${fnv1a(texts)}`;
}
