/** Updating an existing ledger: read it, carry over what people typed, write what differs, repair the rest. */
import { buildLedgerSpecWith } from "../../core/ledger/build-spec";
import { carryOver } from "../../core/ledger/carry-over";
import { DEFAULT_NEAR_DAYS, SHEETS } from "../../core/ledger/constants";
import { KEY_SHEET, newMergeKey } from "../../core/ledger/key-sheet";
import {
  PLAN_FIRST_CHUNK_ROW,
  PLAN_SHEET,
  planHeaderChunks,
  planHeaderMatches,
} from "../../core/ledger/plan-sheet";
import { SheetSpec } from "../../core/ledger/types";
import { Plan } from "../../core/plan/types";
import { DEFAULT_STATUSES } from "../../core/status/statuses";
import type { Repair } from "../api";
import { LedgerError } from "../ledger-error";
import { PIVOT_NAME, PIVOT_SHEET, placePivot } from "../summary";
import { Discovery, LedgerState, gridEnd, hasSheet, readLedgerState, readSettings } from "../read-ledger";
import { WriteBatch } from "./batch";
import { dressSheet } from "./dress";
import type { ApplyOptions, ApplyResult } from "./index";
import { Later, countBodyRows, unique, writeSheet } from "./sheet";
import { locateLedger, sameRange } from "./locate";
import { extraColumns } from "./extra-columns";
import { keepFormulas } from "./formulas";
import { snapshotFromState } from "./snapshot";
import { addTable, fitTable, syncNames } from "./structure";
import { writeBlocks } from "./values";
import { ledgerRepairs, updateLedgerSheet } from "./update-ledger-sheet";
import { ROUND_SHEETS } from "../../core/rounds/constants";

const ROUND_SHEET_NAMES: readonly string[] = Object.values(ROUND_SHEETS);

export const KEY_ADDED_NOTE =
  "台账加上了合并校验密钥（隐藏）：今后发出的部门副本带校验码，合并时核对副本的所属部门。此前发出的副本没有校验码，合并时不覆盖台账已有内容。";

export async function updateLedger(
  b: WriteBatch,
  plan: Plan,
  options: ApplyOptions,
  discovery: Discovery,
): Promise<Omit<ApplyResult, "syncs">> {
  const shape = buildLedgerSpecWith(
    plan,
    { statuses: DEFAULT_STATUSES, copyDepartment: null, generatedAt: null },
    null,
  );
  // The rounds' code loads only for a workbook that has rounds, or when one is started (rounds-parts.ts).
  const roundParts =
    options.rounds || ROUND_SHEET_NAMES.some((name) => hasSheet(discovery, name))
      ? await import("./rounds-parts")
      : null;
  const ledgerShape = shape.sheets[0];
  const state = await readLedgerState(b.context, discovery, {
    statusRange: ledgerShape.validations[0]?.range,
    dataValidation: b.caps.dataValidation && b.caps.api("1.8"),
  });
  const departments = plan.departments.map((d) => d.name);
  const loc = locateLedger(state, departments);
  if (!loc && state.grids[SHEETS.ledger]) {
    throw new LedgerError(
      "general",
      "工作表“台账”中找不到台账表头（序号、工作任务），无法确定已填写的内容，未做任何修改。",
      "请检查“台账”表的表头行；如果这是另一张表，请将它改名后再生成台账。",
    );
  }
  const settings = readSettings(state);
  const snapshot = snapshotFromState(state, loc, settings);
  const carried = carryOver(plan, snapshot);
  const now = options.now ?? (() => new Date());
  const statuses =
    options.statuses ?? (settings && settings.statuses.length > 0 ? settings.statuses : DEFAULT_STATUSES);
  const rounds = roundParts
    ? roundParts.changedRounds(
        roundParts.roundsFromState(state),
        options.rounds,
        plan,
        carried.filled,
        statuses,
        settings?.nearDays ?? DEFAULT_NEAR_DAYS,
      )
    : { state: undefined, round: null };
  const needsKey = (settings?.copyDepartment ?? null) === null && !hasSheet(state, KEY_SHEET);
  const spec = buildLedgerSpecWith(
    plan,
    {
      statuses,
      copyDepartment: settings?.copyDepartment ?? null,
      generatedAt: settings?.generatedAt ?? now().toISOString(),
      writtenAt: now().toISOString(),
      filled: carried.filled,
      unplaced: carried.unplaced,
      ...(options.planIssues ? { planIssues: options.planIssues } : {}),
      // What the rounds commands and a person keep in the workbook (issue 14).
      ...(rounds.state ? { rounds: rounds.state } : {}),
      ...(settings?.asOf ? { asOf: settings.asOf } : {}),
      ...(settings?.nearDays !== null && settings?.nearDays !== undefined
        ? { nearDays: settings.nearDays }
        : {}),
      // A master without a merge key (made by an older version) gets one, once; an existing key sheet is
      // never written (not in the spec), and a department's copy never carries one.
      ...(needsKey ? { mergeKey: newMergeKey() } : {}),
    },
    roundParts?.roundSheets ?? null,
  );

  const repairs: Repair[] = [];
  const notes: string[] = keepFormulas(spec, loc, snapshot.rows);
  const extra = extraColumns(spec, loc, snapshot.rows);
  if (extra) {
    notes.push(`表格中自行添加的列（${extra.headers.join("、")}）已连同内容移到台账表格右侧。`);
  }
  let rowsWritten = 0;
  const later: Later = [];
  if (movePivot(b, state, options, later)) {
    repairs.push({
      kind: "sheet",
      message: `数据透视表移到单独的“${PIVOT_SHEET}”工作表（状态增加时不再与“${SHEETS.summary}”冲突）`,
    });
  }
  for (const s of spec.sheets) {
    if (s.name === PLAN_SHEET) {
      await writePlanSheet(b, s, state, plan, notes, later);
      continue;
    }
    if (!hasSheet(state, s.name)) {
      const sheet = b.context.workbook.worksheets.add(s.name);
      b.op();
      const rows = await writeSheet(b, sheet, s, true, notes, later);
      if (s.name === SHEETS.ledger) rowsWritten = countBodyRows(rows, spec);
      if (s.name === KEY_SHEET) {
        notes.push(KEY_ADDED_NOTE);
      } else if (s.name === SHEETS.settings) {
        repairs.push({ kind: "settings", message: "补回“设置”工作表（状态列表按默认值恢复）" });
      } else if (s.name === SHEETS.unplaced) {
        notes.push(
          `有 ${carried.unplaced.length} 行填写内容无法对应到计划中的事项，已放在“${SHEETS.unplaced}”表中。`,
        );
      } else if (!(rounds.round && ROUND_SHEET_NAMES.includes(s.name))) {
        // (the rounds' sheets appear with the first round started here: nothing to repair)
        repairs.push({ kind: "sheet", message: `补回工作表“${s.name}”` });
      }
      continue;
    }
    const sheet = b.context.workbook.worksheets.getItem(s.name);
    if (s.name === SHEETS.ledger) {
      repairs.push(
        ...ledgerRepairs(
          spec,
          state,
          loc,
          snapshot.rows.map((r) => r.no),
        ),
      );
      const withExtra = extra ? { ...s, blocks: [...s.blocks, extra.block] } : s;
      const rows = await updateLedgerSheet(b, sheet, withExtra, spec, state, loc, repairs, notes, later);
      rowsWritten = countBodyRows(rows, spec);
    } else {
      await updateOtherSheet(b, sheet, s, state, repairs);
    }
  }
  // Sheets → names → rules: the status drop-down names TZ_Statuses, which may have just been put back.
  for (const n of syncNames(b, state, spec.names)) {
    repairs.push({
      kind: "named-range",
      message: n.missing ? `补回名称“${n.name}”` : `修正名称“${n.name}”的引用`,
    });
  }
  for (const f of later) f();
  return {
    created: false,
    rowsWritten,
    rowsKept: carried.carried.length,
    repairs,
    notes: unique(notes),
    ...(rounds.round ? { round: rounds.round } : {}),
  };
}

