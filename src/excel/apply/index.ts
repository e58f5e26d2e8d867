/**
 * applyLedger: creates the ledger in the open workbook, or updates it — keeping everything people typed,
 * writing only what differs and repairing what is missing. Sheets first, then the workbook names, then the
 * rules that use them (validation, conditional formats), then visibility and protection. One Excel.run through runExcel; syncs: create 2
 * (discover, write), update 4 (discover, read in two parts, write); a write over REQUEST_LIMIT_BYTES (2.4 MB) takes more syncs.
 */
import { buildLedgerSpecWith } from "../../core/ledger/build-spec";
import { SHEETS, TABLES } from "../../core/ledger/constants";
import { newMergeKey } from "../../core/ledger/key-sheet";
import { Plan, PlanIssue } from "../../core/plan/types";
import { DEFAULT_STATUSES, StatusDef } from "../../core/status/statuses";
import type { ApplyReport, HostCapabilities } from "../api";
import { LedgerError } from "../ledger-error";
import { Discovery, discoverWorkbook } from "../read-ledger";
import { RunOptions, runExcel } from "../run";
import { Capabilities, WriteBatch, officeApiSupported } from "./batch";
import { Later, countBodyRows, unique, writeSheet } from "./sheet";
import { syncNames } from "./structure";
import { updateLedger } from "./update";
import type { RoundsChange } from "./rounds-change";
import type { Round } from "../../core/rounds/types";

export interface ApplyOptions {
  /** The status list for a new ledger (an existing ledger keeps the one on its 设置 sheet unless given). */
  statuses?: readonly StatusDef[];
  now?: () => Date;
  capabilities: HostCapabilities;
  /** ExcelApi requirement-set check; defaults to Office.context.requirements. */
  apiSupported?: (version: string) => boolean;
  run?: RunOptions;
  /** What the plan's reader could not settle: written on the 待确认 sheet. */
  planIssues?: readonly PlanIssue[];
  /** Request payload allowed per sync (default REQUEST_LIMIT_BYTES, under Excel's 5 MB). */
  requestLimitBytes?: number;
  /** A reporting-round operation to make with this update (the ledger must exist). */
  rounds?: RoundsChange;
}

export interface ApplyResult extends ApplyReport {
  /** What was left out on this Excel (not repairs), in Chinese. */
  notes: string[];
  /** context.sync() calls made by the write (for budgets and benches). */
  syncs: number;
  /** The round started or closed by `options.rounds`. */
  round?: Round;
}

const LEDGER_SHEETS: readonly string[] = Object.values(SHEETS);

export async function applyLedger(plan: Plan, options: ApplyOptions): Promise<ApplyResult> {
  const caps: Capabilities = {
    api: options.apiSupported ?? officeApiSupported,
    dataValidation: options.capabilities.dataValidation,
  };
  return runExcel(async (context) => {
    const discovery = await discoverWorkbook(context);
    const locked = discovery.sheets.find((s) => s.protected && LEDGER_SHEETS.includes(s.name));
    if (locked) {
      throw new LedgerError(
        "protected",
        `工作表“${locked.name}”受保护，无法写入台账。`,
        "请在“审阅 → 撤消工作表保护”中取消保护后再试；已填写的内容不会受影响。",
        "AccessDenied",
      );
    }
    const batch = new WriteBatch(context, caps, options.requestLimitBytes);
    const exists =
      discovery.sheets.some((s) => LEDGER_SHEETS.includes(s.name)) ||
      discovery.tables.some((t) => t.name === TABLES.ledger);
    if (!exists && options.rounds) {
      throw new LedgerError(
        "no-ledger",
        "这个工作簿还没有台账，无法开始或结束报送轮次。",
        "请先点“生成台账”。",
      );
    }
    const result = exists
      ? await updateLedger(batch, plan, options, discovery)
      : await createLedger(batch, plan, options, discovery);
    await batch.flush();
    return { ...result, syncs: batch.syncs + 1 + (exists ? 1 : 0) };
  }, options.run);
}

async function createLedger(
  b: WriteBatch,
  plan: Plan,
  options: ApplyOptions,
  _discovery: Discovery,
): Promise<Omit<ApplyResult, "syncs">> {
  const now = options.now ?? (() => new Date());
  // A new ledger has no rounds: their builders stay out of the pane's first load.
  const spec = buildLedgerSpecWith(
    plan,
    {
      statuses: options.statuses ?? DEFAULT_STATUSES,
      copyDepartment: null,
      generatedAt: now().toISOString(),
      ...(options.planIssues ? { planIssues: options.planIssues } : {}),
      // The master's merge key, made once (a veryHidden TZ_Key sheet, as `taizhang workbook` writes it).
      mergeKey: newMergeKey(),
    },
    null,
  );
  const notes: string[] = [];
  let rowsWritten = 0;
  const later: Later = [];
  for (const s of spec.sheets) {
    const sheet = b.context.workbook.worksheets.add(s.name);
    b.op();
    const rows = await writeSheet(b, sheet, s, true, notes, later);
    if (s.name === SHEETS.ledger) rowsWritten = countBodyRows(rows, spec);
  }
  // Sheets → names → rules: the status drop-down names TZ_Statuses.
  syncNames(b, null, spec.names);
  for (const f of later) f();
  b.context.workbook.worksheets.getItem(SHEETS.ledger).activate();
  b.op();
  return { created: true, rowsWritten, rowsKept: 0, repairs: [], notes: unique(notes) };
}
