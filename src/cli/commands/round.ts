/**
 * taizhang round start|status|close 总表.xlsx …
 *
 * Reporting rounds kept in the master: `start` opens a round (name, due date) — department copies made
 * during it carry it and merge records when each came back; `status` lists who has reported and the
 * 催报名单 of those who have not, with the 联系人 from their rows; `close` snapshots every task's cells into
 * 进展记录 and ends the round. start and close rewrite the master in place (one at a time: the merge's
 * lock; atomically: temporary file, rename), keeping everything people typed.
 * Exit: 0 done, 1 refused (see the message), 2 bad usage or I/O error.
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildLedgerSpec } from "../../core/ledger/build";
import { carryOver } from "../../core/ledger/carry-over";
import { DEFAULT_NEAR_DAYS } from "../../core/ledger/constants";
import { closeRound, startRound } from "../../core/rounds/operations";
import { statusLines } from "../../core/rounds/status-text";
import { RoundsState } from "../../core/rounds/types";
import { Plan } from "../../core/plan/types";
import { DEFAULT_STATUSES } from "../../core/status/statuses";
import { LedgerFile, readLedgerFile } from "../../xlsx/merge/read-file";
import { writeLedgerXlsx } from "../../xlsx/write";
import { removeStaleTemps, writeFileAtomic } from "../atomic-write";
import { CliIO } from "../io";
import { lockMaster } from "../master-lock";
import { loadPlan } from "./plan-input";
import { isCalendarDay } from "../../core/time/calendar-day";

export const USAGE = [
  "用法：taizhang round start 总表.xlsx 轮次名称 --due yyyy-mm-dd [--date yyyy-mm-dd] [--plan PLAN]",
  "      taizhang round status 总表.xlsx [--plan PLAN]",
  "      taizhang round close 总表.xlsx [--date yyyy-mm-dd] [--plan PLAN]",
  "",
  "  报送轮次（每月、每季度向各部门收集进展）：",
  "  start   开始新的一轮（如 “2019年第三季度” --due 2019-09-25）；此后用 workbook --for 发出的副本带有本轮，",
  "          merge 合并时记录各部门何时交回、是否逾期（见“报送情况”表）",
  "  status  列出本轮已报送和未报送的部门，以及可直接复制的催报名单（含各部门在台账中填写的联系人）",
  "  close   结束本轮：把每项工作的填写内容记入“进展记录”表，供下一轮对比（部门汇总的本轮新完成、本轮新逾期）",
  "",
  "  --due D     本轮截止日期（start 必填）",
  "  --date D    按指定日期记录开始或结束（默认今天）",
  "  --plan P    计划文件（.txt/.docx/.xlsx/.json）；默认使用总表中保存的计划（旧总表没有时用随附的 2019 年计划）",
  "  -h, --help  显示本说明",
  "",
  "退出码：0 完成  1 未完成（原因见提示）  2 参数或文件有误",
].join("\n");

const ACTIONS = ["start", "status", "close"] as const;
type Action = (typeof ACTIONS)[number];

interface Options {
  action: Action;
  master: string;
  name?: string;
  due?: string;
  date: string;
  plan?: string;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function parse(args: string[]): Options | "help" {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      due: { type: "string" },
      date: { type: "string" },
      plan: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  const [action, master, name] = positionals;
  if (!ACTIONS.includes(action as Action))
    throw new Error(`第一个参数应为 start、status 或 close，而不是 “${action ?? ""}”`);
  if (!master) throw new Error("需要总表文件");
  if (action === "start" && (!name || !values.due)) throw new Error("start 需要轮次名称和 --due 截止日期");
  if (values.date !== undefined && !isCalendarDay(values.date)) throw new Error("--date 应写成 yyyy-mm-dd");
  return {
    action: action as Action,
    master,
    name,
    due: values.due,
    date: values.date ?? today(),
    plan: values.plan,
  };
}

export async function run(args: string[], io: CliIO): Promise<number> {
  let opts: Options;
  try {
    const parsed = parse(args);
    if (parsed === "help") {
      io.out(`${USAGE}\n`);
      return 0;
    }
    opts = parsed;
  } catch (err) {
    io.err(`taizhang round：参数有误（${(err as Error).message}）。\n${USAGE}`);
    return 2;
  }
  const masterPath = resolve(io.cwd, opts.master);
  if (opts.action === "status") return status(masterPath, opts, io);
  const lock = await lockMaster(masterPath);
  if ("message" in lock) {
    io.err(`taizhang round：${lock.message}`);
    return 1;
  }
  try {
    if (lock.notice) io.err(lock.notice);
    return await change(masterPath, opts, io);
  } finally {
    lock.release();
  }
}

/** The master and the plan to use, from one load of the file (the plan it carries unless --plan). */
async function readMasterAndPlan(
  path: string,
  opts: Options,
  io: CliIO,
): Promise<{ file: MasterFile; plan: Plan } | number> {
  const file = await readMaster(path, io);
  if (!file) return 2;
  const plan = await loadPlan(opts.plan, io, "round", "未改动总表", undefined, file.plan ?? { found: false });
  return typeof plan === "number" ? plan : { file, plan };
}

