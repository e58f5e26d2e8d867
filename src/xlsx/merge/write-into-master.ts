/**
 * The merged master written INTO the master's own package: only the fill-in cells the merge took change
 * (with their conflict marks; a previous merge's marks on cells no longer in conflict are taken off), and the sheets the merge itself makes — 合并报告, the rounds' 报送情况 /
 * 进展记录 / TZ_Rounds when it recorded returns, 未能对应的内容 when copies brought added columns — are
 * replaced or added; every other sheet, width, comment, name, style, validation, pivot, chart and drawing of
 * the master keeps its bytes (xlsx/patch). When that cannot be done faithfully (a taken cell's column or row
 * is not in the master, master rows would have to move to 未能对应的内容, the master has no styles part — its
 * dates are bare numbers a regeneration formats), the answer says why and the caller
 * regenerates the master from the plan as before.
 */
import { carryOver } from "../../core/ledger/carry-over";
import { FilledField, LEDGER_HEADERS, SHEETS } from "../../core/ledger/constants";
import { LedgerSnapshot } from "../../core/ledger/snapshot";
import { LedgerSettings } from "../../core/ledger/types";
import { MERGE_COLORS, REPORT_SHEET } from "../../core/merge/constants";
import { buildMergedSpec } from "../../core/merge/merged-spec";
import { MergeResult } from "../../core/merge/types";
import { Plan } from "../../core/plan/types";
import { ROUND_SHEETS } from "../../core/rounds/constants";
import { CellWrite, patchWorkbook } from "../patch";
import { writeLedgerXlsx } from "../write";

export interface MasterInPlace {
  bytes: Uint8Array | ArrayBuffer;
  snapshot: LedgerSnapshot;
  /** The 台账 sheet's fill-in columns (1-based). */
  columns: ReadonlyMap<FilledField, number>;
  /** Rounds (as recorded by this merge), 统计日期, 临期天数: the sheets made from them. */
  carried: Pick<LedgerSettings, "rounds" | "asOf" | "nearDays">;
  /** The rounds changed (the merge recorded returns): their sheets are replaced. */
  roundsChanged: boolean;
}

export type InPlaceResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export async function writeIntoMaster(
  master: MasterInPlace,
  result: MergeResult,
  plan: Plan,
  generatedAt: string | null,
): Promise<InPlaceResult> {
  const { snapshot, columns } = master;
  const movedRows = carryOver(plan, snapshot).unplaced;
  if (movedRows.length !== snapshot.unplaced.length) {
    return { ok: false, reason: "总表中有行要移到“未能对应的内容”表" };
  }
  const rowOf = new Map(snapshot.rows.flatMap((r) => (r.no === null ? [] : [[r.no, r.sheetRow] as const])));
  const cells: CellWrite[] = [];
  const at = (no: number, field: FilledField) => {
    const row = rowOf.get(no);
    const col = columns.get(field);
    return row === undefined || col === undefined ? null : { row, col };
  };
  const taken = new Set<string>();
  for (const e of result.report.events) {
    if (e.outcome !== "taken" || e.no === null || taken.has(`${e.no}|${e.field}`)) continue;
    taken.add(`${e.no}|${e.field}`);
    const ref = at(e.no, e.field);
    if (!ref) return { ok: false, reason: `总表中找不到序号 ${e.no} 的行或“${LEDGER_HEADERS[e.field]}”列` };
    cells.push({ sheet: SHEETS.ledger, ref, value: e.after });
  }
  for (const k of result.report.conflicts) {
    const ref = at(k.no, k.field);
    if (ref) cells.push({ sheet: SHEETS.ledger, ref, style: { fill: MERGE_COLORS.conflict } });
  }
  // The sheets the merge makes, as a regenerated master would have them; 未能对应的内容 only with what the
  // copies brought (the master's own rows stay where they are).
  const fromCopies = result.unplaced.slice(movedRows.length);
  const unplaced = [...snapshot.unplaced, ...fromCopies];
  const spec = buildMergedSpec(plan, snapshot, { ...result, unplaced }, generatedAt, master.carried);
  const made = new Set(spec.sheets.map((s) => s.name));
  const sheets = [
    REPORT_SHEET,
    ...(fromCopies.length > 0 ? [SHEETS.unplaced] : []),
    ...(master.roundsChanged ? [ROUND_SHEETS.status, ROUND_SHEETS.history, ROUND_SHEETS.data] : []),
  ].filter((name) => made.has(name));
  const donor = await writeLedgerXlsx(spec);
  const patched = await patchWorkbook(master.bytes, {
    cells,
    // A previous merge's marks on cells no longer in conflict go, as in a regenerated master.
    clearFills: [
      {
        sheet: SHEETS.ledger,
        fill: MERGE_COLORS.conflict,
        columns: [...columns.values()],
        fromRow: Math.min(...snapshot.rows.map((r) => r.sheetRow)),
      },
    ],
    transplant: { from: donor, sheets },
    requireStyles: true,
  });
  return patched.ok ? { ok: true, bytes: patched.bytes } : { ok: false, reason: patched.message };
}
