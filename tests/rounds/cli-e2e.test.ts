/**
 * Two reporting rounds end to end through the command line: start → copies → two departments return (one
 * late, one never) → merge → status lists the missing one with its contact → close → a second round changes
 * progress → 进展记录 holds both rounds' text, and 部门汇总's 本轮新完成 (recalculated by LibreOffice) is right.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { META_LABELS, SETTINGS_LAYOUT, SHEETS, SUMMARY_LAYOUT } from "../../src/core/ledger/constants";
import { readCarriedXlsx } from "../../src/xlsx/read-carried";
import { parseCsv } from "../xlsx/csv";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, save } from "../merge/helpers";

const plan = plan2019();
const RENDER = resolve(__dirname, "../..", "../shared/tools/render-xlsx");
const hasOffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

function capture(cwd: string): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

async function cli(dir: string, ...args: string[]): Promise<string> {
  const io = capture(dir);
  const code = await main(args, io);
  if (code !== 0) throw new Error(`${args.join(" ")} → ${code}\n${io.stderr.join("\n")}`);
  return io.stdout.join("\n");
}

const ON_TIME = "条法司";
const LATE = "战略规划司";
const NEVER = "公共服务司"; // leads items 11 and 13
const itemOf = (dept: string) => plan.items.find((i) => i.assignments.some((a) => a.department === dept))!.no;

/** Edits the department's copy from `folder` and gives it the time it came back. */
async function returnCopy(
  dir: string,
  folder: string,
  dept: string,
  when: string,
  edit: (ed: LedgerEditor) => void,
) {
  const name = readdirSync(join(dir, folder)).find((f) => f.endsWith(`-${dept}.xlsx`))!;
  const { wb, ed } = await LedgerEditor.open(readFileSync(join(dir, folder, name)));
  edit(ed);
  const path = join(dir, `${dept}-${folder}.xlsx`);
  writeFileSync(path, await save(wb));
  utimesSync(path, new Date(when), new Date(when));
  return path;
}

function summaryCsv(dir: string): string[][] {
  execFileSync(RENDER, ["--csv", join(dir, "总表.xlsx"), join(dir, "csv")], { stdio: "pipe" });
  return parseCsv(readFileSync(join(dir, "csv", `总表-${SHEETS.summary}.csv`), "utf8"));
}

