/**
 * Issue 12 in the add-in: a ledger made by 生成/更新台账 holds the master's merge key on a veryHidden TZ_Key
 * sheet (made once, never overwritten); the pane's 分发 seals the copy it makes with it, so the copy merges as
 * sealed in the CLI too; the pane's merge checks the seals and refuses a copy whose department was edited.
 */
import { KEY_LABEL, KEY_SHEET, validMergeKey } from "../../src/core/ledger/key-sheet";
import { META_LABELS } from "../../src/core/ledger/constants";
import { BASELINE_META, BASELINE_SHEET } from "../../src/core/merge/constants";
import { sealMatches } from "../../src/core/merge/seal";
import { KEY_ADDED_NOTE } from "../../src/excel/apply/update";
import { applyLedger } from "../../src/excel/apply";
import { createLedgerApi } from "../../src/excel/ledger-api";
import { departmentCopy } from "../../src/taskpane/features/merge/department-copy";
import { prepareMerge } from "../../src/taskpane/features/merge/prepare-merge";
import { mergeLedgerFiles } from "../../src/xlsx/merge/merge-files";
import { readLedgerFile } from "../../src/xlsx/merge/read-file";
import { LedgerEditor, load, save, setMeta, writeMaster } from "../merge/helpers";
import { CAPS, installHost, plan2019 } from "./support/host";

const plan = plan2019();

async function openLedger() {
  const host = installHost();
  const api = createLedgerApi({ plan });
  await api.createOrUpdate();
  return { host, api };
}

function keyOf(host: ReturnType<typeof installHost>): string | null {
  if (!host.workbook.getSheetNames().includes(KEY_SHEET)) return null;
  const [label, key] = host.workbook.values(`${KEY_SHEET}!A1:B1`)[0];
  expect(label).toBe(KEY_LABEL);
  return validMergeKey(key);
}

const buffer = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;

describe("the merge key (TZ_Key) in the add-in", () => {
  it("a new ledger has a random key on a veryHidden sheet; an update keeps it", async () => {
    const { host, api } = await openLedger();
    const key = keyOf(host);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(host.workbook.sheetInfo(KEY_SHEET).visibility).toBe("VeryHidden");
    await api.createOrUpdate();
    expect(keyOf(host)).toBe(key);
    // Another new ledger gets its own key.
    const other = await openLedger();
    expect(keyOf(other.host)).not.toBe(key);
  });

  it("a ledger without a key (an older one) gets one on update, once, with a note", async () => {
    const { host } = await openLedger();
    const m = host.workbook.model;
    m.deleteSheet(m.sheets.find((s) => s.name === KEY_SHEET)!);
    expect(keyOf(host)).toBeNull();
    const report = await applyLedger(plan, { capabilities: CAPS });
    expect(report.notes).toContain(KEY_ADDED_NOTE);
    expect(report.repairs.map((r) => r.message).join()).not.toContain(KEY_SHEET);
    const key = keyOf(host);
    expect(key).not.toBeNull();
    expect(host.workbook.sheetInfo(KEY_SHEET).visibility).toBe("VeryHidden");
    const again = await applyLedger(plan, { capabilities: CAPS });
    expect(again.notes).not.toContain(KEY_ADDED_NOTE);
    expect(keyOf(host)).toBe(key);
  });

  it("the pane reads the key with the snapshot, in three syncs", async () => {
    const { host, api } = await openLedger();
    host.stats.reset();
    const snapshot = await api.readSnapshot();
    expect(host.stats.syncCount).toBe(3);
    expect(snapshot.mergeKey).toBe(keyOf(host));
  });

  it("a copy made by the pane is sealed, carries no key, and merges in the CLI as sealed", async () => {
    const { host, api } = await openLedger();
    const key = keyOf(host)!;
    const copy = await departmentCopy(api, "条法司");
    if (!copy.ok) throw new Error(copy.message);
    expect(copy.sealed).toBe(true);
    expect((await load(copy.bytes)).getWorksheet(KEY_SHEET)).toBeUndefined();
    const file = await readLedgerFile(copy.bytes);
    if (!file.ok) throw new Error(file.message);
    expect(file.baseline && sealMatches(key, file.baseline)).toBe(true);

    const { wb, ed } = await LedgerEditor.open(copy.bytes);
    const no = plan.items.find((i) => i.assignments.some((a) => a.department === "条法司"))!.no;
    ed.set(no, "progress", "条法司填写");
    const merged = await mergeLedgerFiles(
      { name: "总表.xlsx", bytes: await writeMaster(plan, undefined, key) },
      [{ name: "条法司.xlsx", bytes: await save(wb) }],
      plan,
      { generatedAt: "2019-09-01T10:00:00.000Z" },
    );
    if (!merged.ok) throw new Error(merged.lines.join("\n"));
    const text = merged.lines.join("\n");
    expect(text).not.toMatch(/无法核实|无法确认|校验码/);
    expect(text).toContain("条法司填写");
  });

  it("the pane's merge refuses a copy whose department was edited in its baseline; the honest one merges", async () => {
    const { api } = await openLedger();
    const copy = await departmentCopy(api, "条法司");
    if (!copy.ok) throw new Error(copy.message);
    const wb = await load(copy.bytes);
    wb.getWorksheet(BASELINE_SHEET)!.eachRow((row) => {
      if (row.getCell(1).value === BASELINE_META.department) row.getCell(2).value = "办公室";
    });
    setMeta(wb, META_LABELS.copyDepartment, "办公室");
    const forged = await save(wb);
    const prepared = await prepareMerge(api, [{ name: "冒充.xlsx", bytes: buffer(forged) }]);
    expect(prepared.ok).toBe(false);
    if (prepared.ok) return;
    expect(prepared.problems.map((p) => p.message).join("\n")).toMatch(/校验码不符/);
    // The honest copy still merges in the pane.
    const honest = await prepareMerge(api, [{ name: "条法司.xlsx", bytes: buffer(copy.bytes) }]);
    expect(honest.ok).toBe(true);
  });
});
