/**
 * A copy's department cannot be forged: its baseline is sealed with the master's key (never in the copy), so
 * an edited baseline is refused; copies without a seal (older versions) or masters without a key are merged
 * as untrusted, never over the master's content. Items only placeholders hold are reported as 未分发.
 */
import JSZip from "jszip";
import { KEY_SHEET } from "../../src/core/ledger/key-sheet";
import { BASELINE_META, BASELINE_SHEET } from "../../src/core/merge/constants";
import { itemsOf } from "../../src/core/merge/department";
import fc from "fast-check";
import { FilledValue } from "../../src/core/ledger/types";
import { sealBaseline, sealMatches } from "../../src/core/merge/seal";
import { mergeLedgerFiles } from "../../src/xlsx/merge/merge-files";
import { readBaseline } from "../../src/xlsx/merge/read-baseline";
import { emptyFilled } from "../../src/core/ledger/ledger-sheet";
import { DEFAULT_STATUSES } from "../../src/core/status/statuses";
import { plan2019 } from "../ledger/plan-2019";
import { LedgerEditor, TEST_KEY, load, save, sendCopy, setMeta, writeMaster } from "./helpers";

const plan = plan2019();
const OPTIONS = { generatedAt: "2019-09-01T10:00:00.000Z" };
const officeOnly = itemsOf(plan, "办公室").find((no) => !itemsOf(plan, "条法司").includes(no)) as number;
const lawItem = itemsOf(plan, "条法司")[0];

/** 条法司's copy with its baseline (and 设置) rewritten to say 办公室, and 办公室's item filled in. */
async function forgedCopy(master: Uint8Array, reseal: string | null): Promise<Uint8Array> {
  const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, master, "条法司"));
  const base = wb.getWorksheet(BASELINE_SHEET)!;
  base.eachRow((row) => {
    if (row.getCell(1).value === BASELINE_META.department) row.getCell(2).value = "办公室";
    if (row.getCell(1).value === BASELINE_META.seal && reseal !== null) row.getCell(2).value = reseal;
  });
  setMeta(wb, "本表所属部门", "办公室");
  ed.set(officeOnly, "progress", "条法司冒充办公室写的");
  return save(wb);
}

test("an honest sealed copy merges; the key is in the master only, never in a copy", async () => {
  const master = await writeMaster(plan);
  const copy = await sendCopy(plan, master, "条法司");
  const copyXml = await Promise.all(
    Object.values((await JSZip.loadAsync(copy)).files).map((f) => f.async("string")),
  );
  expect(copyXml.some((x) => x.includes(TEST_KEY))).toBe(false);
  expect((await load(copy)).getWorksheet(KEY_SHEET)).toBeUndefined();
  expect((await load(master)).getWorksheet(KEY_SHEET)?.state).toBe("veryHidden");
  const baseline = readBaseline(await load(copy))!;
  expect(baseline.seal).toBe(sealBaseline(TEST_KEY, baseline));

  const { wb, ed } = await LedgerEditor.open(copy);
  ed.set(lawItem, "progress", "条法司：已完成审核");
  const merged = await mergeLedgerFiles(
    { name: "总表.xlsx", bytes: master },
    [{ name: "条法司.xlsx", bytes: await save(wb) }],
    plan,
    OPTIONS,
  );
  expect(merged.ok).toBe(true);
  if (!merged.ok) return;
  expect(merged.result.filled[lawItem].progress).toBe("条法司：已完成审核");
  expect(merged.result.report.copies[0].notes.join("")).not.toMatch(/校验/);
  // The merged master keeps its key, so copies sent from it are checked too.
  expect((await load(merged.bytes)).getWorksheet(KEY_SHEET)).toBeDefined();
});

test("a baseline edited to another department is refused, with what to do; nothing is written", async () => {
  const master = await writeMaster(plan);
  const merged = await mergeLedgerFiles(
    { name: "总表.xlsx", bytes: master },
    [{ name: "条法司.xlsx", bytes: await forgedCopy(master, null) }],
    plan,
    OPTIONS,
  );
  expect(merged.ok).toBe(false);
  if (merged.ok) return;
  const text = merged.lines.join("\n");
  expect(text).toMatch(/校验码不符/);
  expect(text).toMatch(/请让该部门在发给它的副本中填写后交回，或重新发出一份副本/);
});

