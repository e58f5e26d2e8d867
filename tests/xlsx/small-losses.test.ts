/**
 * Issue 12's small losses, through `workbook --from` (the CLI's run) and merge: a CR inside text and a cell of
 * only spaces come back exactly; an invalid status in the master is reported; a formula in a fill-in cell is
 * treated alike by both paths (kept as its "=…" text, never executed, and reported).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/commands/workbook";
import { CliIO } from "../../src/cli/io";
import { emptyFilled } from "../../src/core/ledger/ledger-sheet";
import { itemsOf } from "../../src/core/merge/department";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { mergeLedgerFiles } from "../../src/xlsx/merge/merge-files";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { encodeXstring } from "../../src/xlsx/xstring";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, save, sendCopy, writeMaster } from "../merge/helpers";

const plan = plan2019();
const planFile = join(__dirname, "../../data/plans/cnipa-2019.json");

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** `taizhang workbook --from old.xlsx --out new.xlsx`: the new file's rows and what was said. */
async function regenerate(bytes: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), "tz-losses-"));
  writeFileSync(join(dir, "old.xlsx"), bytes);
  const io = capture(dir);
  const code = await run(["--plan", planFile, "--from", "old.xlsx", "--out", "new.xlsx"], io);
  const read = await readLedgerXlsx(readFileSync(join(dir, "new.xlsx")));
  const byNo = new Map(read.value!.rows.map((r) => [r.no, r.values]));
  return { code, io, byNo };
}

test("ST_Xstring: the writer encodes CR and control characters and escapes a literal _xHHHH_", async () => {
  expect(encodeXstring("a\rb")).toBe("a_x000D_b");
  expect(encodeXstring("_x000D_")).toBe("_x005F_x000D_");
  expect(encodeXstring("普通文字\n换行\t制表")).toBe("普通文字\n换行\t制表");
  // What ExcelJS's reader (which decodes _xHHHH_) gives back is what was typed.
  const typed = ["a\r\nb\rc\u0001", "_x0041_ 与 _x00FF_", "😀_x", "_x005F_x000D_"];
  const filled = Object.fromEntries(
    typed.map((t, i) => [i + 1, { ...emptyFilled(DEFAULT_STATUSES), progress: t }]),
  );
  const read = await readLedgerXlsx(await writeMaster(plan, filled));
  expect(read.value!.rows.slice(0, typed.length).map((r) => r.values.progress)).toEqual(typed);
});

test("--from keeps a CR inside text and a cell of only spaces exactly (was: CR → LF, spaces → empty)", async () => {
  const filled = {
    1: { ...emptyFilled(DEFAULT_STATUSES), progress: "第一行\r第二行\r\n第三行", problems: "   " },
  };
  const { byNo, code } = await regenerate(await writeMaster(plan, filled));
  expect(code).toBe(0);
  expect(byNo.get(1)!.progress).toBe("第一行\r第二行\r\n第三行");
  expect(byNo.get(1)!.problems).toBe("   ");
});

test("a CR as Excel writes it (_x000D_ in the XML) is read back as a CR", async () => {
  const { wb, ed } = await LedgerEditor.open(await writeMaster(plan));
  ed.set(2, "progress", "甲_x000D_乙"); // ExcelJS writes the text as is: the XML holds what Excel would write
  const read = await readLedgerXlsx(await save(wb));
  expect(read.value!.rows.find((r) => r.no === 2)!.values.progress).toBe("甲\r乙");
});

test("--from reports a status not in the list, keeping it as typed (was: kept without a word)", async () => {
  const { wb, ed } = await LedgerEditor.open(await writeMaster(plan));
  ed.set(3, "status", "乱写").set(4, "status", "完成");
  const { byNo, io, code } = await regenerate(await save(wb));
  expect(code).toBe(0);
  expect(byNo.get(3)!.status).toBe("乱写");
  const said = io.stderr.join("\n");
  expect(said).toMatch(/序号 3「状态」“乱写”不在状态列表中.*已原样保留/);
  expect(said).toMatch(/序号 4「状态」“完成”不在状态列表中.*请改为“已完成”或列表中的状态/);
});

test("a formula in a fill-in cell: --from and merge both keep its =… text (never executed) and say so", async () => {
  const { wb, ed } = await LedgerEditor.open(await writeMaster(plan));
  ed.set(5, "progress", { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue);
  ed.set(9, "contact", { formula: "A1&B1" } as ExcelJS.CellFormulaValue); // no cached value (other writers)
  const { byNo, io } = await regenerate(await save(wb));
  expect(byNo.get(5)!.progress).toBe("=1+1");
  expect(byNo.get(9)!.contact).toBe("=A1&B1");
  expect(io.stderr.join("\n")).toMatch(
    /序号 5「进展情况」是公式（显示为“2”），已按文字“=1\+1”保留，不会执行/,
  );

  const master = await writeMaster(plan);
  const dept = "办公室";
  const no = itemsOf(plan, dept)[0];
  const copy = await LedgerEditor.open(await sendCopy(plan, master, dept));
  copy.ed.set(no, "progress", { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue);
  const merged = await mergeLedgerFiles(
    { name: "总表.xlsx", bytes: master },
    [{ name: "办公室.xlsx", bytes: await save(copy.wb) }],
    plan,
    { generatedAt: null },
  );
  expect(merged.ok).toBe(true);
  if (!merged.ok) return;
  expect(merged.result.filled[no].progress).toBe("=1+1");
  expect(merged.lines.join("\n")).toMatch(/公式（显示为“2”），已按文字采纳，不会执行/);
});

test("merge keeps the master's CR text and a cell of only spaces exactly", async () => {
  const dept = "办公室";
  const [first, second] = itemsOf(plan, dept);
  const filled = {
    [first]: { ...emptyFilled(DEFAULT_STATUSES), progress: "甲\r乙" },
    [second]: { ...emptyFilled(DEFAULT_STATUSES), problems: "  " },
  };
  const master = await writeMaster(plan, filled);
  const copy = await LedgerEditor.open(await sendCopy(plan, master, dept));
  copy.ed.set(first, "contact", "张三_x000D_李四"); // a CR as Excel stores it
  const merged = await mergeLedgerFiles(
    { name: "总表.xlsx", bytes: master },
    [{ name: "办公室.xlsx", bytes: await save(copy.wb) }],
    plan,
    { generatedAt: null },
  );
  expect(merged.ok).toBe(true);
  if (!merged.ok) return;
  const back = new Map((await readLedgerXlsx(merged.bytes)).value!.rows.map((r) => [r.no, r.values]));
  expect(back.get(first)!.progress).toBe("甲\r乙");
  expect(back.get(second)!.problems).toBe("  ");
  expect(back.get(first)!.contact).toBe("张三\r李四");
});
