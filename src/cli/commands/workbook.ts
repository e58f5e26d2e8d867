/**
 * taizhang workbook [--plan PLAN.json|PLAN.txt] [--out FILE.xlsx] [--from OLD.xlsx] [--for DEPT] [--force]
 *
 * With --for 全部, writes every unit department's copy into the folder --out names (default: here).
 * With --for DEPT, writes that department's copy to send out: department recorded, its own items first and
 * highlighted, other rows locked, and a hidden baseline for `taizhang merge` (see src/core/merge/copy-spec.ts).
 *
 * Writes the ledger workbook for a plan (default: the bundled 2019 plan). With --from, regenerates it from a
 * filled-in ledger, carrying over every cell people fill in (matched by 序号); what cannot be placed goes to
 * the 未能对应的内容 sheet and the report. Never overwrites a file silently:
 *   - an existing output file is refused unless --force (or it is the --from file, see next);
 *   - writing over the --from file needs --out naming it explicitly; the original is first copied to a backup.
 * Exit: 0 written, 1 refused (would lose items or typed content), 2 bad usage or unreadable input.
 */
import { copyFileSync, existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildLedgerSpec } from "../../core/ledger/build";
import { CarryOverResult, carryOver } from "../../core/ledger/carry-over";
import { LEDGER_HEADERS, SHEETS } from "../../core/ledger/constants";
import { planId } from "../../core/ledger/plan-id";
import { LedgerSpec } from "../../core/ledger/types";
import { buildCopySpec } from "../../core/merge/copy-spec";
import { newMergeKey } from "../../core/ledger/key-sheet";
import { DEFAULT_STATUSES, StatusDef } from "../../core/status/statuses";
import { readLedgerXlsx } from "../../xlsx/read";
import { CarriedSettings, readCarriedXlsx } from "../../xlsx/read-carried";
import { NO_ROUNDS } from "../../core/rounds/types";
import { writeLedgerXlsx } from "../../xlsx/write";
import { removeStaleTemps, writeFileAtomic } from "../atomic-write";
import { CliIO } from "../io";
import { PlanIssue } from "../../core/plan/types";
import { applyCorrections } from "../../core/ledger/departments-cell";
import { loadPlan } from "./plan-input";
import { ALL_DEPARTMENTS, writeAllCopies } from "./workbook-copies";
import { describeValue } from "./workbook-support";

export const USAGE = [
  "用法：taizhang workbook [--plan PLAN] [--out 台账.xlsx] [--from 旧台账.xlsx] [--for 部门|全部] [--force]",
  "",
  "  生成台账工作簿（台账、责任分解、部门汇总、设置；有待确认时另有“待确认”表）。",
  "",
  "  --plan P     计划文件：.txt（UTF-8/GBK）、.docx、.xlsx（任务分工表）或 .json；有 --from 时默认用旧台账中保存的计划，否则用随附的 2019 年计划",
  "  --out F      输出文件（默认：计划标题-台账.xlsx）；--for 全部 时为文件夹",
  "  --from OLD   按序号带入旧台账中填写的内容，以及在“责任部门”列中做的改正；对不上的内容放入“未能对应的内容”表",
  "  --for 部门   生成某个部门的副本（只能填写本部门的事项）；--for 全部 生成每个部门的副本",
  "  --force      允许覆盖已存在的文件；--from 时允许舍弃找不到的填写列",
  "  -h, --help   显示本说明",
  "",
  "退出码：0 已生成  1 未生成（计划中没有任务、文件已存在等，原因见提示）  2 参数或文件有误",
].join("\n");

export { DEFAULT_PLAN } from "./plan-input";

