/**
 * Columns people add (备注, a second 进展情况) are never dropped silently: `workbook --from` and `merge` report
 * them and move their content to 未能对应的内容, row by row.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { CliIO } from "../../src/cli/io";
import { LEDGER_HEADERS } from "../../src/core/ledger/constants";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, save, sendCopy, writeMaster } from "../merge/helpers";

const plan = plan2019();

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

/** Adds a column after the last one, with a header and cells by 序号. */
function addColumn(ed: LedgerEditor, header: string, cells: Record<number, string>): void {
  const headerRow = ed.ws.getRow(ed.headerRow());
  const col = headerRow.cellCount + 1;
  headerRow.getCell(col).value = header;
  for (const [no, text] of Object.entries(cells)) ed.ws.getRow(ed.row(Number(no))).getCell(col).value = text;
}

test("workbook --from: a 备注 column and a second 进展情况 go to 未能对应的内容, with a warning", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-added-"));
  const { wb, ed } = await LedgerEditor.open(await writeMaster(plan));
  ed.set(2, "progress", "第一列进展");
  addColumn(ed, "备注", { 2: "已报分管领导", 9: "需与报社协调" });
  addColumn(ed, LEDGER_HEADERS.progress, { 2: "第二列进展（补充）" });
  writeFileSync(join(dir, "旧.xlsx"), await save(wb));
  const io = capture(dir);
  expect(await main(["workbook", "--from", "旧.xlsx", "--out", "新.xlsx"], io)).toBe(0);
  expect(io.stderr.join("\n")).toContain("“备注”是另加的列");
  expect(io.stderr.join("\n")).toContain(`“${LEDGER_HEADERS.progress}”是另加的列`);
  const read = await readLedgerXlsx(readFileSync(join(dir, "新.xlsx")));
  expect(read.value!.rows.find((r) => r.no === 2)!.values.progress).toBe("第一列进展");
  const reasons = read.value!.unplaced.map((u) => `${u.no}:${u.reason}`).join("\n");
  expect(reasons).toContain("2:原台账中另加的列");
  expect(reasons).toContain("“备注”：已报分管领导");
  expect(reasons).toContain(`“${LEDGER_HEADERS.progress}”：第二列进展（补充）`);
  expect(reasons).toContain("“备注”：需与报社协调");
  expect(io.stdout.join("\n")).toContain("未能对应");
});

test("merge: a copy's added column is not merged, its content goes to 未能对应的内容 and the report says so", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tz-added-"));
  const master = await writeMaster(plan);
  writeFileSync(join(dir, "总表.xlsx"), master);
  const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, master, "条法司"));
  ed.set(5, "progress", "条法司已梳理");
  addColumn(ed, "备注", { 5: "条法司的备注" });
  writeFileSync(join(dir, "条法司.xlsx"), await save(wb));
  const io = capture(dir);
  expect(await main(["merge", "总表.xlsx", "条法司.xlsx"], io)).toBe(0);
  expect(io.stdout.join("\n")).toContain("副本中有另加的列");
  const read = await readLedgerXlsx(readFileSync(join(dir, "总表-合并.xlsx")));
  expect(read.value!.rows.find((r) => r.no === 5)!.values.progress).toBe("条法司已梳理");
  const reasons = read.value!.unplaced.map((u) => u.reason).join("\n");
  expect(reasons).toContain("副本《条法司.xlsx》中另加的列");
  expect(reasons).toContain("“备注”：条法司的备注");
});