test("two rounds: returns recorded (one late, one never), 催报名单 with contacts, history of both rounds", async () => {
  expect(plan.departments.map((d) => d.name)).toEqual(expect.arrayContaining([ON_TIME, LATE, NEVER]));
  const dir = mkdtempSync(join(tmpdir(), "tz-rounds-"));
  await cli(dir, "workbook", "--out", "总表.xlsx");
  // the office knows 公共服务司's contact (on a row it leads) and 办公室's from earlier work; 钱七 is on a row
  // 办公室 only supervises (督促), so is not its contact
  const master = await LedgerEditor.open(readFileSync(join(dir, "总表.xlsx")));
  expect(itemOf(NEVER)).toBe(11);
  master.ed
    .set(itemOf(NEVER), "contact", "王五 010-62083114")
    .set(9, "contact", "李四 139")
    .set(1, "contact", "钱七");
  // and fixes 统计日期 for its report (typed over =TODAY()), 临期 to 3 working days
  master.wb.getWorksheet(SHEETS.settings)!.eachRow((row) => {
    if (row.getCell(SETTINGS_LAYOUT.metaLabelCol).value === META_LABELS.asOf) {
      row.getCell(SETTINGS_LAYOUT.metaValueCol).value = new Date("2019-12-31T00:00:00Z");
    }
    if (row.getCell(SETTINGS_LAYOUT.metaLabelCol).value === META_LABELS.nearDays) {
      row.getCell(SETTINGS_LAYOUT.metaValueCol).value = 3;
    }
  });
  // the first round closes Monday 2019-09-30: 10-08 is the 2nd working day after it (国庆 1–7), 10-10 the 4th
  master.ed.set(2, "due", new Date("2019-10-08T00:00:00Z")).set(6, "due", new Date("2019-10-10T00:00:00Z"));
  writeFileSync(join(dir, "总表.xlsx"), await save(master.wb));

  expect(
    await cli(
      dir,
      "round",
      "start",
      "总表.xlsx",
      "2019年第三季度",
      "--due",
      "2019-09-25",
      "--date",
      "2019-09-02",
    ),
  ).toContain("已开始“2019年第三季度”，截止 2019-09-25");
  await cli(dir, "workbook", "--from", "总表.xlsx", "--for", "全部", "--out", "q3");
  const a = await returnCopy(dir, "q3", ON_TIME, "2019-09-20T10:00:00+08:00", (ed) =>
    // item 5 is shared (分工负责) by six departments: the contact 条法司 types there is its own, no one else's
    ed
      .set(itemOf(ON_TIME), "status", "推进中")
      .set(itemOf(ON_TIME), "progress", "三季度：已完成梳理")
      .set(itemOf(ON_TIME), "contact", "张三 010-12345678"),
  );
  const b = await returnCopy(dir, "q3", LATE, "2019-09-28T10:00:00+08:00", (ed) =>
    ed
      .set(itemOf(LATE), "status", "已完成")
      .set(itemOf(LATE), "progress", "三季度：已完成")
      .set(itemOf(LATE), "contact", "赵六"),
  );
  await cli(dir, "merge", "总表.xlsx", a, b, "--out", "总表.xlsx");

  const status = await cli(dir, "round", "status", "总表.xlsx");
  expect(status).toContain("轮次：2019年第三季度");
  expect(status).toContain(`${ON_TIME}：2019-09-20`);
  expect(status).toContain(`${LATE}：逾期报送 2019-09-28`);
  const known: Record<string, string> = { [NEVER]: "王五 010-62083114", 办公室: "李四 139" };
  const lines = status.split("\n");
  const start = lines.findIndex((l) => l.startsWith("未报送 ")) + 2;
  expect(lines.slice(start, lines.indexOf("", start))).toEqual(
    plan.departments
      .filter((d) => d.kind === "unit" && d.name !== ON_TIME && d.name !== LATE)
      .map((d) => `${d.name}\t联系人：${known[d.name] ?? "（台账中未填写）"}`),
  );
  await cli(dir, "round", "close", "总表.xlsx", "--date", "2019-09-30");

  await cli(
    dir,
    "round",
    "start",
    "总表.xlsx",
    "2019年第四季度",
    "--due",
    "2019-12-25",
    "--date",
    "2019-10-08",
  );
  await cli(dir, "workbook", "--from", "总表.xlsx", "--for", "全部", "--out", "q4");
  const a2 = await returnCopy(dir, "q4", ON_TIME, "2019-12-20T10:00:00+08:00", (ed) =>
    ed.set(itemOf(ON_TIME), "status", "已完成").set(itemOf(ON_TIME), "progress", "四季度：已印发"),
  );
  await cli(dir, "merge", "总表.xlsx", a2, "--out", "总表.xlsx");

  if (hasOffice) {
    const rows = summaryCsv(dir);
    const header = rows[SUMMARY_LAYOUT.headerRow - 1];
    const col = header.indexOf("本轮新完成");
    const line = (d: string) => rows.find((r) => r[0] === d)!;
    expect(Number(line(ON_TIME)[col])).toBe(1); // its item became 已完成 this round
    expect(Number(line(LATE)[col])).toBe(0); // 已完成 already when the first round closed
  } else console.warn("跳过本轮新完成的 LibreOffice 重算：未安装 soffice。");
  await cli(dir, "round", "close", "总表.xlsx", "--date", "2019-12-31");
  if (process.env.TZ_KEEP) writeFileSync(process.env.TZ_KEEP, readFileSync(join(dir, "总表.xlsx")));

  const { rounds, asOf } = await readCarriedXlsx(readFileSync(join(dir, "总表.xlsx")));
  expect(asOf).toBe("2019-12-31"); // the 统计日期 the office fixed survives merges and rounds
  expect(rounds.rounds.map((r) => [r.name, r.due, r.closedAt])).toEqual([
    ["2019年第三季度", "2019-09-25", "2019-09-30"],
    ["2019年第四季度", "2019-12-25", "2019-12-31"],
  ]);
  expect(rounds.returns.map((r) => [r.round, r.department, r.late])).toEqual([
    ["2019年第三季度", ON_TIME, false],
    ["2019年第三季度", LATE, true],
    ["2019年第四季度", ON_TIME, false],
  ]);
  const snapshot = (round: string, no: number) =>
    rounds.history.find((e) => e.kind === "snapshot" && e.round === round && e.no === no);
  expect(snapshot("2019年第三季度", itemOf(ON_TIME))).toMatchObject({
    values: { progress: "三季度：已完成梳理" },
  });
  expect(snapshot("2019年第四季度", itemOf(ON_TIME))).toMatchObject({
    values: { progress: "四季度：已印发", status: "已完成" },
  });
  expect(rounds.history.filter((e) => e.kind === "snapshot")).toHaveLength(2 * plan.items.length);
  // 时限状态 at the first close with the ledger's 临期天数 (3); 部门: the leads, else 负责, else 分工负责
  expect(snapshot("2019年第三季度", 2)).toMatchObject({ deadline: "临期", department: "办公室" });
  expect(snapshot("2019年第三季度", 6)).toMatchObject({ deadline: "" });
  expect(snapshot("2019年第四季度", 2)).toMatchObject({ deadline: "逾期" });
  expect(snapshot("2019年第三季度", 5)?.department).toBe(
    "办公室、条法司、保护司、运用促进司、复审和无效审理部、商标局",
  );
  const changes = rounds.history.filter((e) => e.kind === "change");
  expect(changes).toContainEqual(
    expect.objectContaining({
      round: "2019年第四季度",
      no: itemOf(ON_TIME),
      department: ON_TIME,
      field: "progress",
      before: "三季度：已完成梳理",
      after: "四季度：已印发",
    }),
  );
  expect(changes).toContainEqual(
    expect.objectContaining({ round: "2019年第三季度", department: LATE, field: "contact", after: "赵六" }),
  );
}, 180_000);