type MasterFile = Extract<LedgerFile, { ok: true }>;

async function readMaster(path: string, io: CliIO): Promise<MasterFile | null> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    io.err(`taizhang round：找不到或无法读取总表 “${relative(io.cwd, path) || path}”。`);
    return null;
  }
  const file = await readLedgerFile(bytes, { plan: true });
  if (!file.ok) {
    io.err(`taizhang round：${file.message}`);
    return null;
  }
  if (file.snapshot.copyDepartment) {
    io.err(`taizhang round：这是发给“${file.snapshot.copyDepartment}”的部门副本，不是总表。请对总表操作。`);
    return null;
  }
  return file;
}

async function status(path: string, opts: Options, io: CliIO): Promise<number> {
  const read = await readMasterAndPlan(path, opts, io);
  if (typeof read === "number") return read;
  const { file, plan } = read;
  for (const line of statusLines(plan, file.snapshot, file.carried.rounds)) io.out(line);
  return 0;
}

async function change(path: string, opts: Options, io: CliIO): Promise<number> {
  const read = await readMasterAndPlan(path, opts, io);
  if (typeof read === "number") return read;
  const { file, plan } = read;
  const carry = carryOver(plan, file.snapshot);
  const statuses = file.snapshot.statuses.length > 0 ? file.snapshot.statuses : DEFAULT_STATUSES;
  const result =
    opts.action === "start"
      ? startRound(file.carried.rounds, opts.name ?? "", opts.due ?? "", opts.date)
      : closeRound(
          file.carried.rounds,
          plan,
          carry.filled,
          statuses,
          opts.date,
          file.carried.nearDays ?? DEFAULT_NEAR_DAYS,
        );
  if (!result.ok) {
    io.err(`taizhang round：${result.message}`);
    return 1;
  }
  const rounds: RoundsState = result.state;
  const spec = buildLedgerSpec(plan, {
    ...file.carried,
    statuses,
    copyDepartment: null,
    generatedAt: new Date().toISOString(),
    filled: carry.filled,
    unplaced: carry.unplaced,
    rounds,
  });
  const bytes = await writeLedgerXlsx(spec);
  removeStaleTemps(path);
  try {
    writeFileAtomic(path, bytes, { overwrite: true });
  } catch (err) {
    io.err(
      `taizhang round：无法写入总表（${(err as NodeJS.ErrnoException).code ?? String(err)}），总表未改动。请关闭在 Excel 中打开的总表后重试。`,
    );
    return 2;
  }
  const r = result.round;
  if (opts.action === "start") {
    io.out(`已开始“${r.name}”，截止 ${r.due}。`);
    io.out(
      "下一步：taizhang workbook --from 总表.xlsx --for 全部 --out 发出/ 生成本轮的部门副本；交回后用 taizhang merge 合并。",
    );
  } else {
    io.out(`已结束“${r.name}”：${plan.items.length} 项工作的填写内容已记入“进展记录”表。`);
    io.out("下一轮：taizhang round start 总表.xlsx 名称 --due 日期");
  }
  return 0;
}
