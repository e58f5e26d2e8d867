/**
 * Issue 13: one merge for every host. The same master and returned copies through the CLI's path
 * (mergeLedgerFiles: bytes in, bytes out) and the pane's (prepareMerge: the open ledger's snapshot, files read
 * in the browser) give the same report model and the same lines and problems, but for the host's words
 * (MergeHints: 总表 “x.xlsx” or 本工作簿, a CLI command or a pane button).
 */
import { commandLineHints, MergeHints, subject } from "../../src/core/merge/hints";
import { reportLines } from "../../src/core/merge/report-text";
import type { MergeReport } from "../../src/core/merge/types";
import { PANE_MERGE_HINTS } from "../../src/taskpane/features/merge/pane-hints";
import { prepareMerge } from "../../src/taskpane/features/merge/prepare-merge";
import { mergeLedgerFiles, NamedBytes } from "../../src/xlsx/merge/merge-files";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { readCarriedXlsx } from "../../src/xlsx/read-carried";
import { BASELINE_META, BASELINE_SHEET } from "../../src/core/merge/constants";
import { fakeApi, testPlan as plan } from "../taskpane/fake-api";
import { LedgerEditor, META_LABELS, load, save, sendCopy, setMeta, writeMaster } from "./helpers";
import { SHEETS } from "../../src/core/ledger/constants";

const MASTER = "总表.xlsx";
let master: Uint8Array;
let office: Uint8Array;
let marks: Uint8Array;
let oldFormat: Uint8Array;
let loneSheet: Uint8Array;
let keyless: Uint8Array;
let forged: Uint8Array;

beforeAll(async () => {
  master = await writeMaster(plan);
  const o = await LedgerEditor.open(await sendCopy(plan, master, "办公室"));
  o.ed.set(2, "status", "完成").set(2, "progress", "=SUM(A1:A3) 已完成三项").set(5, "contact", "张三");
  o.ed.set(6, "status", "已完成"); // not 办公室's item: skipped
  office = await save(o.wb);
  const m = await LedgerEditor.open(await sendCopy(plan, master, "商标局"));
  m.ed.set(5, "contact", "李四").set(23, "status", "搁置").set(26, "status", "推进中");
  marks = await save(m.wb);
  const old = await load(marks);
  setMeta(old, META_LABELS.formatVersion, 0);
  oldFormat = await save(old);
  const lone = await load(office);
  for (const ws of [...lone.worksheets]) if (ws.name !== SHEETS.ledger) lone.removeWorksheet(ws.id);
  loneSheet = await save(lone);
  keyless = await writeMaster(plan, undefined, null);
  // 商标局's copy, its baseline's department changed to 办公室 (the seal no longer checks).
  const f = await load(marks);
  f.getWorksheet(BASELINE_SHEET)!.eachRow((row) => {
    if (row.getCell(1).value === BASELINE_META.department) row.getCell(2).value = "办公室";
  });
  setMeta(f, META_LABELS.copyDepartment, "办公室");
  forged = await save(f);
}, 60_000);

/** The text with the host's words replaced by their names: what is left must be the same in every host. */
function neutral(text: string, hints: MergeHints, files: readonly string[]): string {
  const upgrades = files.flatMap((f) => [hints.upgrade(f, true), hints.upgrade(f, false)]);
  const words: [string, string][] = [
    ...upgrades.map((u): [string, string] => [u, "⟨upgrade⟩"]),
    [hints.masterIsCopy, "⟨master is a copy⟩"],
    [hints.otherPlan, "⟨other plan⟩"],
    [hints.newerTool, "⟨newer tool⟩"],
    [hints.properCopy, "⟨proper copy⟩"],
    [hints.reportSheet ? `详见${hints.reportSheet}。` : "\u0000", ""],
  ];
  // The long name first where it differs from the short one (总表 “x.xlsx” vs 总表).
  if (hints.master !== hints.masterShort)
    words.push([subject(hints.master), "⟨master⟩"], [hints.master, "⟨master⟩"]);
  // The short name where the formatter puts it (not inside fixed wording such as “不是总表”, “总表保持原值，请…”).
  for (const [before, after] of [
    ["", " "],
    ["", "（发出后"],
    ["", "未作任何改动"],
    ["", "："],
    ["（", "保持原值"],
  ]) {
    words.push([`${before}${hints.masterShort}${after}`, `${before}⟨master⟩${after}`]);
  }
  words.push([hints.master, "⟨master⟩"]);
  return words.reduce((t, [word, name]) => t.split(word).join(name), text);
}

/** The report model with the host's words in its notes replaced (a keyless master's next step differs). */
function neutralNotes(report: MergeReport, hints: MergeHints, files: readonly string[]): MergeReport {
  return { ...report, notes: report.notes.map((n) => neutral(n, hints, files)) };
}

