/**
 * End to end, as an office does it: write the master, send a copy to every unit department of the 2019
 * plan with `taizhang workbook --for`, get 17 filled copies back, `taizhang merge` them in one command.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { SHEETS } from "../../src/core/ledger/constants";
import { REPORT_SHEET } from "../../src/core/merge/constants";
import { itemsOf } from "../../src/core/merge/department";
import { Item } from "../../src/core/plan/types";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, load, save, sheetRows } from "./helpers";

const plan = plan2019();
const units = plan.departments.filter((d) => d.kind === "unit").map((d) => d.name);
const unitSet = new Set(units);
/** Who fills an item in: its first unit department in clause order (others leave it to them). */
const filler = (item: Item) => item.assignments.find((a) => unitSet.has(a.department))?.department ?? null;
const statusFor = (no: number) => (no === 14 ? "完成" : no % 3 === 0 ? "已完成" : "推进中");
const updatedFor = (no: number) => new Date(Date.UTC(2019, 7, (no % 28) + 1));

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

test("send the ledger to all 17 unit departments, merge their copies back in one command", async () => {
  expect(units).toHaveLength(17);
  const dir = mkdtempSync(join(tmpdir(), "tz-e2e-"));
  expect(await main(["workbook", "--out", "总表.xlsx"], capture(dir))).toBe(0);
  for (const d of units) {
    expect(
      await main(["workbook", "--from", "总表.xlsx", "--for", d, "--out", `${d}.xlsx`], capture(dir)),
    ).toBe(0);
  }

  // meanwhile the office itself updates item 30 in the master
  const masterWb = await load(readFileSync(join(dir, "总表.xlsx")));
  new LedgerEditor(masterWb.getWorksheet(SHEETS.ledger)!).set(30, "progress", "办公室在发出后补记");
  writeFileSync(join(dir, "总表.xlsx"), await save(masterWb));

  for (const d of units) {
    const { wb, ed } = await LedgerEditor.open(readFileSync(join(dir, `${d}.xlsx`)));
    for (const no of itemsOf(plan, d)) {
      const item = plan.items.find((i) => i.no === no)!;
      if (filler(item) === d) {
        ed.set(no, "status", statusFor(no))
          .set(no, "progress", `${d}：第${no}项已落实`)
          .set(no, "updated", updatedFor(no));
      }
    }
    if (d === "条法司") ed.set(5, "progress", "条法司：另有说法");
    if (d === "商标局" || d === "检索咨询中心") ed.set(24, "contact", "联络员");
    if (d === "报社") ed.set(2, "progress", "报社越权填写");
    if (d === "办公室") ed.set(30, "progress", "办公室副本的进展");
    writeFileSync(join(dir, `${d}.xlsx`), await save(wb));
  }
  const before = readFileSync(join(dir, "总表.xlsx"));

  const io = capture(dir);
  const code = await main(["merge", "总表.xlsx", ...units.map((d) => `${d}.xlsx`)], io);
  expect(io.stderr).toEqual([]);
  expect(code).toBe(0);
  expect(readFileSync(join(dir, "总表.xlsx")).equals(before)).toBe(true);

  const out = await load(readFileSync(join(dir, "总表-合并.xlsx")));
  const ed = new LedgerEditor(out.getWorksheet(SHEETS.ledger)!);
  let filled = 0;
  for (const item of plan.items) {
    const who = filler(item);
    const v = (f: Parameters<LedgerEditor["cell"]>[1]) => ed.cell(item.no, f).value;
    if (who === null) {
      expect([item.no, v("status"), v("progress")]).toEqual([item.no, "未启动", null]);
      continue;
    }
    filled++;
    const progress =
      item.no === 5 ? null : item.no === 30 ? "办公室在发出后补记" : `${who}：第${item.no}项已落实`;
    expect([item.no, v("status"), v("progress"), v("updated")]).toEqual([
      item.no,
      item.no === 14 ? "已完成" : statusFor(item.no),
      progress,
      updatedFor(item.no),
    ]);
  }
  expect(ed.cell(24, "contact").value).toBe("联络员");
  expect(ed.cell(2, "progress").value).toBe("办公室：第2项已落实");

  const text = io.stdout.join("\n");
  expect(text).toContain("部门副本 17 份");
  expect(text).toContain(`合计：采纳 ${3 * filled - 2 + 2} 格，跳过 1 格，拒绝 0 格，冲突 2 处`);
  expect(text).toContain(
    "序号 5「进展情况」：总表 （空）；《办公室.xlsx》（办公室） “办公室：第5项已落实”；《条法司.xlsx》（条法司） “条法司：另有说法”",
  );
  expect(text).toContain(
    "序号 30「进展情况」：总表（发出后已修改） “办公室在发出后补记”；《办公室.xlsx》（办公室） “办公室副本的进展”",
  );
  expect(text).toContain("跳过 序号 2「进展情况」：副本 “报社越权填写”");
  expect(text).toContain("采纳 序号 14「状态」：“未启动” → “已完成”——状态“完成”按“已完成”采纳（名称规范化）");

  const rows = sheetRows(out.getWorksheet(REPORT_SHEET)!);
  const summary = rows.filter((r) => units.includes(r[1]) && /^\d+$/.test(r[2]));
  expect(summary.map((r) => r[1])).toEqual(units);
  expect(summary.reduce((n, r) => n + Number(r[3]), 0)).toBe(3 * filled);
});
