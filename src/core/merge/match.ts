/**
 * Which master item each row of a returned copy is: by 序号, checked against the task text. A copy that was
 * re-sorted keeps its 序号 and matches directly; a re-numbered row is found by its text; a row that is neither
 * is reported, never guessed.
 */
import { SnapshotRow } from "../ledger/snapshot";
import { Plan } from "../plan/types";
import { similarity, taskKey } from "./values";

/** Task texts at least this alike count as the same item (small edits, a dropped character). */
const SAME_TEXT = 0.85;

export interface RowMatch {
  row: SnapshotRow;
  /** The master item. */
  no: number;
  /** Why this is not the plain 序号 match, if it is not. */
  note: string | null;
}

export interface RowMiss {
  row: SnapshotRow;
  reason: string;
}

export interface Matching {
  matches: RowMatch[];
  misses: RowMiss[];
}

export function matchRows(rows: readonly SnapshotRow[], plan: Plan): Matching {
  const items = new Map(plan.items.map((i) => [i.no, taskKey(i.text)]));
  const byText = new Map<string, number | null>();
  for (const [no, key] of items) byText.set(key, byText.has(key) ? null : no);
  const claimed = new Map<number, number>();
  const matches: RowMatch[] = [];
  const misses: RowMiss[] = [];
  const later: SnapshotRow[] = [];

  for (const row of rows) {
    const itemKey = row.no === null ? undefined : items.get(row.no);
    if (row.no === null || itemKey === undefined) {
      later.push(row);
      continue;
    }
    const key = taskKey(row.task);
    const alike = key === "" || key === itemKey ? 1 : similarity(key, itemKey);
    if (alike < SAME_TEXT) {
      later.push(row);
      continue;
    }
    const first = claimed.get(row.no);
    if (first !== undefined) {
      misses.push({
        row,
        reason: `序号 ${row.no} 在副本中重复出现（第 ${first} 行和第 ${row.sheetRow} 行）`,
      });
      continue;
    }
    claimed.set(row.no, row.sheetRow);
    const note =
      key === ""
        ? `第 ${row.sheetRow} 行没有任务文字，仅按序号 ${row.no} 对应`
        : alike < 1
          ? `第 ${row.sheetRow} 行（序号 ${row.no}）的任务文字与总表略有不同，仍按序号对应`
          : null;
    matches.push({ row, no: row.no, note });
  }

  for (const row of later) {
    const key = taskKey(row.task);
    const found = key === "" ? undefined : byText.get(key);
    const numbered = row.no === null ? "该行没有序号" : `序号 ${row.no}`;
    if (found === undefined || found === null) {
      const why =
        row.no === null
          ? "该行没有序号，任务文字也无法对应到总表事项"
          : !items.has(row.no)
            ? `总表中没有序号 ${row.no}，任务文字也无法对应到总表事项`
            : `序号 ${row.no} 的任务文字与总表第 ${row.no} 项不同，且无法按文字找到对应事项`;
      misses.push({
        row,
        reason: found === null ? `${numbered}，任务文字在总表中出现多次，无法确定对应事项` : why,
      });
      continue;
    }
    const first = claimed.get(found);
    if (first !== undefined) {
      misses.push({
        row,
        reason: `${numbered}：按任务文字对应到序号 ${found}，但第 ${first} 行已对应该项`,
      });
      continue;
    }
    claimed.set(found, row.sheetRow);
    matches.push({
      row,
      no: found,
      note:
        row.no === null
          ? `第 ${row.sheetRow} 行没有序号，已按任务文字对应到序号 ${found}`
          : `第 ${row.sheetRow} 行：序号 ${row.no} 与任务文字不符，已按任务文字对应到序号 ${found}`,
    });
  }
  return { matches, misses };
}