interface Options {
  plan?: string;
  out?: string;
  from?: string;
  for?: string;
  force: boolean;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  let opts: Options;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        plan: { type: "string" },
        out: { type: "string" },
        from: { type: "string" },
        for: { type: "string" },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new Error("多余的参数");
    opts = {
      plan: values.plan,
      out: values.out,
      from: values.from,
      for: values.for,
      force: values.force ?? false,
    };
  } catch (err) {
    io.err(`taizhang workbook：参数有误（${(err as Error).message}）。\n${USAGE}`);
    return 2;
  }

  const planIssues: PlanIssue[] = [];
  const loaded = await loadPlan(opts.plan, io, "workbook", "未生成台账", planIssues, opts.from);
  if (typeof loaded === "number") return loaded;
  let plan = loaded;

  let carry: CarryOverResult | null = null;
  let carried: CarriedSettings = { rounds: NO_ROUNDS };
  let statuses: readonly StatusDef[] = DEFAULT_STATUSES;
  let fromPath: string | null = null;
  if (opts.from) {
    fromPath = resolve(io.cwd, opts.from);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(fromPath);
    } catch {
      io.err(`taizhang workbook：找不到或无法读取原台账 “${opts.from}”。`);
      return 2;
    }
    const read = await readLedgerXlsx(bytes);
    if (!read.value) {
      io.err(`taizhang workbook：${read.issues.map((i) => i.message).join("；")}`);
      return 1;
    }
    for (const issue of read.issues) io.err(`提示：${issue.message}`);
    const missing = read.value.missingFields ?? [];
    if (missing.length > 0 && !opts.force) {
      const names = missing.map((f) => `“${LEDGER_HEADERS[f]}”`).join("、");
      io.err(
        `taizhang workbook：原台账中找不到填写列 ${names}，未生成新台账——如果这些列被改了名，其中的内容会丢失。请把表头改回原名后重试；确认这些列已删除、内容可以舍弃，请加 --force。`,
      );
      return 1;
    }
    if (read.value.planId && read.value.planId !== planId(plan)) {
      io.err(
        `提示：原台账对应的计划（${read.value.planTitle ?? read.value.planId}）与本次计划的事项文字不完全相同，仍按序号对应，请核对。`,
      );
    }
    const fixes = applyCorrections(plan, read.value.rows);
    plan = fixes.plan;
    for (const c of fixes.corrected)
      io.out(`序号 ${c.no}：按原台账中改正的责任部门生成——“${c.before}”改为“${c.after}”。`);
    for (const u of fixes.unreadable)
      io.err(
        `提示：序号 ${u.no} 的责任部门“${u.text}”无法识别，仍按计划生成；请写成“市财政局（牵头）；市审计局（配合）”的格式。`,
      );
    carry = carryOver(plan, read.value);
    for (const note of carry.notes) io.err(`提示：${note}`);
    carried = await readCarriedXlsx(bytes);
    if (read.value.statuses.length > 0) statuses = read.value.statuses;
  }

  const settings = { statuses, generatedAt: new Date().toISOString(), filled: carry?.filled, ...carried };
  if (opts.for !== undefined && opts.from && !settings.mergeKey) {
    io.err(
      "提示：原台账没有合并校验密钥（由旧版本生成），副本的基准不加校验码，合并时按没有基准的副本处理（不覆盖总表已有内容）。如需核实副本，请先用 --from 重新生成总表，再由新总表发出副本。",
    );
  }
  if (opts.for !== undefined && ALL_DEPARTMENTS.includes(opts.for)) {
    return writeAllCopies(plan, settings, opts.out, opts.force, io);
  }
  let spec: LedgerSpec;
  let copyItems: number[] | null = null;
  if (opts.for !== undefined) {
    const copy = buildCopySpec(plan, opts.for, settings);
    if (!copy.ok) {
      io.err(`taizhang workbook：${copy.message}`);
      return 1;
    }
    spec = copy.spec;
    copyItems = copy.items;
  } else {
    spec = buildLedgerSpec(plan, {
      ...settings,
      // The master's merge key: kept from the old master, made once for a new (or an older, keyless) one.
      mergeKey: settings.mergeKey ?? newMergeKey(),
      copyDepartment: null,
      unplaced: carry?.unplaced,
      planIssues,
    });
  }
  const outPath = resolve(io.cwd, opts.out ?? spec.fileName);
  const shown = relative(io.cwd, outPath) || outPath;
  if (fromPath !== null && outPath === fromPath) {
    if (!opts.out) {
      io.err(
        `taizhang workbook：默认输出文件就是原台账 “${shown}”，不会自动覆盖。请用 --out 指定新文件名；确需原地更新，请写 --out “${shown}”（将先备份原文件）。`,
      );
      return 1;
    }
    const backup = backupPath(fromPath);
    copyFileSync(fromPath, backup);
    io.out(`已备份原台账：${relative(io.cwd, backup) || backup}`);
  } else if (existsSync(outPath) && statSync(outPath).isDirectory()) {
    io.err(
      `taizhang workbook：“${shown}” 是文件夹。请在 --out 中写文件名，如 --out “${join(shown, spec.fileName)}”；要为每个部门各生成一份放进这个文件夹，请用 --for 全部。`,
    );
    return 1;
  } else if (existsSync(outPath) && !opts.force) {
    io.err(
      `taizhang workbook：“${shown}” 已存在，未覆盖。若要保留其中填写的内容，请用 --from “${shown}” --out 新文件名 重新生成；确需覆盖请加 --force。`,
    );
    return 1;
  }

  const bytes = await writeLedgerXlsx(spec);
  // Temporary file beside the target, then one rename: a failure leaves the old file as it was.
  removeStaleTemps(outPath);
  try {
    writeFileAtomic(outPath, bytes, { overwrite: true });
  } catch (err) {
    io.err(
      `taizhang workbook：无法写入 “${shown}”（${(err as NodeJS.ErrnoException).code ?? String(err)}），原有文件未改动，也没有留下临时文件。请检查磁盘空间和文件夹权限后重试。`,
    );
    return 2;
  }
  io.out(`已生成台账：${outPath}`);
  if (copyItems !== null) copyReport(opts.for as string, copyItems, carry, io);
  const assignmentRows = spec.layout.assignments.bodyRows;
  io.out(
    `共 ${plan.items.length} 项工作、${plan.sections.length} 个板块、${plan.departments.length} 个部门、${assignmentRows} 条责任分解。`,
  );
  if (carry && copyItems === null) report(carry, io);
  return 0;
}

