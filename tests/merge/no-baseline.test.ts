/**
 * A returned file without its hidden baseline must not reset what other departments merged since send-out:
 * a lone 台账 sheet in a new book and an older master are refused; a copy whose TZ_Baseline was deleted (its
 * department still on 设置) gives only its own items' cells, and never over content the master holds.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { SHEETS } from "../../src/core/ledger/constants";
import { BASELINE_SHEET } from "../../src/core/merge/constants";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, load, save, sendCopy, writeMaster } from "./helpers";

const plan = plan2019();

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** Only the named sheets kept (as 移动或复制工作表 into a new book, or deleting the hidden baseline). */
async function keepSheets(bytes: Uint8Array, keep: readonly string[]): Promise<Uint8Array> {
  const wb = await load(bytes);
  for (const ws of [...wb.worksheets]) if (!keep.includes(ws.name)) wb.removeWorksheet(ws.id);
  return save(wb);
}

/**
 * Sent out at 0: 办公室 and 条法司. 条法司's copy is merged first (item 5); then 办公室 returns a file whose
 * item 5 is still blank and whose item 9 is older than what the master holds.
 */
async function scene(): Promise<{ dir: string; original: Uint8Array; office: Uint8Array }> {
  const dir = mkdtempSync(join(tmpdir(), "tz-nobase-"));
  const original = await writeMaster(plan);
  writeFileSync(join(dir, "原总表.xlsx"), original);
  const law = await LedgerEditor.open(await sendCopy(plan, original, "条法司"));
  law.ed.set(5, "progress", "条法司已完成梳理");
  writeFileSync(join(dir, "条法司.xlsx"), await save(law.wb));
  const office = await LedgerEditor.open(await sendCopy(plan, original, "办公室"));
  office.ed.set(2, "contact", "李四").set(9, "progress", "办公室较旧的说明");
  expect(await main(["merge", "原总表.xlsx", "条法司.xlsx", "--out", "总表.xlsx"], capture(dir))).toBe(0);
  // the office then wrote item 9 straight into the master
  const master = await LedgerEditor.open(readFileSync(join(dir, "总表.xlsx")));
  master.ed.set(9, "progress", "办公室后来在总表中写的");
  writeFileSync(join(dir, "总表.xlsx"), await save(master.wb));
  return { dir, original, office: await save(office.wb) };
}

test("a lone 台账 sheet and an older master passed as copies are refused, nothing written", async () => {
  const { dir, original, office } = await scene();
  writeFileSync(join(dir, "只有台账.xlsx"), await keepSheets(office, [SHEETS.ledger]));
  writeFileSync(join(dir, "旧总表.xlsx"), original);
  const before = readFileSync(join(dir, "总表.xlsx"));
  for (const file of ["只有台账.xlsx", "旧总表.xlsx"]) {
    const io = capture(dir);
    expect(await main(["merge", "总表.xlsx", file, "--out", "结果.xlsx"], io)).toBe(1);
    const text = io.stderr.join("\n");
    expect(text).toContain(`“${file}” 既没有发出时的基准`);
    expect(text).toContain(
      "请让该部门在用 “taizhang workbook --from 总表.xlsx --for 部门” 发出的副本中填写后交回",
    );
    expect(readFileSync(join(dir, "总表.xlsx")).equals(before)).toBe(true);
  }
});

test("a copy whose hidden baseline was deleted: its own blank cells filled, others' work and the master's content kept", async () => {
  const { dir, office } = await scene();
  writeFileSync(join(dir, "办公室.xlsx"), await keepSheets(office, [SHEETS.ledger, SHEETS.settings]));
  expect((await load(readFileSync(join(dir, "办公室.xlsx")))).getWorksheet(BASELINE_SHEET)).toBeUndefined();
  const io = capture(dir);
  expect(await main(["merge", "总表.xlsx", "办公室.xlsx", "--out", "结果.xlsx"], io)).toBe(0);
  const read = await readLedgerXlsx(readFileSync(join(dir, "结果.xlsx")));
  const by = new Map(read.value!.rows.map((r) => [r.no, r.values]));
  expect(by.get(2)!.contact).toBe("李四");
  expect(by.get(5)!.progress).toBe("条法司已完成梳理");
  expect(by.get(9)!.progress).toBe("办公室后来在总表中写的");
  const text = io.stdout.join("\n");
  expect(text).toContain("没有发出时的基准内容");
  expect(text).toContain("不覆盖总表中已有的内容");
});