test("a forger who reseals without the key (a guessed or copied seal) is refused too", async () => {
  const master = await writeMaster(plan);
  const otherMaster = await writeMaster(plan, undefined, "f".repeat(64));
  const otherSeal = readBaseline(await load(await sendCopy(plan, otherMaster, "办公室")))!.seal!;
  const merged = await mergeLedgerFiles(
    { name: "总表.xlsx", bytes: master },
    [{ name: "条法司.xlsx", bytes: await forgedCopy(master, otherSeal) }],
    plan,
    OPTIONS,
  );
  expect(merged.ok).toBe(false);
});

test("an unsealed copy (older version, or its seal deleted) never overwrites the master's content", async () => {
  const master = await writeMaster(plan, {
    [officeOnly]: { ...emptyFilled(DEFAULT_STATUSES), progress: "总表已有" },
  });
  const { wb, ed } = await LedgerEditor.open(await forgedCopy(master, ""));
  ed.set(lawItem, "progress", "");
  const merged = await mergeLedgerFiles(
    { name: "总表.xlsx", bytes: master },
    [{ name: "条法司.xlsx", bytes: await save(wb) }],
    plan,
    OPTIONS,
  );
  expect(merged.ok).toBe(true);
  if (!merged.ok) return;
  expect(merged.result.filled[officeOnly].progress).toBe("总表已有");
  expect(merged.result.report.conflicts.some((k) => k.no === officeOnly)).toBe(true);
  expect(merged.result.report.copies[0].notes.join("")).toMatch(/没有校验码.*总表中已有内容的格不会被覆盖/);
});

test("a master without a key (older version): every baseline is untrusted, and the report says how to fix it", async () => {
  const master = await writeMaster(plan, undefined, null);
  expect((await load(master)).getWorksheet(KEY_SHEET)).toBeUndefined();
  const { wb, ed } = await LedgerEditor.open(await sendCopy(plan, master, "条法司"));
  expect(readBaseline(wb)!.seal).toBeNull();
  ed.set(lawItem, "progress", "条法司：新进展");
  const merged = await mergeLedgerFiles(
    { name: "总表.xlsx", bytes: master },
    [{ name: "条法司.xlsx", bytes: await save(wb) }],
    plan,
    OPTIONS,
  );
  expect(merged.ok).toBe(true);
  if (!merged.ok) return;
  expect(merged.result.filled[lawItem].progress).toBe("条法司：新进展");
  expect(merged.result.report.notes.join("")).toMatch(/没有合并校验密钥.*workbook --from/);
});

test("placeholder-only items (6, 7, 8, 10, 18, 22 in 2019) are listed as 未分发 in the merge report", async () => {
  const master = await writeMaster(plan);
  const merged = await mergeLedgerFiles(
    { name: "总表.xlsx", bytes: master },
    [{ name: "条法司.xlsx", bytes: await sendCopy(plan, master, "条法司") }],
    plan,
    OPTIONS,
  );
  expect(merged.ok && merged.lines.join("\n")).toMatch(
    /未分发：序号 6、7、8、10、18、22 共 6 项只由泛指的部门/,
  );
});

test("an honest copy always checks, whatever the master held at send-out; any other department or value does not", async () => {
  const text = fc
    .array(fc.constantFrom("甲", "a", " ", "\r", "\n", "\r\n", "😀", "_x000D_", "=", "'"), {
      minLength: 1,
      maxLength: 12,
    })
    .map((p) => p.join(""));
  const value: fc.Arbitrary<FilledValue> = fc.oneof(
    text,
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc
      .integer({ min: Date.UTC(2015, 0, 1) / 60_000, max: Date.UTC(2030, 0, 1) / 60_000 })
      .map((m) => ({ date: new Date(m * 60_000).toISOString() })),
  );
  const row = fc.record({ progress: value, problems: value, contact: text });
  await fc.assert(
    fc.asyncProperty(fc.dictionary(fc.constantFrom("1", "5", "9", "30"), row), async (rows) => {
      const filled = Object.fromEntries(
        Object.entries(rows).map(([no, r]) => [Number(no), { ...emptyFilled(DEFAULT_STATUSES), ...r }]),
      );
      const baseline = readBaseline(
        await load(await sendCopy(plan, await writeMaster(plan, filled), "条法司")),
      )!;
      expect(sealMatches(TEST_KEY, baseline)).toBe(true);
      expect(sealMatches(TEST_KEY, { ...baseline, department: "办公室" })).toBe(false);
      const changed = { ...baseline.rows[2], progress: "改过的基准" };
      expect(sealMatches(TEST_KEY, { ...baseline, rows: { ...baseline.rows, 2: changed } })).toBe(false);
    }),
    { numRuns: 12 },
  );
}, 300_000);