function copyReport(dept: string, items: number[], carry: CarryOverResult | null, io: CliIO): void {
  io.out(
    `这是发给“${dept}”的部门副本：该部门负责 ${items.length} 项（序号 ${items.join("、") || "无"}），排在最前并以黄色标出，只有这些行的填写列可以编辑；其他行已锁定。交回后用 taizhang merge 合并。`,
  );
  if (carry) io.out(`已带入原台账中的填写内容（${carry.carried.length} 行）。`);
  if (carry && carry.unplaced.length > 0) {
    io.out(`原台账中 ${carry.unplaced.length} 行未能对应的内容留在总表，未放入部门副本。`);
  }
}

function report(carry: CarryOverResult, io: CliIO): void {
  const first = DEFAULT_STATUSES[0].name;
  const typed = carry.carried.filter(
    (r) => r.fields.some((f) => f !== "status") || carry.filled[r.no].status !== first,
  );
  io.out(`已沿用 ${carry.carried.length} 行（其中 ${typed.length} 行除默认状态外有填写内容），按序号对应。`);
  for (const row of typed) {
    const fields = row.fields.map((f) => LEDGER_HEADERS[f]).join("、");
    io.out(`  沿用 序号 ${row.no}：${fields}${row.taskChanged ? "（注意：该项工作任务文字已修订）" : ""}`);
  }
  if (carry.unplaced.length === 0) return;
  io.out(`有 ${carry.unplaced.length} 行未能对应，已放入“${SHEETS.unplaced}”表：`);
  for (const u of carry.unplaced) {
    const content = Object.entries(u.values)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${LEDGER_HEADERS[k as keyof typeof LEDGER_HEADERS]}=${describeValue(v)}`)
      .join("，");
    io.out(
      `  未能对应 ${u.no === null ? "（无序号）" : `序号 ${u.no}`}：${u.reason}${content ? `；内容：${content}` : ""}`,
    );
  }
}

function backupPath(file: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.备份-${stamp}${ext}`);
}
