/**
 * The web page's 分发 and 合并 on bytes (node, no browser): every department's copy of a ledger file in one
 * .zip, made by the CLI's copy maker; the master and a returned copy merged with the plan the master carries.
 */
import JSZip from "jszip";
import { buildLedgerSpec } from "../../src/core/ledger/build";
import type { Plan } from "../../src/core/plan/types";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { BUNDLED_PLAN } from "../../src/excel/bundled-plan";
import { copiesZip } from "../../src/taskpane/features/outside/copies-zip";
import { mergedFile } from "../../src/taskpane/features/outside/merged-file";
import { copyRecipients } from "../../src/xlsx/department-copies";
import { readLedgerXlsx } from "../../src/xlsx/read";
import { writeLedgerXlsx } from "../../src/xlsx/write";
import { LedgerEditor, TEST_KEY, load, save, writeMaster } from "../merge/helpers";
import { KEY_SHEET } from "../../src/core/ledger/key-sheet";
import { sealMatches } from "../../src/core/merge/seal";
import { undistributedItems } from "../../src/core/merge/undistributed";
import { ledgerFile } from "../../src/taskpane/features/import/ledger-file";
import { outsideText } from "../../src/taskpane/features/outside/outside-text";
import { readLedgerFile } from "../../src/xlsx/merge/read-file";
import { readCarriedXlsx } from "../../src/xlsx/read-carried";

const NOW = () => new Date("2019-07-01T08:00:00.000Z");

/** A small plan of its own (not the bundled one): the copies must come from the plan the ledger carries. */
const PLAN: Plan = {
  ...BUNDLED_PLAN,
  title: "某市2024年政务公开工作要点",
  sections: BUNDLED_PLAN.sections.slice(0, 1),
  items: BUNDLED_PLAN.items.slice(0, 3).map((i) => ({ ...i, text: `${i.text}（2024）` })),
};

async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) out.set(name, await zip.files[name].async("uint8array"));
  return out;
}

describe("web page: copies .zip and merge on files", () => {
  let master: Uint8Array;
  beforeAll(async () => {
    master = await writeMaster(PLAN);
  });

  test("one copy per unit department, each that department's, from the plan the ledger carries", async () => {
    const made = await copiesZip("总表.xlsx", master, NOW);
    if (!made.ok) throw new Error(made.message);
    expect(made.fileName).toBe("总表-部门副本.zip");
    const files = await unzip(made.bytes);
    const units = copyRecipients(PLAN);
    expect(units.length).toBeGreaterThan(0);
    expect(files.size).toBe(units.length);
    expect(made.copies.map((c) => c.department)).toEqual(units);
    for (const [name, bytes] of files) {
      const read = await readLedgerXlsx(bytes);
      expect(read.value?.copyDepartment).toBeTruthy();
      expect(name).toContain(read.value?.copyDepartment);
      expect(read.value?.rows.map((r) => r.task).sort()).toEqual(PLAN.items.map((i) => i.text).sort());
    }
  });

  test("a department's copy is refused as the source of copies", async () => {
    const made = await copiesZip("总表.xlsx", master, NOW);
    if (!made.ok) throw new Error(made.message);
    const [, copy] = [...(await unzip(made.bytes))][0];
    const again = await copiesZip("副本.xlsx", copy, NOW);
    expect(again).toEqual({ ok: false, message: expect.stringContaining("部门副本，不能再分发") });
  });

  test("a ledger without its plan, of another plan than the bundled one, is refused with the next step", async () => {
    const spec = buildLedgerSpec(PLAN, {
      statuses: DEFAULT_STATUSES,
      copyDepartment: null,
      generatedAt: null,
    });
    spec.sheets = spec.sheets.filter((s) => s.name !== "TZ_Plan");
    const made = await copiesZip("旧台账.xlsx", await writeLedgerXlsx(spec), NOW);
    expect(made).toEqual({ ok: false, message: expect.stringContaining("taizhang workbook --plan") });
  });

  test("merge: a returned copy's 进展情况 lands in the downloaded ledger; the report names it", async () => {
    const made = await copiesZip("总表.xlsx", master, NOW);
    if (!made.ok) throw new Error(made.message);
    const [name, copy] = [...(await unzip(made.bytes))][0];
    const department = made.copies[0].department;
    const no = (await readLedgerXlsx(copy)).value!.rows[0].no!;
    const { wb, ed } = await LedgerEditor.open(copy);
    ed.set(no, "progress", "已按计划推进。");
    const merged = await mergedFile(
      { name: "总表.xlsx", bytes: master },
      [{ name, bytes: await save(wb) }],
      NOW,
    );
    if (!merged.ok) throw new Error(JSON.stringify(merged.problems));
    expect(merged.fileName).toBe("总表-合并.xlsx");
    expect(merged.report.copies).toHaveLength(1);
    expect(merged.lines.join("\n")).toContain(department);
    const back = (await readLedgerXlsx(merged.bytes)).value!;
    expect(back.copyDepartment).toBeNull();
    expect(back.rows.find((r) => r.no === no)?.values.progress).toBe("已按计划推进。");
  });

  test("merge: the master chosen again as a copy is refused; nothing is made", async () => {
    const merged = await mergedFile({ name: "总表.xlsx", bytes: master }, [
      { name: "总表.xlsx", bytes: master },
    ]);
    expect(merged.ok).toBe(false);
  });
});

describe("web page: the master's merge key and the items no copy gets", () => {
  test("生成并下载台账 gives a new master a key of its own (veryHidden TZ_Key)", async () => {
    const first = await ledgerFile({ plan: PLAN, issues: [] }, NOW);
    const second = await ledgerFile({ plan: PLAN, issues: [] }, NOW);
    const key = (await readCarriedXlsx(first.bytes)).mergeKey;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect((await readCarriedXlsx(second.bytes)).mergeKey).not.toBe(key);
    expect((await load(first.bytes)).getWorksheet(KEY_SHEET)?.state).toBe("veryHidden");
  });

  test("分发 from a keyed master: every copy sealed with its key; the 未分发 items listed", async () => {
    const master = await writeMaster(BUNDLED_PLAN);
    const made = await copiesZip("总表.xlsx", master, NOW);
    if (!made.ok) throw new Error(made.message);
    expect(made.sealed).toBe(true);
    expect(made.undistributed).toEqual(undistributedItems(BUNDLED_PLAN));
    expect(made.undistributed).toEqual([6, 7, 8, 10, 18, 22]);
    const [, copy] = [...(await unzip(made.bytes))][0];
    const file = await readLedgerFile(copy);
    if (!file.ok) throw new Error(file.message);
    expect(file.baseline && sealMatches(TEST_KEY, file.baseline)).toBe(true);
    expect((await load(copy)).getWorksheet(KEY_SHEET)).toBeUndefined();
  });

  test("分发 from a keyless (older) master says its copies are unsealed; the 未分发 list is the plan's", async () => {
    const made = await copiesZip("旧总表.xlsx", await writeMaster(PLAN, undefined, null), NOW);
    if (!made.ok) throw new Error(made.message);
    expect(made.sealed).toBe(false);
    expect(made.undistributed).toEqual(undistributedItems(PLAN));
  });

  test("the page's words for them", () => {
    for (const t of Object.values(outsideText)) {
      expect(t.undistributed([6, 7])).toMatch(/6.*7/);
      expect(t.unsealed.length).toBeGreaterThan(0);
    }
  });
});
