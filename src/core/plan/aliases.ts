/**
 * Probable aliases: two names in one plan that may be one department (市发展改革委 / 市发改委, 区人社局 /
 * 区人力资源社会保障局). Reported for a person to decide — never merged silently, since 市场监管局 and 市监局
 * may be one unit in one city and two in another.
 */
import { Department } from "./types";

/** Whether `short` reads as an abbreviation of `long`: same first and last character, its characters in order. */
export function abbreviates(short: string, long: string): boolean {
  const a = [...short];
  const b = [...long];
  if (a.length < 3 || a.length >= b.length || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1])
    return false;
  let k = 0;
  for (const c of b) if (c === a[k]) k += 1;
  return k === a.length;
}

export function probableAliases(departments: readonly Department[]): [string, string][] {
  const pairs: [string, string][] = [];
  const units = departments.filter((d) => d.kind === "unit").map((d) => d.name);
  for (const a of units)
    for (const b of units)
      if (a !== b && abbreviates(a, b) && !b.startsWith(a) && !b.endsWith(a)) pairs.push([a, b]);
  return pairs;
}