/**
 * A PivotTable from before, beside the formula summary on 部门汇总: the summary grows with the status list and
 * Excel refuses to write over a PivotTable ("Cannot change part of PivotTable"), so it is deleted before the
 * sheets are written and created again on its own sheet after them (issue 11, bug 3).
 */
function movePivot(b: WriteBatch, state: LedgerState, options: ApplyOptions, later: Later): boolean {
  const old = state.pivots.find((p) => p.name === PIVOT_NAME && p.sheet !== PIVOT_SHEET);
  if (!old || !b.caps.api("1.8") || !options.capabilities.pivotTables) return false;
  b.context.workbook.pivotTables.getItem(PIVOT_NAME).delete();
  b.op(2);
  later.push(() => {
    placePivot(b.context, hasSheet(state, PIVOT_SHEET));
    b.op(12);
  });
  return true;
}

/**
 * The plan sheet: added to a ledger from before workbooks carried their plan (an upgrade, said in a note);
 * rewritten whole when the plan changed (old pieces cleared first); left alone when its header already
 * describes this plan — the pieces are never read back here.
 */
async function writePlanSheet(
  b: WriteBatch,
  s: SheetSpec,
  state: LedgerState,
  plan: Plan,
  notes: string[],
  later: Later,
): Promise<void> {
  if (!hasSheet(state, s.name)) {
    const sheet = b.context.workbook.worksheets.add(s.name);
    b.op();
    await writeSheet(b, sheet, s, true, notes, later);
    notes.push("工作簿现在保存了所用的计划（隐藏），今后更新、校验、汇总和合并都按它进行。");
    return;
  }
  if (state.planHeader && planHeaderMatches(state.planHeader, plan)) return;
  const sheet = b.context.workbook.worksheets.getItem(s.name);
  const rows = PLAN_FIRST_CHUNK_ROW - 1 + planHeaderChunks(state.planHeader ?? []);
  sheet.getRangeByIndexes(0, 0, Math.max(rows, PLAN_FIRST_CHUNK_ROW), 2).clear("Contents");
  b.op();
  await writeBlocks(b, sheet, s, null);
}

async function updateOtherSheet(
  b: WriteBatch,
  sheet: Excel.Worksheet,
  s: SheetSpec,
  state: LedgerState,
  repairs: Repair[],
): Promise<void> {
  await writeBlocks(b, sheet, s, state.grids[s.name]);
  let structural = false;
  for (const t of s.tables) {
    const current = state.tableRanges[t.name];
    if (!current) {
      addTable(b, sheet, t);
      repairs.push({ kind: "table", message: `补回“${s.name}”表中的表格` });
      structural = true;
    } else if (!sameRange(current, t.range)) {
      fitTable(b, sheet, t);
      structural = true;
    }
  }
  // A sheet that grows wider (部门汇总 gaining the 本轮 columns when a round starts) is dressed again.
  const end = gridEnd(state.grids[s.name]);
  if (s.blocks.some((k) => k.col + (k.values[0]?.length ?? 0) - 1 > end.col)) structural = true;
  if (!state.grids[s.name]) {
    structural = true;
    if (s.name === SHEETS.settings) repairs.push({ kind: "settings", message: "补回“设置”表的内容" });
  }
  if (structural) await dressSheet(b, sheet, s, false);
}