async function cliPath(copies: NamedBytes[], masterBytes = master) {
  const merged = await mergeLedgerFiles({ name: MASTER, bytes: masterBytes }, copies, plan, {
    generatedAt: "2019-09-01T10:00:00.000Z",
  });
  const hints = commandLineHints(MASTER);
  const names = [MASTER, ...copies.map((c) => c.name)];
  return merged.ok
    ? {
        report: neutralNotes(merged.result.report, hints, names),
        lines: merged.lines.map((l) => neutral(l, hints, names)),
      }
    : { report: null, lines: merged.problems.map((p) => neutral(p.message, hints, names)) };
}

async function panePath(copies: NamedBytes[], masterBytes = master) {
  // The open workbook as the add-in reads it: its cells and its merge key (TZ_Key; null without one).
  const snapshot = {
    ...(await readLedgerXlsx(masterBytes)).value!,
    mergeKey: (await readCarriedXlsx(masterBytes)).mergeKey ?? null,
  };
  const api = fakeApi({ readSnapshot: async () => snapshot, plan: () => plan });
  const files = copies.map((c) => ({ name: c.name, bytes: (c.bytes as Uint8Array).slice().buffer }));
  const prepared = await prepareMerge(api, files);
  const names = ["本工作簿", ...copies.map((c) => c.name)];
  const own = (l: string) => neutral(l, PANE_MERGE_HINTS, names);
  return prepared.ok
    ? {
        report: neutralNotes(prepared.result.report, PANE_MERGE_HINTS, names),
        lines: reportLines(prepared.result, plan, PANE_MERGE_HINTS).map(own),
      }
    : { report: null, lines: prepared.problems.map((p) => own(p.message)) };
}

const text = (name: string, body: string): NamedBytes => ({ name, bytes: new TextEncoder().encode(body) });

const CASES: { name: string; copies: () => NamedBytes[]; master?: () => Uint8Array; expect: RegExp[] }[] = [
  {
    name: "taken, skipped, rejected and a conflict",
    copies: () => [
      { name: "办公室.xlsx", bytes: office },
      { name: "商标局.xlsx", bytes: marks },
    ],
    expect: [
      /^合并：⟨master⟩，部门副本 2 份/,
      /采纳 序号 2「状态」：“未启动” → “已完成”——状态“完成”按“已完成”采纳/,
      /跳过 序号 6「状态」：副本 “已完成”，⟨master⟩ “未启动”/,
      /拒绝 序号 23「状态」：副本 “搁置”/,
      /^ {2}序号 5「联系人」：⟨master⟩ （空）；《办公室\.xlsx》（办公室） “张三”；《商标局\.xlsx》（商标局） “李四”$/,
    ],
  },
  {
    name: "the master is a department's copy",
    master: () => office,
    copies: () => [{ name: "商标局.xlsx", bytes: marks }],
    expect: [/^⟨master⟩是发给“办公室”的部门副本，不是总表。⟨master is a copy⟩$/],
  },
  {
    name: "an unreadable file, an old-format copy and a lone 台账 sheet: every problem at once",
    copies: () => [
      text("笔记.xlsx", "这不是工作簿"),
      { name: "旧格式.xlsx", bytes: oldFormat },
      { name: "只有台账.xlsx", bytes: loneSheet },
    ],
    expect: [
      /^“笔记\.xlsx”：/,
      /^“旧格式\.xlsx” 是旧格式的台账（格式版本 0，当前为 1），不能直接合并：⟨upgrade⟩。$/,
      /^“只有台账\.xlsx” 既没有发出时的基准.*请让该部门在⟨proper copy⟩中填写后交回/,
    ],
  },
  {
    name: "a master without a merge key (an older ledger): its copies' baselines cannot be checked",
    master: () => keyless,
    copies: () => [{ name: "办公室.xlsx", bytes: office }],
    expect: [/没有合并校验密钥/],
  },
  {
    name: "a copy whose department was edited in its baseline: refused as not sent by this master",
    copies: () => [{ name: "冒充.xlsx", bytes: forged }],
    expect: [/校验码不符/],
  },
];

async function agree(c: (typeof CASES)[number]): Promise<void> {
  const cli = await cliPath(c.copies(), c.master?.());
  const pane = await panePath(c.copies(), c.master?.());
  expect(pane.lines).toEqual(cli.lines);
  expect(pane.report === null).toBe(cli.report === null);
  if (cli.report) expect(pane.report).toEqual({ ...cli.report, masterName: "本工作簿" });
  for (const pattern of c.expect) expect(cli.lines).toContainEqual(expect.stringMatching(pattern));
}

describe.each(CASES)("the CLI and the pane agree: $name", (c) => {
  it("same report model, same lines or problems but for the host's words", () => agree(c), 60_000);
});

test("the pane's words carry no command line", () => {
  const h = PANE_MERGE_HINTS;
  const all = [h.master, h.masterShort, h.masterIsCopy, h.otherPlan, h.newerTool, h.properCopy]
    .concat([h.upgrade("a.xlsx", true), h.upgrade("a.xlsx", false)])
    .join(" ");
  expect(all).not.toMatch(/taizhang|--from|--plan|--for|参数/);
  expect(commandLineHints(MASTER).upgrade(MASTER, true)).toContain("taizhang workbook --from 总表.xlsx");
});
